package com.eesystem.curator.app;

import com.eesystem.curator.domain.audit.AuditEntry;
import com.eesystem.curator.domain.audit.AuditLog;
import com.eesystem.curator.domain.audit.AuditRecord;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local store's audit log, with each appended entry also written as one line to the log file, so
 * support reading curator.log sees what the user did next to the errors. The table stays the record.
 */
final class EchoedAuditLog implements AuditLog {

    private static final Logger log = LoggerFactory.getLogger("com.eesystem.curator.audit");

    private final AuditLog stored;

    EchoedAuditLog(AuditLog stored) {
        this.stored = stored;
    }

    @Override
    public AuditEntry append(AuditRecord record) {
        AuditEntry entry = stored.append(record);
        log.info("audit {} {} {} by {}", entry.sequence(), record.action(), record.subject(), record.actor());
        return entry;
    }

    @Override
    public List<AuditEntry> read(long fromSequence, int limit) {
        return stored.read(fromSequence, limit);
    }

    @Override
    public Optional<AuditEntry> head() {
        return stored.head();
    }
}
