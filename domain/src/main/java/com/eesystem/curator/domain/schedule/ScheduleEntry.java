package com.eesystem.curator.domain.schedule;

import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.invariant.Invariants;
import com.eesystem.curator.domain.platform.Platform;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One planned publication of a content item on one platform (publication_schedule row).
 *
 * @param version goes up with every write; guards concurrent saves
 * @param priority 1..10, higher goes out first when several entries are due at once
 * @param resultData what the platform answered: post id and url, or the error (publication_schedule.result_data)
 */
public record ScheduleEntry(
        ScheduleEntryId id,
        long version,
        ContentId contentId,
        Platform platform,
        Instant scheduledAt,
        int cycleWeek,
        int cycleDay,
        String theme,
        int priority,
        ScheduleStatus status,
        Map<String, String> resultData,
        Instant createdAt,
        Instant updatedAt) {

    public static final int MIN_PRIORITY = 1;
    public static final int MAX_PRIORITY = 10;
    public static final int DEFAULT_PRIORITY = 5;

    /** Result data key of the platform's error message. */
    public static final String ERROR = "error";

    /** Due order: earliest first, then higher priority, then id so the order is total. */
    public static final Comparator<ScheduleEntry> DUE_ORDER = Comparator.comparing(ScheduleEntry::scheduledAt)
            .thenComparing(Comparator.comparingInt(ScheduleEntry::priority).reversed())
            .thenComparing(entry -> entry.id().value());

    /** Calendar order: by cycle day, then higher priority, then time. */
    public static final Comparator<ScheduleEntry> CALENDAR_ORDER = Comparator.comparing(ScheduleEntry::cyclePosition)
            .thenComparing(Comparator.comparingInt(ScheduleEntry::priority).reversed())
            .thenComparing(ScheduleEntry::scheduledAt)
            .thenComparing(entry -> entry.id().value());

    public ScheduleEntry {
        Invariants.notNull("id", id);
        Invariants.atLeast("version", version, 1);
        Invariants.notNull("content_id", contentId);
        Invariants.notNull("platform", platform);
        Invariants.notNull("scheduled_at", scheduledAt);
        new CyclePosition(cycleWeek, cycleDay);
        theme = Invariants.text(theme).strip();
        Invariants.inRange("priority", priority, MIN_PRIORITY, MAX_PRIORITY);
        Invariants.notNull("status", status);
        resultData = Invariants.mapOf("result_data", resultData);
        Invariants.notNull("created_at", createdAt);
        Invariants.notNull("updated_at", updatedAt);
        Invariants.notBefore("updated_at", updatedAt, "created_at", createdAt);
    }

    /**
     * Plans {@code content} on {@code platform}: refused unless the content is approved (or already
     * scheduled or published, which it only is after an approval) and targets the platform.
     */
    public static ScheduleChange plan(
            ScheduleEntryId id,
            ContentItem content,
            Platform platform,
            Instant scheduledAt,
            CyclePosition position,
            String theme,
            int priority,
            Instant now) {
        if (!content.approvedForPublication()) {
            return refused(new ScheduleRefusal.ContentNotApproved(content.id(), content.status()));
        }
        if (!content.targets(platform)) {
            return refused(new ScheduleRefusal.PlatformNotTargeted(content.id(), platform));
        }
        return new ScheduleChange.Changed(new ScheduleEntry(
                id,
                1,
                content.id(),
                platform,
                scheduledAt,
                position.cycleWeek(),
                position.cycleDay(),
                theme,
                priority,
                ScheduleStatus.SCHEDULED,
                Map.of(),
                now,
                now));
    }

    public CyclePosition cyclePosition() {
        return new CyclePosition(cycleWeek, cycleDay);
    }

    public boolean dueAt(Instant now) {
        return status == ScheduleStatus.SCHEDULED && !scheduledAt.isAfter(now);
    }

    public ScheduleChange reschedule(Instant newTime, CyclePosition position, String newTheme, Instant now) {
        return move(
                ScheduleAction.RESCHEDULE, now, status -> moved(status, newTime, position, newTheme, resultData, now));
    }

    /** The platform accepted the post; {@code result} holds what it answered (post id, url). */
    public ScheduleChange publish(Map<String, String> result, Instant now) {
        return move(
                ScheduleAction.PUBLISH, now, status -> moved(status, scheduledAt, cyclePosition(), theme, result, now));
    }

    public ScheduleChange fail(String error, Map<String, String> result, Instant now) {
        Map<String, String> data = new LinkedHashMap<>(Invariants.mapOf("result_data", result));
        data.put(ERROR, Invariants.nonBlank("error", error));
        return move(ScheduleAction.FAIL, now, status -> moved(status, scheduledAt, cyclePosition(), theme, data, now));
    }

    /** A failed entry goes back on the calendar at {@code newTime}; the old error is kept until it succeeds. */
    public ScheduleChange retry(Instant newTime, CyclePosition position, Instant now) {
        return move(ScheduleAction.RETRY, now, status -> moved(status, newTime, position, theme, resultData, now));
    }

    public ScheduleChange cancel(Instant now) {
        return move(
                ScheduleAction.CANCEL,
                now,
                status -> moved(status, scheduledAt, cyclePosition(), theme, resultData, now));
    }

    private ScheduleEntry moved(
            ScheduleStatus next,
            Instant time,
            CyclePosition position,
            String newTheme,
            Map<String, String> result,
            Instant now) {
        Instant updated = now.isBefore(updatedAt) ? updatedAt : now;
        return new ScheduleEntry(
                id,
                version + 1,
                contentId,
                platform,
                time,
                position.cycleWeek(),
                position.cycleDay(),
                newTheme,
                priority,
                next,
                result,
                createdAt,
                updated);
    }

    private ScheduleChange move(ScheduleAction action, Instant now, Function<ScheduleStatus, ScheduleEntry> to) {
        Invariants.notNull("now", now);
        return ScheduleLifecycle.next(status, action)
                .<ScheduleChange>map(next -> new ScheduleChange.Changed(to.apply(next)))
                .orElseGet(() -> refused(new ScheduleRefusal.NotAllowed(status, action)));
    }

    private static ScheduleChange refused(ScheduleRefusal refusal) {
        return new ScheduleChange.Refused(List.of(refusal));
    }
}
