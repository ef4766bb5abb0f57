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
import java.util.List;
import java.util.Map;

/**
 * An editor changes a content item's body. Content under review is checked again; approved or scheduled
 * content goes back to review (its approval is void) and its pending publications are cancelled by the
 * {@link PendingPublications} port, because they were approved for different text.
 */
public final class EditDraft {

    /** What EditDraft needs of the calendar and the checks, narrowed to this use case. */
    public interface PendingPublications {
        /** Cancels every scheduled or failed entry of the content; returns how many. */
        int cancelAllFor(ContentId contentId, Instant at);
    }

    /** Re-runs the checks on the edited revision (the review workflow's checks). */
    public interface Recheck {
        List<CheckOutcome> run(ContentItem item);
    }

    private final ContentLibrary library;
    private final PendingPublications pending;
    private final Recheck recheck;
    private final AuditLog audit;
    private final PermissionPolicy policy;
    private final Clock clock;

    public EditDraft(
            ContentLibrary library,
            PendingPublications pending,
            Recheck recheck,
            AuditLog audit,
            PermissionPolicy policy,
            Clock clock) {
        this.library = Invariants.notNull("library", library);
        this.pending = Invariants.notNull("pending", pending);
        this.recheck = Invariants.notNull("recheck", recheck);
        this.audit = Invariants.notNull("audit", audit);
        this.policy = Invariants.notNull("policy", policy);
        this.clock = Invariants.notNull("clock", clock);
    }

    /** @param expectedVersion the version the editor started from; a newer stored one is a conflict */
    public record Command(User actor, ContentId contentId, long expectedVersion, ContentBody body) {
        public Command {
            Invariants.notNull("actor", actor);
            Invariants.notNull("content_id", contentId);
            Invariants.notNull("body", body);
        }
    }

    /** The saved item and, when it is (back) in review, the check outcomes of the new revision. */
    public record Edited(ContentItem item, List<CheckOutcome> checks, int cancelledPublications) {}

    public Outcome<Edited> edit(Command command) {
        var denied = policy.check(command.actor(), Permission.EDIT_CONTENT);
        if (denied.isPresent()) {
            return Outcome.refused(denied.get());
        }
        var found = library.find(command.contentId());
        if (found.isEmpty()) {
            return Outcome.refused(new NotFound("content", command.contentId().toString()));
        }
        ContentItem current = found.get();
        if (current.version() != command.expectedVersion()) {
            return new Outcome.Conflict<>("content " + current.id() + ": edited from version "
                    + command.expectedVersion() + " but the library holds version " + current.version());
        }
        Instant now = clock.instant();
        return switch (current.edit(command.body(), now)) {
            case ContentChange.Refused refused -> Outcome.refused(refused.reasons());
            case ContentChange.Changed changed -> save(command, current, changed.item(), now);
        };
    }

    private Outcome<Edited> save(Command command, ContentItem before, ContentItem edited, Instant now) {
        if (library.save(edited) instanceof ContentSave.VersionConflict conflict) {
            return new Outcome.Conflict<>(conflict.message());
        }
        int cancelled = before.status() == ContentStatus.SCHEDULED ? pending.cancelAllFor(edited.id(), now) : 0;
        List<CheckOutcome> checks = edited.status() == ContentStatus.IN_REVIEW ? recheck.run(edited) : List.of();
        audit.append(new AuditRecord(
                now,
                command.actor().id(),
                "content.edited",
                "content:" + edited.id(),
                Map.of(
                        "revision", Long.toString(edited.revision()),
                        "from_status", before.status().storedValue(),
                        "status", edited.status().storedValue(),
                        "cancelled_publications", Integer.toString(cancelled))));
        return Outcome.done(new Edited(edited, checks, cancelled));
    }
}
