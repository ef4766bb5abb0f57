package com.eesystem.curator.ui.library;

import com.eesystem.curator.ui.page.EmptyState;
import com.eesystem.curator.ui.page.Page;
import com.eesystem.curator.ui.page.PageContext;
import com.eesystem.curator.ui.page.PageFrame;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The content library: every item with its type, platforms, editorial and compliance status. Until
 * the local store's listing is wired in (the workstation issue), the table stays empty and its
 * placeholder tells the user how to begin.
 */
public final class LibraryPage implements Page {

    static final String EMPTY_HEADLINE = "No content yet — create a draft (Ctrl+N)";

    private final PageFrame view;

    public LibraryPage(PageContext context) {
        this.view = new PageFrame(
                id(), title(), "Drafts, items in review, approved and published posts for every platform.", table());
    }

    private static Node table() {
        TableView<Object> table = new TableView<>();
        table.setId("library-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        for (String name : List.of("Title", "Type", "Platforms", "Status", "Compliance", "Updated")) {
            TableColumn<Object, String> column = new TableColumn<>(name);
            column.setReorderable(false);
            table.getColumns().add(column);
        }
        table.setPlaceholder(new EmptyState(
                "✎",
                EMPTY_HEADLINE,
                "Every reel, story, carousel, quote and thread you write is listed here, searchable by"
                        + " keyword and filtered by type, platform, status and compliance result.",
                "Start with File → New draft; the first save puts it here."));
        return table;
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
}
