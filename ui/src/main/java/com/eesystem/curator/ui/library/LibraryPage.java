package com.eesystem.curator.ui.library;

import atlantafx.base.theme.Styles;
import com.eesystem.curator.domain.content.ComplianceStatus;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.content.ListedContent;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.ui.editor.DraftEditorView;
import com.eesystem.curator.ui.editor.DraftEditorViewModel;
import com.eesystem.curator.ui.editor.EditorServices;
import com.eesystem.curator.ui.page.EmptyState;
import com.eesystem.curator.ui.page.Page;
import com.eesystem.curator.ui.page.PageContext;
import com.eesystem.curator.ui.page.PageFrame;
import com.eesystem.curator.ui.page.Shortcuts;
import java.io.File;
import java.util.List;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableSet;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/**
 * The content library: every item with its type, platforms, status and compliance status, searched by
 * keyword and filtered in the store, sorted by clicking a column, paged in as the table scrolls.
 * Opening an item or New draft shows the draft editor in place of the table; "← Library" comes back.
 * Selected rows can be submitted or archived at once, and the view exported as CSV. Without editor
 * services (the standard pages, before {@code app} wires the store) the table stays empty and its
 * placeholder tells the user how to begin.
 */
public final class LibraryPage implements Page {

    static final String EMPTY_HEADLINE = Shortcuts.hint("No content yet — create a draft", Shortcuts.NEW_DRAFT);
    private static final String STYLESHEET =
            LibraryPage.class.getResource("library.css").toExternalForm();

    private final StackPane view = new StackPane();
    private final LibraryViewModel model;
    private final DraftEditorViewModel editorModel;
    private final DraftEditorView editor;
    private final PageFrame listing;
    private final TextField search = new TextField();
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    private final List<Menu> menus;
    private HBox filters;

    /** The page before the store is wired: an empty table with its instructions. */
    public LibraryPage(PageContext context) {
        this.model = null;
        this.editorModel = null;
        this.editor = null;
        this.menus = List.of();
        TableView<ListedContent> table = new LibraryTable(context.clock().getZone());
        table.setPlaceholder(emptyState(true));
        this.listing = new PageFrame(id(), title(), purpose(), table);
        view.getStylesheets().add(STYLESHEET);
        view.getChildren().add(listing);
    }

    /** The working library on the domain services {@code app} wired onto the local store. */
    public LibraryPage(PageContext context, EditorServices services) {
        this.model = new LibraryViewModel(services, context.background());
        this.editorModel = new DraftEditorViewModel(services, context.background(), context.clock());
        this.editor = new DraftEditorView(editorModel, this::showListing);
        BorderPane.setAlignment(editor, Pos.TOP_LEFT);
        LibraryTable table = new LibraryTable(context.clock().getZone());
        table.setItems(model.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.placeholderProperty()
                .bind(Bindings.when(model.libraryEmptyProperty())
                        .then(emptyState(editorModel.canEdit()))
                        .otherwise(new Label("Nothing matches the search and filters")));
        table.onOpen(this::open);
        table.onSort((order, reversed) -> {
            if (order != model.orderProperty().get()
                    || reversed != model.reversedProperty().get()) {
                model.orderProperty().set(order);
                model.reversedProperty().set(reversed);
                model.refresh();
            }
        });
        BorderPane content = new BorderPane(table);
        Node[] tools = tools();
        content.setTop(new VBox(filters, bulkBar(table)));
        content.setBottom(footer());
        this.listing = new PageFrame(id(), title(), purpose(), content, tools);
        this.menus = List.of(editMenu());
        view.getStylesheets().add(STYLESHEET);
        view.getChildren().add(listing);
        // a text area handles Ctrl+Enter before the menu's accelerator would see it: catch save and
        // submit on the way down (consumed here, the accelerator does not fire a second time)
        EventHandler<KeyEvent> shortcuts = this::onEditorShortcut;
        view.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
            }
        });
        model.refresh();
    }

    private void onEditorShortcut(KeyEvent event) {
        if (!editing.get() || view.getScene() == null || !view.isVisible()) {
            return;
        }
        if (Shortcuts.SAVE.match(event) && editorModel.canEdit()) {
            editorModel.save();
            event.consume();
        } else if (Shortcuts.SUBMIT.match(event) && editorModel.canSubmit()) {
            editorModel.submit();
            event.consume();
        }
    }

    private Node[] tools() {
        search.setId("library-search");
        search.setPromptText(Shortcuts.hint("Search title, caption, hashtags", Shortcuts.SEARCH));
        search.setTooltip(new Tooltip(Shortcuts.hint("Every word must start a word of the item", Shortcuts.SEARCH)));
        search.setAccessibleText("Search the library");
        search.setPrefColumnCount(18);
        search.textProperty().bindBidirectional(model.keywordsProperty());
        // a query per pause in typing, not per keystroke; Enter searches at once
        PauseTransition typing = new PauseTransition(Duration.millis(250));
        typing.setOnFinished(event -> model.refresh());
        search.textProperty().addListener((o, was, now) -> typing.playFromStart());
        search.setOnAction(event -> {
            typing.stop();
            model.refresh();
        });
        Node type =
                filter("library-type-filter", "Type", ContentType.values(), model.types(), ContentType::storedValue);
        Node platform = filter(
                "library-platform-filter", "Platform", Platform.values(), model.platforms(), p -> p.storedValue());
        Node status = filter(
                "library-status-filter",
                "Status",
                ContentStatus.values(),
                model.statuses(),
                s -> s.storedValue().replace('_', ' '));
        Node compliance = filter(
                "library-compliance-filter",
                "Compliance",
                ComplianceStatus.values(),
                model.complianceStatuses(),
                ComplianceStatus::storedValue);
        Button newDraft = new Button("New draft");
        newDraft.setId("library-new-draft");
        newDraft.getStyleClass().add(Styles.ACCENT);
        newDraft.setTooltip(new Tooltip(Shortcuts.hint("Start a new draft", Shortcuts.NEW_DRAFT)));
        newDraft.setAccessibleText("New draft");
        newDraft.setOnAction(event -> startNewDraft());
        newDraft.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMaxWidth(420);
        filters = new HBox(8, search, type, platform, status, compliance);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setPadding(new javafx.geometry.Insets(0, 0, 8, 0));
        for (Node node : List.of(type, platform, status, compliance)) {
            ((Region) node).setMinWidth(Region.USE_PREF_SIZE);
        }
        // a role that may not write drafts (a reviewer) is not offered New draft
        return editorModel.canEdit() ? new Node[] {newDraft} : new Node[0];
    }

    /** A multiple-choice filter: nothing checked means "any"; each change runs the query again. */
    private <T> Node filter(String id, String title, T[] values, ObservableSet<T> chosen, Function<T, String> words) {
        CheckComboBox<T> box = new CheckComboBox<>(FXCollections.observableArrayList(values));
        box.setId(id);
        box.setTitle(title);
        box.setShowCheckedCount(true);
        box.setAccessibleText(title + " filter");
        box.setTooltip(new Tooltip("Show only these; none checked shows every " + title.toLowerCase()));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : words.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) change -> {
            chosen.clear();
            chosen.addAll(box.getCheckModel().getCheckedItems());
            model.refresh();
        });
        return box;
    }

    private Node bulkBar(TableView<ListedContent> table) {
        Button submit = new Button("Submit for review");
        submit.setId("library-bulk-submit");
        submit.setTooltip(new Tooltip("Run the checks on each selected draft and send it to review"));
        submit.setAccessibleText("Submit selected items for review");
        submit.setOnAction(event -> model.bulk(BulkAction.SUBMIT, selected(table)));
        Button archive = new Button("Archive");
        archive.setId("library-bulk-archive");
        archive.setTooltip(new Tooltip("Take each selected item out of circulation"));
        archive.setAccessibleText("Archive selected items");
        archive.setOnAction(event -> model.bulk(BulkAction.ARCHIVE, selected(table)));
        Label selection = new Label();
        selection.getStyleClass().add(Styles.TEXT_MUTED);
        selection
                .textProperty()
                .bind(Bindings.size(table.getSelectionModel().getSelectedIndices())
                        .asString("%,d selected"));
        for (Button button : List.of(submit, archive)) {
            button.getStyleClass().add(Styles.SMALL);
            button.disableProperty()
                    .bind(Bindings.isEmpty(table.getSelectionModel().getSelectedIndices())
                            .or(model.bulkRunningProperty()));
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button export = new Button("Export CSV…");
        export.setId("library-export");
        export.getStyleClass().add(Styles.SMALL);
        export.setTooltip(new Tooltip("Save every row of this view (all pages) as a CSV file"));
        export.setAccessibleText("Export the library view as CSV");
        export.disableProperty().bind(model.exportingProperty());
        export.setOnAction(event -> chooseExportFile());
        HBox bar = new HBox(8, selection);
        // each role is offered the bulk actions it may do (the use cases check each item again)
        if (editorModel.canSubmit()) {
            bar.getChildren().add(submit);
        }
        if (model.canArchive()) {
            bar.getChildren().add(archive);
        }
        bar.getChildren().addAll(bulkProgress(), spacer, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new javafx.geometry.Insets(0, 0, 8, 0));
        return bar;
    }

    /** While a bulk action runs: how far it is, and Cancel (what was done stays done). */
    private Node bulkProgress() {
        ProgressBar progress = new ProgressBar();
        progress.setId("library-bulk-progress");
        progress.setAccessibleText("Bulk action progress");
        progress.progressProperty().bind(model.bulkProgressProperty());
        Label message = new Label();
        message.setId("library-bulk-message");
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(model.bulkMessageProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("library-bulk-cancel");
        cancel.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        cancel.setTooltip(new Tooltip("Stop before the next item; the items already handled stay as they are"));
        cancel.setAccessibleText("Cancel the bulk action");
        cancel.setOnAction(event -> model.cancelBulk());
        HBox box = new HBox(6, progress, message, cancel);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(model.bulkRunningProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static List<Integer> selected(TableView<ListedContent> table) {
        return List.copyOf(table.getSelectionModel().getSelectedIndices());
    }

    private void chooseExportFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the library view as CSV");
        chooser.setInitialFileName("library.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV (comma-separated values)", "*.csv"));
        File file = chooser.showSaveDialog(view.getScene().getWindow());
        if (file != null) {
            model.exportCsv(file.toPath());
        }
    }

    private Node footer() {
        Label summary = new Label();
        summary.setId("library-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(model.summaryProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("library-export-progress");
        progress.progressProperty().bind(model.exportProgressProperty());
        progress.visibleProperty().bind(model.exportingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setAccessibleText("Export progress");
        Button cancel = new Button("Cancel export");
        cancel.setId("library-export-cancel");
        cancel.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        cancel.visibleProperty().bind(model.exportingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(event -> model.cancelExport());
        Label exported = new Label();
        exported.setId("library-export-message");
        exported.getStyleClass().add(Styles.TEXT_MUTED);
        exported.textProperty().bind(model.exportMessageProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(8, summary, spacer, exported, progress, cancel);
        line.setAlignment(Pos.CENTER_LEFT);

        Label bulk = new Label();
        bulk.setId("library-bulk-summary");
        bulk.setWrapText(true);
        bulk.textProperty().bind(model.bulkSummaryProperty());
        bulk.visibleProperty().bind(model.bulkSummaryProperty().isNotEmpty());
        bulk.managedProperty().bind(bulk.visibleProperty());
        ListView<String> refusals = new ListView<>(model.bulkRefusalsProperty());
        refusals.setId("library-bulk-refusals");
        refusals.setPrefHeight(80);
        refusals.setAccessibleText("Items the bulk action refused, with reasons");
        refusals.visibleProperty()
                .bind(Bindings.size(model.bulkRefusalsProperty()).greaterThan(1));
        refusals.managedProperty().bind(refusals.visibleProperty());
        model.bulkRefusalsProperty()
                .emptyProperty()
                .addListener((o, was, empty) ->
                        bulk.getStyleClass().setAll("label", empty ? Styles.SUCCESS : Styles.WARNING));
        VBox footer = new VBox(4, bulk, refusals, line);
        footer.setPadding(new javafx.geometry.Insets(6, 0, 0, 0));
        return footer;
    }

    /** Edit: undo/redo of the editor's fields, save, submit and find, with their shortcuts. */
    private Menu editMenu() {
        // the editor's commands act while it is on screen; the page keeps its state on other pages
        BooleanBinding editorShown = editing.and(view.sceneProperty().isNotNull());
        MenuItem undo = new MenuItem("Undo");
        undo.setId("menu-undo");
        undo.setAccelerator(DraftEditorView.UNDO);
        undo.disableProperty()
                .bind(editing.not().or(editorModel.canUndoProperty().not()));
        undo.setOnAction(event -> editorModel.undo());
        MenuItem redo = new MenuItem("Redo");
        redo.setId("menu-redo");
        redo.setAccelerator(DraftEditorView.REDO);
        redo.disableProperty()
                .bind(editing.not().or(editorModel.canRedoProperty().not()));
        redo.setOnAction(event -> editorModel.redo());
        MenuItem save = new MenuItem("Save draft");
        save.setId("menu-save");
        save.setAccelerator(Shortcuts.SAVE);
        save.disableProperty().bind(editorShown.not());
        save.setOnAction(event -> editorModel.save());
        MenuItem submit = new MenuItem("Submit for review");
        submit.setId("menu-submit");
        submit.setAccelerator(Shortcuts.SUBMIT);
        submit.disableProperty().bind(editorShown.not());
        submit.setOnAction(event -> editorModel.submit());
        MenuItem find = new MenuItem("Find in library");
        find.setId("menu-find");
        find.setAccelerator(Shortcuts.SEARCH);
        find.disableProperty().bind(view.sceneProperty().isNull());
        find.setOnAction(event -> {
            if (editing.get()) {
                editorModel.save();
                showListing();
            }
            search.requestFocus();
        });
        Menu edit = new Menu("Edit", null, undo, redo, new SeparatorMenuItem());
        // save and submit only for a role that may do them (a reviewer reads opened items)
        if (editorModel.canEdit()) {
            edit.getItems().add(save);
        }
        if (editorModel.canSubmit()) {
            edit.getItems().add(submit);
        }
        if (editorModel.canEdit() || editorModel.canSubmit()) {
            edit.getItems().add(new SeparatorMenuItem());
        }
        edit.getItems().add(find);
        edit.setId("menu-edit");
        return edit;
    }

    private void open(ListedContent row) {
        editorModel.open(row.item());
        showEditor();
    }

    private void showEditor() {
        PageFrame frame =
                new PageFrame("editor", "Draft editor", "Write, check and submit one piece of content.", editor);
        view.getChildren().setAll(frame);
        editing.set(true);
        editor.focusCaption();
    }

    private void showListing() {
        view.getChildren().setAll(listing);
        editing.set(false);
        model.refresh();
    }

    private static Node emptyState(boolean writes) {
        return new EmptyState(
                "✎",
                writes ? EMPTY_HEADLINE : "No content yet",
                "Every reel, story, carousel, quote and thread is listed here, searchable by"
                        + " keyword and filtered by type, platform, status and compliance result.",
                writes
                        ? Shortcuts.hint("Start with New draft", Shortcuts.NEW_DRAFT) + "; the first save puts it here."
                        : "Drafts the editors write appear here; the review desk lists those waiting for you.");
    }

    private static String purpose() {
        return "Drafts, items in review, approved and published posts for every platform.";
    }

    /** The view model, for tests that drive the page. */
    LibraryViewModel model() {
        return model;
    }

    @Override
    public String id() {
        return "library";
    }

    @Override
    public String title() {
        return "Library";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shown() {
        if (model != null && !editing.get()) {
            model.refresh();
        }
    }

    @Override
    public List<Menu> menus() {
        return menus;
    }

    @Override
    public boolean offersNewDraft() {
        return model != null && editorModel.canEdit();
    }

    @Override
    public void startNewDraft() {
        if (offersNewDraft()) {
            editorModel.newDraft();
            showEditor();
        }
    }
}
