package com.eesystem.curator.domain.audit;

import com.eesystem.curator.domain.invariant.Invariants;
import com.eesystem.curator.domain.user.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Something that happened, as the audit log keeps it: who did what to which subject, when.
 *
 * @param action what happened, a stable word such as "content.approved" or "schedule.cancelled"
 * @param subject what it happened to, e.g. "content:&lt;uuid&gt;"
 * @param details further facts (revision, reason, platform), kept sorted by key so the hash is stable
 */
public record AuditRecord(Instant at, UserId actor, String action, String subject, Map<String, String> details) {

    public AuditRecord {
        Invariants.notNull("at", at);
        Invariants.notNull("actor", actor);
        action = Invariants.nonBlank("action", action).strip();
        subject = Invariants.nonBlank("subject", subject).strip();
        details = Invariants.mapOf("details", new TreeMap<>(Invariants.mapOf("details", details)));
    }
}
