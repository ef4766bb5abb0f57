package com.eesystem.curator.ui.library;

import com.eesystem.curator.domain.content.ListedContent;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;
import javafx.collections.ObservableListBase;

/**
 * The library table's rows as a list as long as the whole result (the store's count) that holds only
 * the pages shown lately. Reading a row of a page not in memory asks {@code loader} for that page and
 * answers null ("loading") until {@link #pageLoaded} brings it; the table then redraws those rows. So a
 * table over 100k items keeps a few thousand in memory and scrolls anywhere without reading the rest.
 * FX thread only.
 */
final class LibraryRows extends ObservableListBase<ListedContent> {

    /** Pages kept in memory (least recently read are dropped first). */
    static final int CACHED_PAGES = 40;

    private final int pageSize;
    private final IntConsumer loader;
    private final Map<Integer, List<ListedContent>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<ListedContent>> eldest) {
            return size() > CACHED_PAGES;
        }
    };
    private final Set<Integer> requested = new HashSet<>();
    private int size;

    /** @param loader starts loading page n (rows n*pageSize..) in the background; called at most once per page */
    LibraryRows(int pageSize, IntConsumer loader) {
        this.pageSize = pageSize;
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    @Override
    public ListedContent get(int index) {
        Objects.checkIndex(index, size);
        int page = index / pageSize;
        List<ListedContent> rows = pages.get(page);
        if (rows == null) {
            if (requested.add(page)) {
                loader.accept(page);
            }
            return null;
        }
        int within = index % pageSize;
        return within < rows.size() ? rows.get(within) : null;
    }

    /** The row at {@code index} when its page is in memory, without asking for it otherwise. */
    ListedContent loaded(int index) {
        if (index < 0 || index >= size) {
            return null;
        }
        List<ListedContent> rows = pages.get(index / pageSize);
        int within = index % pageSize;
        return rows == null || within >= rows.size() ? null : rows.get(within);
    }

    @Override
    public int size() {
        return size;
    }

    /** A new result: {@code total} rows of which the first page is known. */
    void reset(int total, List<ListedContent> firstPage) {
        int before = size;
        pages.clear();
        requested.clear();
        pages.put(0, List.copyOf(firstPage));
        size = total;
        beginChange();
        if (before > 0) {
            nextRemove(0, Collections.nCopies(before, null));
        }
        if (total > 0) {
            nextAdd(0, total);
        }
        endChange();
    }

    /** Page {@code page} arrived: its rows are redrawn. */
    void pageLoaded(int page, List<ListedContent> rows) {
        requested.remove(page);
        pages.put(page, List.copyOf(rows));
        int from = page * pageSize;
        int to = Math.min(size, from + rows.size());
        if (from >= to) {
            return;
        }
        beginChange();
        for (int index = from; index < to; index++) {
            nextUpdate(index);
        }
        endChange();
    }

    /** How many pages are in memory (for tests of the cache's bound). */
    int cachedPages() {
        return pages.size();
    }
}
