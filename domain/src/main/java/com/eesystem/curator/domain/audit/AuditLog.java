package com.eesystem.curator.domain.audit;

import java.util.List;
import java.util.Optional;

/**
 * The audit log: append-only and hash-chained. There is no update or delete. {@link AuditTrail} verifies
 * and exports it over these three methods.
 */
public interface AuditLog {

    /**
     * Appends {@code record} as the entry after the current head, computed with {@link AuditChain#next};
     * concurrent appends must serialize so the chain never forks.
     */
    AuditEntry append(AuditRecord record);

    /** Up to {@code limit} entries from {@code fromSequence} on, in sequence order. */
    List<AuditEntry> read(long fromSequence, int limit);

    /** The newest entry, if any. */
    Optional<AuditEntry> head();
}
