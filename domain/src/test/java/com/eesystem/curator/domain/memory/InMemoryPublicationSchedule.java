package com.eesystem.curator.domain.memory;

import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.schedule.PublicationSchedule;
import com.eesystem.curator.domain.schedule.ScheduleEntry;
import com.eesystem.curator.domain.schedule.ScheduleEntryId;
import com.eesystem.curator.domain.schedule.ScheduleSave;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The publication schedule port kept in a map, with versioned saves. For use-case tests. */
public final class InMemoryPublicationSchedule implements PublicationSchedule {

    private final Map<ScheduleEntryId, ScheduleEntry> entries = new ConcurrentHashMap<>();

    @Override
    public synchronized ScheduleSave save(ScheduleEntry entry) {
        ScheduleEntry stored = entries.get(entry.id());
        long storedVersion = stored == null ? 0 : stored.version();
        if (storedVersion != entry.version() - 1) {
            return new ScheduleSave.VersionConflict(entry.id(), entry.version(), storedVersion);
        }
        entries.put(entry.id(), entry);
        return new ScheduleSave.Saved(entry);
    }

    @Override
    public Optional<ScheduleEntry> find(ScheduleEntryId id) {
        return Optional.ofNullable(entries.get(id));
    }

    @Override
    public List<ScheduleEntry> between(Instant from, Instant to, Set<Platform> platforms) {
        return entries.values().stream()
                .filter(entry -> !entry.scheduledAt().isBefore(from)
                        && entry.scheduledAt().isBefore(to))
                .filter(entry -> platforms.isEmpty() || platforms.contains(entry.platform()))
                .sorted(ScheduleEntry.DUE_ORDER)
                .toList();
    }

    @Override
    public List<ScheduleEntry> inCycleWeek(int cycleWeek, Set<Platform> platforms) {
        return entries.values().stream()
                .filter(entry -> entry.cycleWeek() == cycleWeek)
                .filter(entry -> platforms.isEmpty() || platforms.contains(entry.platform()))
                .sorted(ScheduleEntry.CALENDAR_ORDER)
                .toList();
    }

    @Override
    public List<ScheduleEntry> due(Instant now, int limit) {
        return entries.values().stream()
                .filter(entry -> entry.dueAt(now))
                .sorted(ScheduleEntry.DUE_ORDER)
                .limit(limit)
                .toList();
    }

    @Override
    public List<ScheduleEntry> forContent(ContentId contentId) {
        return entries.values().stream()
                .filter(entry -> entry.contentId().equals(contentId))
                .sorted(ScheduleEntry.DUE_ORDER)
                .toList();
    }
}
