package com.eesystem.curator.domain.sync;

import java.util.List;
import java.util.concurrent.CompletableFuture;

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

    /**
     * Starts a push and returns once the entries' places are claimed, while their writes are still in
     * flight; the result completes with the receipt (or the failure {@link #push} would throw). Lets a
     * caller claim the next batch while this one is written. Default: a synchronous {@link #push}.
     */
    default CompletableFuture<PushReceipt> startPush(List<OutboxEntry> entries) {
        try {
            return CompletableFuture.completedFuture(push(entries));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** At most {@code pageSize} changes after {@code since}, in feed order. */
    ChangePage pull(SyncWatermark since, int pageSize);
}
