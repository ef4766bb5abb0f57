package com.eesystem.curator.domain.schedule;

import com.eesystem.curator.domain.audit.AuditLog;
import com.eesystem.curator.domain.audit.AuditRecord;
import com.eesystem.curator.domain.content.ContentChange;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentLibrary;
import com.eesystem.curator.domain.content.ContentSave;
import com.eesystem.curator.domain.invariant.Invariants;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.platform.PlatformValidator;
import com.eesystem.curator.domain.platform.PostContent;
import com.eesystem.curator.domain.platform.RuleBreach;
import com.eesystem.curator.domain.policy.NotFound;
import com.eesystem.curator.domain.policy.Outcome;
import com.eesystem.curator.domain.user.Permission;
import com.eesystem.curator.domain.user.PermissionPolicy;
import com.eesystem.curator.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts approved content on the calendar for one platform. The post must fit the platform's limits; the
 * cycle week, day and theme come from the publication cycle unless the command names a theme.
 */
public final class SchedulePost {

    private final ContentLibrary library;
    private final PublicationSchedule schedule;
    private final PublicationCycle cycle;
    private final AuditLog audit;
    private final PermissionPolicy policy;
    private final Clock clock;

    public SchedulePost(
            ContentLibrary library,
            PublicationSchedule schedule,
            PublicationCycle cycle,
            AuditLog audit,
            PermissionPolicy policy,
            Clock clock) {
        this.library = Invariants.notNull("library", library);
        this.schedule = Invariants.notNull("schedule", schedule);
        this.cycle = Invariants.notNull("cycle", cycle);
        this.audit = Invariants.notNull("audit", audit);
        this.policy = Invariants.notNull("policy", policy);
        this.clock = Invariants.notNull("clock", clock);
    }

    public record Command(
            User actor,
            ContentId contentId,
            Platform platform,
            Instant scheduledAt,
            int priority,
            Optional<String> theme) {
        public Command {
            Invariants.notNull("actor", actor);
            Invariants.notNull("content_id", contentId);
            Invariants.notNull("platform", platform);
            Invariants.notNull("scheduled_at", scheduledAt);
            Invariants.inRange("priority", priority, ScheduleEntry.MIN_PRIORITY, ScheduleEntry.MAX_PRIORITY);
            theme = theme == null ? Optional.empty() : theme;
        }
    }

    public Outcome<ScheduleEntry> schedule(Command command) {
        var denied = policy.check(command.actor(), Permission.SCHEDULE);
        if (denied.isPresent()) {
            return Outcome.refused(denied.get());
        }
        var found = library.find(command.contentId());
        if (found.isEmpty()) {
            return Outcome.refused(new NotFound("content", command.contentId().toString()));
        }
        ContentItem content = found.get();
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
        String theme = command.theme().orElseGet(() -> cycle.themes().themeFor(position));
        var planned = ScheduleEntry.plan(
                ScheduleEntryId.random(),
                content,
                command.platform(),
                command.scheduledAt(),
                position,
                theme,
                command.priority(),
                now);
        if (planned instanceof ScheduleChange.Refused refused) {
            return Outcome.refused(refused.reasons());
        }
        List<RuleBreach> breaches = PlatformValidator.check(PostContent.of(content.body(), command.platform()));
        if (!breaches.isEmpty()) {
            return Outcome.refused(new ScheduleRefusal.BreaksPlatformRules(breaches));
        }
        ScheduleEntry entry = planned.orThrow();
        // content first: if someone changed it meanwhile, nothing is on the calendar yet
        if (content.schedule(now) instanceof ContentChange.Changed changed
                && library.save(changed.item()) instanceof ContentSave.VersionConflict conflict) {
            return new Outcome.Conflict<>(conflict.message());
        }
        if (schedule.save(entry) instanceof ScheduleSave.VersionConflict conflict) {
            return new Outcome.Conflict<>(conflict.message());
        }
        audit.append(new AuditRecord(
                now,
                command.actor().id(),
                "schedule.created",
                "schedule:" + entry.id(),
                Map.of(
                        "content_id", content.id().toString(),
                        "platform", entry.platform().storedValue(),
                        "scheduled_at", entry.scheduledAt().toString(),
                        "cycle", entry.cycleWeek() + "/" + entry.cycleDay())));
        return Outcome.done(entry);
    }
}
