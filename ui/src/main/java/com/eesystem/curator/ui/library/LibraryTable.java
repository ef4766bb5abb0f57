package com.eesystem.curator.ui.library;

import com.eesystem.curator.domain.content.ContentOrder;
import com.eesystem.curator.domain.content.ListedContent;
import com.eesystem.curator.domain.platform.Platform;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

/**
 * The library's table. Its rows come from {@link LibraryRows} (null while a page loads, shown as
 * "Loading…"). Clicking a sortable column does not sort in memory: the column's {@link ContentOrder} and
 * direction go to {@link #onSort}, which asks the store for that order.
 */
final class LibraryTable extends TableView<ListedContent> {

    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private final TableColumn<ListedContent, ListedContent> updated;

    LibraryTable(ZoneId zone) {
        setId("library-table");
        setAccessibleText("Library items");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // fixed row height: the virtual flow then places any row without measuring those above it
        setFixedCellSize(30);
        // never sort the rows in memory (they are a window on the store); onSort asks the store instead
        setSortPolicy(table -> true);
        DateTimeFormatter updatedFormat = UPDATED.withZone(zone);
        TableColumn<ListedContent, String> title =
                text("Title", row -> row.item().title(), "Loading…");
        title.setUserData(ContentOrder.TITLE);
        title.setPrefWidth(320);
        TableColumn<ListedContent, String> type =
                text("Type", row -> row.item().body().contentType().storedValue(), "");
        type.setUserData(ContentOrder.CONTENT_TYPE);
        TableColumn<ListedContent, String> platforms = text(
                "Platforms",
                row -> row.item().body().platforms().stream()
                        .map(Platform::storedValue)
                        .collect(Collectors.joining(", ")),
                "");
        platforms.setSortable(false);
        TableColumn<ListedContent, ListedContent> status =
                chip("Status", row -> StatusChip.of(row.item().status()));
        status.setUserData(ContentOrder.STATUS);
        TableColumn<ListedContent, ListedContent> compliance =
                chip("Compliance", row -> StatusChip.of(row.compliance()));
        compliance.setUserData(ContentOrder.COMPLIANCE_STATUS);
        updated = new TableColumn<>("Updated");
        updated.setReorderable(false);
        updated.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        updated.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(ListedContent row, boolean empty) {
                super.updateItem(row, empty);
                setText(
                        empty || row == null
                                ? null
                                : updatedFormat.format(row.item().updatedAt()));
            }
        });
        updated.setUserData(ContentOrder.RECENTLY_UPDATED);
        updated.setSortType(TableColumn.SortType.DESCENDING);
        for (TableColumn<ListedContent, ?> column : List.of(title, type, platforms, status, compliance, updated)) {
            column.setId("library-column-" + column.getText().toLowerCase(Locale.ROOT));
            getColumns().add(column);
        }
        getSortOrder().add(updated);
    }

    /** Double-click or Enter on a loaded row. */
    void onOpen(Consumer<ListedContent> open) {
        setRowFactory(table -> {
            TableRow<ListedContent> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty() && row.getItem() != null) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        setOnKeyPressed(event -> {
            ListedContent focused = getFocusModel().getFocusedItem();
            if (event.getCode() == KeyCode.ENTER && !event.isShortcutDown() && focused != null) {
                open.accept(focused);
                event.consume();
            }
        });
    }

    /**
     * Tells {@code sort} the order and direction of the first sort column whenever the user changes it;
     * "Updated" descending (newest first) is the natural order, as is every other column ascending.
     */
    void onSort(BiConsumer<ContentOrder, Boolean> sort) {
        setSortPolicy(table -> {
            if (getSortOrder().isEmpty()) {
                sort.accept(ContentOrder.RECENTLY_UPDATED, false);
                return true;
            }
            TableColumn<ListedContent, ?> first = getSortOrder().getFirst();
            ContentOrder order = (ContentOrder) first.getUserData();
            boolean descending = first.getSortType() == TableColumn.SortType.DESCENDING;
            sort.accept(order, order == ContentOrder.RECENTLY_UPDATED ? !descending : descending);
            return true;
        });
    }

    private static TableColumn<ListedContent, String> text(
            String name, Function<ListedContent, String> value, String loading) {
        TableColumn<ListedContent, String> column = new TableColumn<>(name);
        column.setReorderable(false);
        column.setCellValueFactory(
                cell -> new ReadOnlyStringWrapper(cell.getValue() == null ? loading : value.apply(cell.getValue())));
        return column;
    }

    private static TableColumn<ListedContent, ListedContent> chip(
            String name, Function<ListedContent, javafx.scene.Node> chip) {
        TableColumn<ListedContent, ListedContent> column = new TableColumn<>(name);
        column.setReorderable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ListedContent row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                setGraphic(empty || row == null ? null : chip.apply(row));
            }
        });
        return column;
    }
}
