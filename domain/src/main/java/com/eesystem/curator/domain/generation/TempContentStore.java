package com.eesystem.curator.domain.generation;

import java.util.List;
import java.util.Optional;

/** Generated content kept for a while before an editor keeps or drops it (SQLite temp_content). */
public interface TempContentStore {

    /** Stores or replaces the row with this id. */
    void put(TempContent content);

    /** The row if present and not expired by the adapter's clock. */
    Optional<TempContent> find(TempContentId id);

    /** Unexpired rows, newest first, at most {@code limit}. */
    List<TempContent> recent(int limit);

    void remove(TempContentId id);

    /** Deletes expired rows; returns how many. */
    int removeExpired();
}
