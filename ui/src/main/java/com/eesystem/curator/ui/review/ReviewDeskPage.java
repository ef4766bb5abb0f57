package com.eesystem.curator.ui.review;

import atlantafx.base.theme.Styles;
import com.eesystem.curator.domain.compliance.ComplianceIssue;
import com.eesystem.curator.ui.editor.EditorServices;
import com.eesystem.curator.ui.page.EmptyState;
import com.eesystem.curator.ui.page.Page;
import com.eesystem.curator.ui.page.PageContext;
import com.eesystem.curator.ui.page.PageFrame;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The review desk on the local store: the queue of items in review (critical findings first, then the
 * longest waiting) and the selected item's caption with its findings. The decision buttons are shown
 * but disabled until the local review decisions store exists; they say so in their tooltip.
 */
public final class ReviewDeskPage implements Page {

    private static final DateTimeFormatter WAITING = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    private final ReviewQueueViewModel model;
    private final PageFrame view;

    public ReviewDeskPage(PageContext context, EditorServices services) {
        this.model = new ReviewQueueViewModel(services.library(), services.engine(), context.background());
        ZoneId zone = context.clock().getZone();
        ListView<ReviewQueueViewModel.Queued> queue = new ListView<>(model.queueProperty());
        queue.setId("review-queue");
        queue.setPlaceholder(new EmptyState(
                "✓",
                ReviewPage.EMPTY_HEADLINE,
                "Drafts submitted for compliance review line up here — items with critical findings"
                        + " first, then the oldest — with their highlighted issues.",
                "Submit a draft for review from the editor (Ctrl+Enter) to start the first review round."));
        queue.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ReviewQueueViewModel.Queued queued, boolean empty) {
                super.updateItem(queued, empty);
                setText(
                        empty || queued == null
                                ? null
                                : (queued.critical() ? "⚠ " : "")
                                        + queued.item().title() + "\n"
                                        + queued.item().body().contentType().storedValue() + " · waiting since "
                                        + WAITING.withZone(zone)
                                                .format(queued.item().updatedAt()));
            }
        });
        queue.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.select(now));

        TextArea caption = new TextArea();
        caption.setId("review-caption");
        caption.setEditable(false);
        caption.setWrapText(true);
        ListView<ComplianceIssue> issues = new ListView<>();
        issues.setId("review-issues");
        issues.setPlaceholder(new Label("No findings in the current caption"));
        issues.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ComplianceIssue issue, boolean empty) {
                super.updateItem(issue, empty);
                setText(
                        empty || issue == null
                                ? null
                                : issue.severity().storedValue().toUpperCase(Locale.ROOT) + " · " + issue.ruleId()
                                        + ": " + issue.explanation());
            }
        });
        issues.getSelectionModel().selectedItemProperty().addListener((o, was, issue) -> {
            if (issue != null) {
                caption.selectRange(
                        Math.min(issue.start(), caption.getLength()), Math.min(issue.end(), caption.getLength()));
            }
        });
        Label heading = new Label("Select an item in the queue");
        heading.getStyleClass().add(Styles.TITLE_4);
        model.selectedProperty().addListener((o, was, now) -> {
            heading.setText(
                    now == null ? "Select an item in the queue" : now.item().title());
            caption.setText(now == null ? "" : now.item().body().caption());
            issues.getItems().setAll(now == null ? java.util.List.of() : now.issues());
        });
        HBox decisions = new HBox(8);
        for (String name : new String[] {"Approve", "Request changes", "Reject"}) {
            Button button = new Button(name);
            button.setDisable(true);
            Tooltip.install(button, new Tooltip("Decisions need the local review decisions store (not built yet)"));
            decisions.getChildren().add(button);
        }
        Label reason = new Label("Decisions arrive with the local review decisions store.");
        reason.getStyleClass().add(Styles.TEXT_MUTED);
        VBox detail = new VBox(8, heading, caption, issues, decisions, reason);
        detail.setPadding(new Insets(0, 0, 0, 12));
        VBox.setVgrow(issues, Priority.ALWAYS);
        SplitPane split = new SplitPane(queue, detail);
        split.setDividerPositions(0.38);
        this.view = new PageFrame(
                id(),
                title(),
                "Items waiting for a compliance decision, critical findings first, then the oldest.",
                split);
        model.refresh();
    }

    @Override
    public String id() {
        return "review";
    }

    @Override
    public String title() {
        return "Review";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shown() {
        model.refresh();
    }
}
