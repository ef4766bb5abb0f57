package com.eesystem.curator.domain.batch;

import java.util.List;
import java.util.Optional;

/**
 * Bulk actions the user started (submit 40 drafts, check a campaign ...), kept in SQLite
 * batch_operations so progress survives a restart and the UI can show it.
 */
public interface BatchOperations {

    /** Inserts or replaces the row with this id (the state after a lifecycle move). */
    void save(BatchOperation operation);

    Optional<BatchOperation> find(BatchId id);

    /** Pending and running batches, oldest first: what to resume or fail after a restart. */
    List<BatchOperation> unfinished();

    /** The newest batches first, at most {@code limit}. */
    List<BatchOperation> recent(int limit);
}
