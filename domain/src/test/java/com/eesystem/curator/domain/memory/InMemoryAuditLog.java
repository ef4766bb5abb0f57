package com.eesystem.curator.domain.memory;

import com.eesystem.curator.domain.audit.AuditChain;
import com.eesystem.curator.domain.audit.AuditEntry;
import com.eesystem.curator.domain.audit.AuditLog;
import com.eesystem.curator.domain.audit.AuditRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The audit log port as a list; {@link #replace} lets tests tamper with it like an attacker with the file. */
public final class InMemoryAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized AuditEntry append(AuditRecord record) {
        AuditEntry entry = AuditChain.next(head(), record);
        entries.add(entry);
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

    public synchronized List<AuditEntry> all() {
        return List.copyOf(entries);
    }

    public synchronized void replace(int index, AuditEntry forged) {
        entries.set(index, forged);
    }

    public synchronized void remove(int index) {
        entries.remove(index);
    }
}
