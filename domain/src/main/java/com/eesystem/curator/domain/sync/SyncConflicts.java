package com.eesystem.curator.domain.sync;

import java.util.List;

/**
 * The conflicts sync found between concurrent text edits, for a person to resolve (docs/sync.md, "What a
 * user sees"). Resolving with another text than the shown one is an ordinary edit of the item: it gets a
 * new stamp, so it wins over both versions on every desktop.
 */
public interface SyncConflicts {

    /** Open conflicts, oldest first. */
    List<SyncConflict> open();

    ConflictResolution resolve(SyncConflict conflict, ConflictChoice choice);

    /**
     * Pulled review decisions and audit entries that were rejected because they did not verify, newest
     * first; nothing to resolve, shown so nobody trusts them.
     */
    default List<RejectedChange> rejected() {
        return List.of();
    }
}
