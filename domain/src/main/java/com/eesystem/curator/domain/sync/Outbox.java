package com.eesystem.curator.domain.sync;

import java.util.List;

/**
 * The local change log the sync worker drains. Storage adapters append to it inside the transaction
 * of each change; the worker reads entries in sequence order, pushes them, and acknowledges them
 * only after the team store confirmed.
 */
public interface Outbox {

    /** The oldest unacknowledged entries, in sequence order, at most {@code limit}. */
    List<OutboxEntry> pending(int limit);

    /** Marks every entry up to and including {@code sequence} as pushed. Idempotent. */
    void acknowledge(long sequence);

    /** How many entries wait to be pushed (the status bar's pending count). */
    long pendingCount();
}
