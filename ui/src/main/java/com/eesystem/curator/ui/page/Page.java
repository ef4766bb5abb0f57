package com.eesystem.curator.ui.page;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Menu;

/**
 * One screen the shell can navigate to (Library, Calendar, Review, ...). The shell lists pages in the
 * order it receives them, gives the n-th one the shortcut Ctrl+n and shows {@link #view()} when the
 * user picks it. A later capability replaces a page by handing the shell another {@link PageFactory}
 * with the same {@link #id()}.
 */
public interface Page {

    /** Stable, lower-case identifier ({@code library}, {@code review}): node ids, remembered selection. */
    String id();

    /** The name in the navigation and the menu. */
    String title();

    /** The page's root node; built once, on the FX thread, and kept while the window lives. */
    Node view();

    /** Called on the FX thread each time the page becomes visible, e.g. to refresh from the store. */
    default void shown() {}

    /** Menus this page adds to the window's menu bar after File (e.g. the editor's Edit menu). */
    default List<Menu> menus() {
        return List.of();
    }

    /** Whether {@link #startNewDraft()} does something here (File → New draft goes to this page). */
    default boolean offersNewDraft() {
        return false;
    }

    /** Starts a new draft on this page; the shell shows the page afterwards. */
    default void startNewDraft() {}
}
