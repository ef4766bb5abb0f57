package com.eesystem.curator.ui.review;

import atlantafx.base.theme.Styles;
import com.eesystem.curator.domain.compliance.ComplianceCheck;
import com.eesystem.curator.domain.compliance.ComplianceIssue;
import com.eesystem.curator.domain.review.ReviewDecision;
import com.eesystem.curator.ui.page.ComplianceIssueCell;
import com.eesystem.curator.ui.page.EmptyState;
import com.eesystem.curator.ui.page.Page;
import com.eesystem.curator.ui.page.PageContext;
import com.eesystem.curator.ui.page.PageFrame;
import com.eesystem.curator.ui.page.Shortcuts;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The review desk on the local store: the queue (critical findings first, then the longest waiting),
 * the selected item's caption with its findings (a click on a finding selects its words, as in the
 * editor), its check history and decision history with comments, and, for reviewers and admins,
 * approve / request changes / reject with a comment and an override reason. Editors see the queue and
 * the history but no decision buttons; the domain refuses them anyway.
 */
public final class ReviewDeskPage implements Page {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    private final ReviewDeskViewModel model;
    private final PageFrame view;
    private final DateTimeFormatter when;
    private final List<Menu> menus;

    public ReviewDeskPage(PageContext context, ReviewServices services) {
        this.model = new ReviewDeskViewModel(services, context.background(), context.clock());
        ZoneId zone = context.clock().getZone();
        this.when = WHEN.withZone(zone);
        SplitPane split = new SplitPane(queue(), detail());
        split.setDividerPositions(0.34);
        this.view = new PageFrame(
                id(),
                title(),
                "Items waiting for a compliance decision, critical findings first, then the oldest.",
                split);
        this.menus = model.canDecide() ? List.of(reviewMenu()) : List.of();
        model.refresh();
    }

    /**
     * Review: the decisions on the selected item with their shortcuts, for those who may decide; they act
     * while the desk is on screen (the shell detaches the pages it hides). Reject and Request changes
     * take the comment typed in the desk's comment field; without one the domain refuses them and the
     * desk says so.
     */
    private Menu reviewMenu() {
        BooleanBinding unavailable = view.sceneProperty()
                .isNull()
                .or(model.selectedProperty().isNull())
                .or(model.busyProperty());
        MenuItem approve = menuItem("menu-approve", "Approve", unavailable, model::approve);
        approve.setAccelerator(Shortcuts.APPROVE);
        MenuItem changes = menuItem("menu-request-changes", "Request changes", unavailable, model::requestChanges);
        changes.setAccelerator(Shortcuts.REQUEST_CHANGES);
        MenuItem reject = menuItem("menu-reject", "Reject", unavailable, model::reject);
        reject.setAccelerator(Shortcuts.REJECT);
        Menu review = new Menu("Review", null, approve, changes, reject);
        review.setId("menu-review");
        return review;
    }

    private static MenuItem menuItem(String id, String text, BooleanBinding unavailable, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.disableProperty().bind(unavailable);
        item.setOnAction(event -> action.run());
        return item;
    }

    private Node queue() {
        ListView<ReviewDeskViewModel.Queued> queue = new ListView<>(model.queueProperty());
        queue.setId("review-queue");
        queue.setAccessibleText("Review queue");
        queue.setPlaceholder(new EmptyState(
                "✓",
                ReviewPage.EMPTY_HEADLINE,
                "Drafts submitted for compliance review line up here — items with critical findings"
                        + " first, then the oldest — with their highlighted issues.",
                Shortcuts.hint("Submit a draft for review from the editor", Shortcuts.SUBMIT)
                        + " to start the first review round."));
        queue.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ReviewDeskViewModel.Queued queued, boolean empty) {
                super.updateItem(queued, empty);
                setText(
                        empty || queued == null
                                ? null
                                : (queued.critical() ? "⚠ " : "")
                                        + queued.item().title() + "\n"
                                        + queued.item().body().contentType().storedValue() + " · waiting since "
                                        + when.format(queued.item().updatedAt()));
            }
        });
        queue.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.select(now));
        return queue;
    }

    private Node detail() {
        Label heading = new Label("Select an item in the queue");
        heading.setId("review-heading");
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setWrapText(true);
        TextArea caption = new TextArea();
        caption.setId("review-caption");
        caption.setAccessibleText("Caption under review");
        caption.setEditable(false);
        caption.setWrapText(true);
        caption.setPrefRowCount(5);

        ListView<ComplianceIssue> issues = new ListView<>();
        issues.setId("review-issues");
        issues.setAccessibleText("Findings in the caption");
        issues.setPlaceholder(new Label("No findings in the current caption"));
        issues.setCellFactory(list -> new ComplianceIssueCell(issue -> {
            var selected = model.selectedProperty().get();
            if (selected == null) {
                return "";
            }
            String words = ComplianceIssueCell.quoted(issue, selected.reviewed().text());
            return selected.fieldOf(issue) + (words.isEmpty() ? "" : " · " + words);
        }));
        // as in the editor: a finding's click selects its words in the caption
        issues.getSelectionModel().selectedItemProperty().addListener((o, was, issue) -> {
            var queued = model.selectedProperty().get();
            if (issue == null || queued == null) {
                return;
            }
            queued.captionSpan(issue)
                    .ifPresentOrElse(
                            span -> caption.selectRange(
                                    Math.min(span[0], caption.getLength()), Math.min(span[1], caption.getLength())),
                            caption::deselect);
        });
        ListView<String> checks = new ListView<>();
        checks.setId("review-checks");
        checks.setAccessibleText("Check history");
        checks.setPlaceholder(new Label("No checks recorded yet"));
        ListView<String> decisions = new ListView<>();
        decisions.setId("review-decisions");
        decisions.setAccessibleText("Decisions and comments");
        decisions.setPlaceholder(new Label("No decisions or comments yet"));
        TabPane history = new TabPane(
                new Tab("Findings", issues),
                new Tab("Check history", checks),
                new Tab("Decisions & comments", decisions));
        history.setId("review-history");
        history.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        history.setPrefHeight(220);

        model.selectedProperty().addListener((o, was, now) -> {
            heading.setText(
                    now == null ? "Select an item in the queue" : now.item().title());
            caption.setText(now == null ? "" : now.item().body().caption());
            issues.getItems().setAll(now == null ? List.of() : now.issues());
            if (now == null || was == null || !was.item().id().equals(now.item().id())) {
                checks.getItems().clear();
                decisions.getItems().clear();
            }
        });
        model.detailProperty().addListener((o, was, now) -> {
            checks.getItems()
                    .setAll(
                            now == null
                                    ? List.of()
                                    : now.checks().stream().map(this::checkLine).toList());
            Function<com.eesystem.curator.domain.user.UserId, String> name =
                    now == null ? id -> "" : ReviewDeskViewModel.namer(now);
            decisions
                    .getItems()
                    .setAll(
                            now == null
                                    ? List.of()
                                    : now.decisions().stream()
                                            .map(d -> decisionLine(d, name))
                                            .toList());
        });

        VBox box = new VBox(8, heading, caption, history, decisionForm());
        box.setPadding(new Insets(0, 0, 0, 12));
        VBox.setVgrow(history, Priority.ALWAYS);
        return box;
    }

    private Node decisionForm() {
        Label result = new Label();
        result.setId("review-result");
        result.setWrapText(true);
        result.setMinHeight(Region.USE_PREF_SIZE);
        model.resultProperty().addListener((o, was, now) -> {
            result.setText(now == null ? "" : now.text());
            result.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            if (now != null) {
                result.getStyleClass()
                        .add(now instanceof ReviewDeskViewModel.Result.Decided ? Styles.SUCCESS : Styles.DANGER);
            }
        });
        if (!model.canDecide()) {
            Label editor = new Label("You are signed in as " + model.user().displayName()
                    + " without the reviewer role: reviewers and admins approve, reject or request changes here.");
            editor.setId("review-role-note");
            editor.setWrapText(true);
            editor.getStyleClass().add(Styles.TEXT_MUTED);
            return new VBox(6, editor, result);
        }
        TextArea comment = new TextArea();
        comment.setId("review-comment");
        comment.setAccessibleText("Comment to the author");
        comment.setPromptText("Comment to the author (needed to reject or request changes)");
        comment.setWrapText(true);
        comment.setPrefRowCount(2);
        comment.textProperty().bindBidirectional(model.commentProperty());
        TextField override = new TextField();
        override.setId("review-override");
        override.setAccessibleText("Override reason");
        override.setPromptText("Override reason (needed to approve over a failed check)");
        override.textProperty().bindBidirectional(model.overrideReasonProperty());
        Label failing = new Label();
        failing.setId("review-failing");
        failing.setWrapText(true);
        failing.getStyleClass().add(Styles.WARNING);
        model.detailProperty().addListener((o, was, now) -> {
            var unsatisfied =
                    now == null ? List.<com.eesystem.curator.domain.content.CheckOutcome>of() : now.unsatisfied();
            failing.setText(
                    unsatisfied.isEmpty()
                            ? ""
                            : "Not passed on this revision: "
                                    + unsatisfied.stream()
                                            .map(c -> c.checkType().storedValue() + " "
                                                    + c.result().storedValue())
                                            .reduce((a, b) -> a + ", " + b)
                                            .orElse("")
                                    + ". Approving needs an override reason.");
        });

        Button approve = new Button("Approve");
        approve.setId("review-approve");
        approve.getStyleClass().add(Styles.SUCCESS);
        approve.setTooltip(new Tooltip(Shortcuts.hint("Approve this revision", Shortcuts.APPROVE)));
        approve.setOnAction(event -> model.approve());
        Button changes = new Button("Request changes");
        changes.setId("review-request-changes");
        changes.setTooltip(
                new Tooltip(Shortcuts.hint("Send it back to the author with your comment", Shortcuts.REQUEST_CHANGES)));
        changes.setOnAction(event -> model.requestChanges());
        Button reject = new Button("Reject");
        reject.setId("review-reject");
        reject.getStyleClass().add(Styles.DANGER);
        reject.setTooltip(new Tooltip(Shortcuts.hint("Reject it with your comment", Shortcuts.REJECT)));
        reject.setOnAction(event -> model.reject());
        for (Button button : List.of(approve, changes, reject)) {
            button.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        }
        HBox buttons = new HBox(8, approve, changes, reject);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, comment, override, failing, buttons, result);
    }

    private String checkLine(ComplianceCheck check) {
        return "v" + check.contentVersion() + " · " + check.checkType().storedValue() + " · "
                + check.checkResult().storedValue() + " (" + String.format(Locale.ROOT, "%.2f", check.confidenceScore())
                + ") · " + check.issuesFound().size() + " issue(s) · " + when.format(check.createdAt());
    }

    private String decisionLine(
            ReviewDecision decision, Function<com.eesystem.curator.domain.user.UserId, String> name) {
        StringBuilder line = new StringBuilder(when.format(decision.decidedAt()))
                .append(" · ")
                .append(name.apply(decision.reviewer()))
                .append(" · ")
                .append(ReviewDeskViewModel.words(decision.verdict()))
                .append(" (revision ")
                .append(decision.contentRevision())
                .append(')');
        if (!decision.comment().isEmpty()) {
            line.append(": \"").append(decision.comment()).append('"');
        }
        for (var override : decision.overrides()) {
            line.append("\n   override ")
                    .append(override.checkType().storedValue())
                    .append(": ")
                    .append(override.reason());
        }
        if (decision.signature().isPresent()) {
            line.append(" · signed");
        }
        return line.toString();
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

    @Override
    public List<Menu> menus() {
        return menus;
    }
}
