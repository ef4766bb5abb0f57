package com.eesystem.curator.domain.schedule;

import com.eesystem.curator.domain.audit.AuditLog;
import com.eesystem.curator.domain.audit.AuditRecord;
import com.eesystem.curator.domain.content.ContentChange;
import com.eesystem.curator.domain.content.ContentLibrary;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.invariant.Invariants;
import com.eesystem.curator.domain.policy.Outcome;
import com.eesystem.curator.domain.user.PermissionPolicy;
import com.eesystem.curator.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Takes an entry off the calendar. When it was the content's last pending publication, the content goes
 * back from scheduled to approved.
 */
public final class CancelSchedule {

    private final ContentLibrary library;
    private final PublicationSchedule schedule;
    private final AuditLog audit;
    private final PermissionPolicy policy;
    private final Clock clock;

    public CancelSchedule(
            ContentLibrary library,
            PublicationSchedule schedule,
            AuditLog audit,
            PermissionPolicy policy,
            Clock clock) {
        this.library = Invariants.notNull("library", library);
        this.schedule = Invariants.notNull("schedule", schedule);
        this.audit = Invariants.notNull("audit", audit);
        this.policy = Invariants.notNull("policy", policy);
        this.clock = Invariants.notNull("clock", clock);
    }

    public record Command(User actor, ScheduleEntryId entryId, long expectedVersion) {
        public Command {
            Invariants.notNull("actor", actor);
            Invariants.notNull("entry_id", entryId);
        }
    }

    public Outcome<ScheduleEntry> cancel(Command command) {
        var current = ScheduleEntryAtVersion.load(
                policy, schedule, command.actor(), command.entryId(), command.expectedVersion());
        if (!(current instanceof Outcome.Done<ScheduleEntry>(ScheduleEntry entry))) {
            return current;
        }
        Instant now = clock.instant();
        return entry.cancel(now).saveTo(schedule, cancelled -> {
            unscheduleContentIfLast(cancelled, now);
            audit.append(new AuditRecord(
                    now,
                    command.actor().id(),
                    "schedule.cancelled",
                    "schedule:" + entry.id(),
                    Map.of(
                            "content_id",
                            entry.contentId().toString(),
                            "platform",
                            entry.platform().storedValue())));
            return cancelled;
        });
    }

    private void unscheduleContentIfLast(ScheduleEntry cancelled, Instant now) {
        boolean otherPending = schedule.forContent(cancelled.contentId()).stream()
                .anyMatch(other -> !other.id().equals(cancelled.id()) && ScheduleLifecycle.pending(other.status()));
        if (otherPending) {
            return;
        }
        var content = library.find(cancelled.contentId());
        if (content.isPresent()
                && content.get().status() == ContentStatus.SCHEDULED
                && content.get().unschedule(now) instanceof ContentChange.Changed changed) {
            // a lost race here is harmless: the calendar is already right, and whoever changed the
            // content moved it on through the lifecycle themselves
            library.save(changed.item());
        }
    }
}
