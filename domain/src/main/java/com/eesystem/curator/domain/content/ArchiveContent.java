package com.eesystem.curator.domain.content;

import com.eesystem.curator.domain.audit.AuditLog;
import com.eesystem.curator.domain.audit.AuditRecord;
import com.eesystem.curator.domain.invariant.Invariants;
import com.eesystem.curator.domain.policy.NotFound;
import com.eesystem.curator.domain.policy.Outcome;
import com.eesystem.curator.domain.user.Permission;
import com.eesystem.curator.domain.user.PermissionPolicy;
import com.eesystem.curator.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** Takes a draft, approved or published item out of circulation. Scheduled content is unscheduled first. */
public final class ArchiveContent {

    private final ContentLibrary library;
    private final AuditLog audit;
    private final PermissionPolicy policy;
    private final Clock clock;

    public ArchiveContent(ContentLibrary library, AuditLog audit, PermissionPolicy policy, Clock clock) {
        this.library = Invariants.notNull("library", library);
        this.audit = Invariants.notNull("audit", audit);
        this.policy = Invariants.notNull("policy", policy);
        this.clock = Invariants.notNull("clock", clock);
    }

    public record Command(User actor, ContentId contentId, long expectedVersion) {
        public Command {
            Invariants.notNull("actor", actor);
            Invariants.notNull("content_id", contentId);
        }
    }

    public Outcome<ContentItem> archive(Command command) {
        var denied = policy.check(command.actor(), Permission.ARCHIVE);
        if (denied.isPresent()) {
            return Outcome.refused(denied.get());
        }
        var found = library.find(command.contentId());
        if (found.isEmpty()) {
            return Outcome.refused(new NotFound("content", command.contentId().toString()));
        }
        ContentItem item = found.get();
        if (item.version() != command.expectedVersion()) {
            return new Outcome.Conflict<>("content " + item.id() + ": archived from version "
                    + command.expectedVersion() + " but the library holds version " + item.version());
        }
        Instant now = clock.instant();
        return item.archive(now).saveTo(library, archived -> {
            audit.append(new AuditRecord(
                    now,
                    command.actor().id(),
                    "content.archived",
                    "content:" + item.id(),
                    Map.of("from_status", item.status().storedValue())));
            return archived;
        });
    }
}
