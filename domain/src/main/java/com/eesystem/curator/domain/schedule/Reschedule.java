package com.eesystem.curator.domain.schedule;

import com.eesystem.curator.domain.audit.AuditLog;
import com.eesystem.curator.domain.audit.AuditRecord;
import com.eesystem.curator.domain.invariant.Invariants;
import com.eesystem.curator.domain.policy.Outcome;
import com.eesystem.curator.domain.user.PermissionPolicy;
import com.eesystem.curator.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Moves a scheduled entry to another time, or puts a failed one back on the calendar (retry). */
public final class Reschedule {

    private final PublicationSchedule schedule;
    private final PublicationCycle cycle;
    private final AuditLog audit;
    private final PermissionPolicy policy;
    private final Clock clock;

    public Reschedule(
            PublicationSchedule schedule,
            PublicationCycle cycle,
            AuditLog audit,
            PermissionPolicy policy,
            Clock clock) {
        this.schedule = Invariants.notNull("schedule", schedule);
        this.cycle = Invariants.notNull("cycle", cycle);
        this.audit = Invariants.notNull("audit", audit);
        this.policy = Invariants.notNull("policy", policy);
        this.clock = Invariants.notNull("clock", clock);
    }

    /** @param theme a new theme, or empty to take the cycle's theme of the new day (or keep the old one) */
    public record Command(
            User actor, ScheduleEntryId entryId, long expectedVersion, Instant scheduledAt, Optional<String> theme) {
        public Command {
            Invariants.notNull("actor", actor);
            Invariants.notNull("entry_id", entryId);
            Invariants.notNull("scheduled_at", scheduledAt);
            theme = theme == null ? Optional.empty() : theme;
        }
    }

    public Outcome<ScheduleEntry> reschedule(Command command) {
        var current = ScheduleEntryAtVersion.load(
                policy, schedule, command.actor(), command.entryId(), command.expectedVersion());
        if (!(current instanceof Outcome.Done<ScheduleEntry>(ScheduleEntry entry))) {
            return current;
        }
        Instant now = clock.instant();
        if (command.scheduledAt().isBefore(now)) {
            return Outcome.refused(new ScheduleRefusal.InThePast(command.scheduledAt(), now));
        }
        CyclePosition position;
        try {
            position = cycle.positionOf(command.scheduledAt());
        } catch (IllegalArgumentException beforeCycle) {
            return Outcome.refused(new ScheduleRefusal.BeforeCycleStart(command.scheduledAt(), cycle.startDate()));
        }
        String cycleTheme = cycle.themes().themeFor(position);
        String theme = command.theme().orElse(cycleTheme.isEmpty() ? entry.theme() : cycleTheme);
        ScheduleChange change = entry.status() == ScheduleStatus.FAILED
                ? entry.retry(command.scheduledAt(), position, now)
                : entry.reschedule(command.scheduledAt(), position, theme, now);
        return change.saveTo(schedule, moved -> {
            audit.append(new AuditRecord(
                    now,
                    command.actor().id(),
                    entry.status() == ScheduleStatus.FAILED ? "schedule.retried" : "schedule.rescheduled",
                    "schedule:" + entry.id(),
                    Map.of(
                            "from",
                            entry.scheduledAt().toString(),
                            "to",
                            moved.scheduledAt().toString())));
            return moved;
        });
    }
}
