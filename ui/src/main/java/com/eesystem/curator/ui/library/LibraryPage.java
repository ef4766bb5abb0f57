package com.eesystem.curator.ui.library;

import atlantafx.base.theme.Styles;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.ui.editor.DraftEditorView;
import com.eesystem.curator.ui.editor.DraftEditorViewModel;
import com.eesystem.curator.ui.editor.EditorServices;
import com.eesystem.curator.ui.page.EmptyState;
import com.eesystem.curator.ui.page.Page;
import com.eesystem.curator.ui.page.PageContext;
import com.eesystem.curator.ui.page.PageFrame;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;

/**
 * The content library: every item with its type, platforms and status, searchable by keyword and
 * filtered by type and status, paged from the local store. Opening an item or "New draft" (Ctrl+N)
 * shows the draft editor in place of the table; "← Library" comes back. Without editor services (the
 * standard pages, before {@code app} wires the store) the table stays empty and its placeholder tells
 * the user how to begin.
 */
public final class LibraryPage implements Page {

    static final String EMPTY_HEADLINE = "No content yet — create a draft (Ctrl+N)";
    private static final KeyCombination NEW_DRAFT = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SUBMIT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private final StackPane view = new StackPane();
    private final LibraryViewModel model;
    private final DraftEditorViewModel editorModel;
    private final DraftEditorView editor;
    private final PageFrame listing;
    private final TextField search = new TextField();
    private boolean editing;

    /** The page before the store is wired: an empty table with its instructions. */
    public LibraryPage(PageContext context) {
        this.model = null;
        this.editorModel = null;
        this.editor = null;
        TableView<ContentItem> table = table(new UpdatedFormat(context.clock().getZone()));
        table.setPlaceholder(emptyState());
        this.listing = new PageFrame(id(), title(), purpose(), table);
        view.getChildren().add(listing);
    }

    /** The working library on the domain services {@code app} wired onto the local store. */
    public LibraryPage(PageContext context, EditorServices services) {
        this.model = new LibraryViewModel(services.library(), context.background());
        this.editorModel = new DraftEditorViewModel(services, context.background(), context.clock());
        this.editor = new DraftEditorView(editorModel, this::showListing);
        BorderPane.setAlignment(editor, Pos.TOP_LEFT);
        TableView<ContentItem> table = table(new UpdatedFormat(context.clock().getZone()));
        table.setItems(model.rowsProperty());
        Node empty = emptyState();
        Label noMatch = new Label("Nothing matches the search and filters");
        table.placeholderProperty()
                .bind(javafx.beans.binding.Bindings.when(model.libraryEmptyProperty())
                        .then(empty)
                        .otherwise(noMatch));
        table.setRowFactory(tableView -> {
            TableRow<ContentItem> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open(table.getSelectionModel().getSelectedItem());
            }
        });
        // the next page loads when the table scrolls to its end
        table.skinProperty()
                .addListener((o, was, skin) -> table.lookupAll(".scroll-bar").forEach(node -> {
                    if (node instanceof ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.VERTICAL) {
                        bar.valueProperty().addListener((v, before, value) -> {
                            if (value.doubleValue() >= bar.getMax() * 0.9) {
                                model.loadMore();
                            }
                        });
                    }
                }));
        Label summary = new Label();
        summary.setId("library-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(model.summaryProperty());
        BorderPane content = new BorderPane(table);
        content.setBottom(summary);
        this.listing = new PageFrame(id(), title(), purpose(), content, tools());
        view.getChildren().add(listing);
        EventHandler<KeyEvent> shortcuts = this::onShortcut;
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

    private void onShortcut(KeyEvent event) {
        if (model == null || view.getScene() == null || !view.isVisible()) {
            return;
        }
        if (NEW_DRAFT.match(event)) {
            newDraft();
            event.consume();
        } else if (editing && SAVE.match(event)) {
            editorModel.save();
            event.consume();
        } else if (editing && SUBMIT.match(event)) {
            editorModel.submit();
            event.consume();
        } else if (!editing && SEARCH.match(event)) {
            search.requestFocus();
            event.consume();
        }
    }

    private Node[] tools() {
        search.setId("library-search");
        search.setPromptText("Search title, caption, hashtags (Ctrl+F)");
        search.setPrefColumnCount(22);
        search.textProperty().bindBidirectional(model.keywordsProperty());
        search.setOnAction(event -> model.refresh());
        search.textProperty().addListener((o, was, now) -> model.refresh());
        ComboBox<ContentType> type =
                filter("library-type-filter", "Any type", ContentType.values(), ContentType::storedValue);
        type.valueProperty().bindBidirectional(model.typeFilterProperty());
        type.valueProperty().addListener((o, was, now) -> model.refresh());
        ComboBox<ContentStatus> status = filter(
                "library-status-filter",
                "Any status",
                ContentStatus.values(),
                s -> s.storedValue().replace('_', ' '));
        status.valueProperty().bindBidirectional(model.statusFilterProperty());
        status.valueProperty().addListener((o, was, now) -> model.refresh());
        Button newDraft = new Button("New draft");
        newDraft.setId("library-new-draft");
        newDraft.getStyleClass().add(Styles.ACCENT);
        newDraft.setTooltip(new Tooltip("Start a new draft (Ctrl+N)"));
        newDraft.setOnAction(event -> newDraft());
        HBox tools = new HBox(8, search, type, status, newDraft);
        tools.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(tools, Priority.NEVER);
        return new Node[] {tools};
    }

    private static <T> ComboBox<T> filter(String id, String any, T[] values, Function<T, String> words) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().add(null);
        box.getItems().addAll(values);
        box.setPromptText(any);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? any : words.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        return box;
    }

    private void newDraft() {
        editorModel.newDraft();
        showEditor();
    }

    private void open(ContentItem item) {
        editorModel.open(item);
        showEditor();
    }

    private void showEditor() {
        PageFrame frame =
                new PageFrame("editor", "Draft editor", "Write, check and submit one piece of content.", editor);
        view.getChildren().setAll(frame);
        editing = true;
        editor.focusCaption();
    }

    private void showListing() {
        view.getChildren().setAll(listing);
        editing = false;
        model.refresh();
    }

    private static TableView<ContentItem> table(UpdatedFormat updated) {
        TableView<ContentItem> table = new TableView<>();
        table.setId("library-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns()
                .addAll(List.of(
                        column("Title", ContentItem::title),
                        column("Type", item -> item.body().contentType().storedValue()),
                        column(
                                "Platforms",
                                item -> item.body().platforms().stream()
                                        .map(Platform::storedValue)
                                        .collect(Collectors.joining(", "))),
                        column("Status", item -> item.status().storedValue().replace('_', ' ')),
                        column("Revision", item -> Long.toString(item.revision())),
                        column("Updated", item -> updated.format(item))));
        return table;
    }

    private static TableColumn<ContentItem, String> column(String name, Function<ContentItem, String> value) {
        TableColumn<ContentItem, String> column = new TableColumn<>(name);
        column.setReorderable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private record UpdatedFormat(ZoneId zone) {
        String format(ContentItem item) {
            return UPDATED.withZone(zone).format(item.updatedAt());
        }
    }

    private static Node emptyState() {
        return new EmptyState(
                "✎",
                EMPTY_HEADLINE,
                "Every reel, story, carousel, quote and thread you write is listed here, searchable by"
                        + " keyword and filtered by type, platform, status and compliance result.",
                "Start with New draft (Ctrl+N); the first save puts it here.");
    }

    private static String purpose() {
        return "Drafts, items in review, approved and published posts for every platform.";
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
        if (model != null && !editing) {
            model.refresh();
        }
    }
}
