package com.eesystem.curator.domain.content;

import java.util.List;
import java.util.function.Predicate;

/**
 * The content library as a table: rows with their compliance status, read by position so a virtualized
 * table can fetch whichever page scrolls into view, and streamed whole for an export. Filtering,
 * keyword search and ordering happen in the store, never in memory.
 */
public interface ContentListing {

    /** At most {@code limit} rows matching {@code query}, in its order, skipping the first {@code offset}. */
    List<ListedContent> rows(ContentQuery query, long offset, int limit);

    /** How many rows match {@code query} (its order is ignored). */
    long count(ContentQuery query);

    /**
     * Hands every matching row, in order, to {@code sink} without holding them all in memory; stops early
     * when {@code sink} returns false. Returns how many rows were handed over.
     */
    long each(ContentQuery query, Predicate<ListedContent> sink);
}
