package com.eesystem.curator.app;

import com.eesystem.curator.domain.audit.AuditChain;
import com.eesystem.curator.domain.audit.AuditEntry;
import com.eesystem.curator.domain.audit.AuditLog;
import com.eesystem.curator.domain.audit.AuditRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * <b>Interim:</b> the audit log of one window session, hash-chained in memory and written to the log
 * file as each entry is appended. The local store has no audit table adapter yet; when it has, {@link
 * Workstation} wires that instead and the chain survives restarts.
 */
final class SessionAuditLog implements AuditLog {

    private static final Logger log = LoggerFactory.getLogger("com.eesystem.curator.audit");

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized AuditEntry append(AuditRecord record) {
        AuditEntry entry = AuditChain.next(head(), record);
        entries.add(entry);
        log.info("audit {} {} {} by {}", entry.sequence(), record.action(), record.subject(), record.actor());
        return entry;
    }

    @Override
    public synchronized List<AuditEntry> read(long fromSequence, int limit) {
        return entries.stream()
                .filter(entry -> entry.sequence() >= fromSequence)
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized Optional<AuditEntry> head() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.getLast());
    }
}
