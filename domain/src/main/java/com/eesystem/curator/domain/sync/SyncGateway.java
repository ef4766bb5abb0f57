package com.eesystem.curator.domain.sync;

import java.util.List;

/**
 * The team store as the sync worker sees it: push local changes, pull everyone's changes.
 * Implementations throw an unchecked exception of their own family when the store is unreachable;
 * the worker then backs off and retries, having lost nothing.
 */
public interface SyncGateway {

    /**
     * Stores {@code entries} (one device's, in sequence order) and the change feed rows for them.
     * Idempotent per (device id, sequence): pushing an entry again stores it once.
     */
    PushReceipt push(List<OutboxEntry> entries);

    /** At most {@code pageSize} changes after {@code since}, in feed order. */
    ChangePage pull(SyncWatermark since, int pageSize);
}
