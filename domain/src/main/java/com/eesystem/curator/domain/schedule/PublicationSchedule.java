package com.eesystem.curator.domain.schedule;

import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.platform.Platform;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The publication calendar (publication_schedule). Saves are versioned like the content library's: an
 * entry is written only over {@code entry.version() - 1} (nothing, for version 1).
 */
public interface PublicationSchedule {

    ScheduleSave save(ScheduleEntry entry);

    Optional<ScheduleEntry> find(ScheduleEntryId id);

    /** Entries scheduled in [{@code from}, {@code to}) on any of {@code platforms} (empty: all), any status. */
    List<ScheduleEntry> between(Instant from, Instant to, Set<Platform> platforms);

    /** Entries of one cycle week (publication_schedule.cycle_week), in {@link ScheduleEntry#CALENDAR_ORDER}. */
    List<ScheduleEntry> inCycleWeek(int cycleWeek, Set<Platform> platforms);

    /** Scheduled entries whose time has come, in {@link ScheduleEntry#DUE_ORDER}, at most {@code limit}. */
    List<ScheduleEntry> due(Instant now, int limit);

    /** Every entry of a content item, any status. */
    List<ScheduleEntry> forContent(ContentId contentId);
}
