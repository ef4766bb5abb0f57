package com.eesystem.curator.ui.sync;

import atlantafx.base.theme.Styles;
import com.eesystem.curator.domain.sync.ConflictChoice;
import com.eesystem.curator.domain.sync.RejectedChange;
import com.eesystem.curator.domain.sync.SyncConflict;
import com.eesystem.curator.domain.sync.SyncConflicts;
import com.eesystem.curator.ui.page.EmptyState;
import com.eesystem.curator.ui.page.Page;
import com.eesystem.curator.ui.page.PageContext;
import com.eesystem.curator.ui.page.PageFrame;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Text fields two desktops edited at the same time: the list on the left, the selected conflict's two
 * versions side by side, and "Keep mine", "Keep theirs" or an edited merge (docs/sync.md).
 */
public final class SyncConflictsPage implements Page {

    static final String EMPTY_HEADLINE = "No conflicts";

    private final SyncConflictsViewModel model;
    private final PageFrame view;

    public SyncConflictsPage(PageContext context, SyncConflicts conflicts) {
        this.model = new SyncConflictsViewModel(conflicts, context.background());
        ListView<SyncConflict> list = new ListView<>(model.openConflicts());
        list.setId("conflict-list");
        list.setPrefWidth(260);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(SyncConflict conflict, boolean empty) {
                super.updateItem(conflict, empty);
                setText(empty || conflict == null ? null : conflict.itemTitle() + " — " + conflict.fieldLabel());
            }
        });
        list.setPlaceholder(new EmptyState(
                "✓",
                EMPTY_HEADLINE,
                "When two desktops change the same text before they sync, both versions wait here.",
                "Nothing to do."));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });

        TextArea mine = readOnly("conflict-mine");
        TextArea theirs = readOnly("conflict-theirs");
        TextArea merged = new TextArea();
        merged.setId("conflict-merged");
        merged.setWrapText(true);
        merged.setPrefRowCount(4);
        model.selectedProperty().addListener((o, was, now) -> {
            mine.setText(now == null ? "" : now.mine());
            theirs.setText(now == null ? "" : now.theirs());
            merged.setText(now == null ? "" : now.mine());
        });

        Button keepMine = new Button("Keep mine");
        keepMine.setId("keep-mine");
        keepMine.setOnAction(e -> model.choose(new ConflictChoice.KeepMine()));
        Button keepTheirs = new Button("Keep theirs");
        keepTheirs.setId("keep-theirs");
        keepTheirs.setOnAction(e -> model.choose(new ConflictChoice.KeepTheirs()));
        Button saveMerged = new Button("Save merged text");
        saveMerged.setId("save-merged");
        saveMerged.getStyleClass().add(Styles.ACCENT);
        saveMerged.setOnAction(e -> model.choose(new ConflictChoice.Merged(merged.getText())));
        for (Button button : new Button[] {keepMine, keepTheirs, saveMerged}) {
            button.disableProperty().bind(model.selectedProperty().isNull());
        }

        Label message = new Label();
        message.setId("conflict-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Label heading = new Label();
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.selectedProperty().get() == null
                                ? ""
                                : model.selectedProperty().get().itemTitle() + ": "
                                        + model.selectedProperty().get().fieldLabel(),
                        model.selectedProperty()));

        HBox versions = new HBox(12, column("Mine (shown now)", mine), column("Theirs (other desktop)", theirs));
        VBox detail = new VBox(
                10,
                heading,
                versions,
                column("Merged (edit, then save)", merged),
                new HBox(8, keepMine, keepTheirs, saveMerged),
                message);
        VBox.setVgrow(versions, Priority.ALWAYS);
        // decisions and audit entries another desktop pushed that did not verify: listed, never applied
        ListView<RejectedChange> rejected = new ListView<>(model.rejectedChanges());
        rejected.setId("rejected-list");
        rejected.setPrefWidth(260);
        rejected.setPrefHeight(140);
        rejected.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(RejectedChange change, boolean empty) {
                super.updateItem(change, empty);
                setText(empty || change == null ? null : change.describe());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        rejected.setPlaceholder(new Label("None: every pulled decision verified."));
        Label rejectedTitle = new Label("Rejected at sync (signature or hash did not verify)");
        rejectedTitle.setWrapText(true);
        VBox left = new VBox(8, list, rejectedTitle, rejected);
        VBox.setVgrow(list, Priority.ALWAYS);
        BorderPane content = new BorderPane();
        content.setLeft(left);
        BorderPane.setMargin(detail, new javafx.geometry.Insets(0, 0, 0, 16));
        content.setCenter(detail);
        this.view = new PageFrame(
                id(),
                title(),
                "Both versions of text that was edited on two desktops at once; pick one or merge.",
                content);
    }

    private static TextArea readOnly(String id) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        return area;
    }

    private static VBox column(String title, TextArea area) {
        Label label = new Label(title);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(4, label, area);
        HBox.setHgrow(box, Priority.ALWAYS);
        VBox.setVgrow(area, Priority.ALWAYS);
        return box;
    }

    SyncConflictsViewModel model() {
        return model;
    }

    @Override
    public String id() {
        return "conflicts";
    }

    @Override
    public String title() {
        return "Conflicts";
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
