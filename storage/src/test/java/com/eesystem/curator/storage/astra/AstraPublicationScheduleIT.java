package com.eesystem.curator.storage.astra;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.schedule.ScheduleEntry;
import com.eesystem.curator.domain.schedule.ScheduleEntryId;
import com.eesystem.curator.domain.schedule.ScheduleSave;
import com.eesystem.curator.domain.schedule.ScheduleStatus;
import com.eesystem.curator.testsupport.CassandraServerExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** publication_schedule + its calendar projection on the real Cassandra. */
@ExtendWith({CassandraServerExtension.class, TeamKeyspace.class})
class AstraPublicationScheduleIT {

    /** Monday of ISO week 2026-W48. */
    private static final Instant MONDAY = Instant.parse("2026-11-23T00:00:00Z");

    private static CqlSession session;
    private static AstraPublicationSchedule schedule;

    @BeforeAll
    static void emptyTables(TeamKeyspace.Shared shared) {
        shared.truncate("publication_schedule", "publication_calendar");
        session = shared.session();
        schedule = new AstraPublicationSchedule(session);
    }

    @Test
    void versionedSavesRefuseStaleWritesAndTheCalendarRowMovesWithTheEntry() {
        ContentId content = ContentId.random();
        ScheduleEntry first = entry(
                ScheduleEntryId.random(),
                1,
                content,
                Platform.INSTAGRAM,
                MONDAY.plusSeconds(9 * 3600),
                ScheduleStatus.SCHEDULED);
        assertThat(schedule.save(first)).isEqualTo(new ScheduleSave.Saved(first));
        assertThat(schedule.save(first)).isEqualTo(new ScheduleSave.VersionConflict(first.id(), 1, 1));
        assertThat(schedule.find(first.id())).hasValue(first);
        assertThat(calendarWeeks(first.id())).containsExactly("2026-W48");

        // moved into the next ISO week: the calendar row leaves W48 and appears in W49, atomically
        ScheduleEntry moved = entry(
                first.id(), 2, content, Platform.INSTAGRAM, MONDAY.plus(Duration.ofDays(8)), ScheduleStatus.SCHEDULED);
        assertThat(schedule.save(moved)).isEqualTo(new ScheduleSave.Saved(moved));
        assertThat(calendarWeeks(first.id())).containsExactly("2026-W49");

        ScheduleEntry stale = entry(first.id(), 2, content, Platform.TIKTOK, MONDAY, ScheduleStatus.SCHEDULED);
        assertThat(schedule.save(stale)).isEqualTo(new ScheduleSave.VersionConflict(first.id(), 2, 2));
        assertThat(schedule.find(first.id())).hasValue(moved);
        assertThat(schedule.forContent(content)).containsExactly(moved);
    }

    @Test
    void calendarRangesDueEntriesAndCycleWeeksReadTheRightRows() {
        ContentId content = ContentId.random();
        Instant weekOf = MONDAY.plus(Duration.ofDays(21));
        var instagramEarly = save(entry(
                ScheduleEntryId.random(),
                1,
                content,
                Platform.INSTAGRAM,
                weekOf.plusSeconds(3600),
                ScheduleStatus.SCHEDULED));
        var tiktokMid = save(entry(
                ScheduleEntryId.random(),
                1,
                content,
                Platform.TIKTOK,
                weekOf.plusSeconds(86_400),
                ScheduleStatus.SCHEDULED));
        var instagramNextWeek = save(entry(
                ScheduleEntryId.random(),
                1,
                content,
                Platform.INSTAGRAM,
                weekOf.plus(Duration.ofDays(9)),
                ScheduleStatus.SCHEDULED));
        var cancelled = save(entry(
                ScheduleEntryId.random(),
                1,
                content,
                Platform.YOUTUBE,
                weekOf.plusSeconds(7200),
                ScheduleStatus.CANCELLED));

        assertThat(schedule.between(weekOf, weekOf.plus(Duration.ofDays(7)), Set.of(Platform.INSTAGRAM)))
                .containsExactly(instagramEarly);
        assertThat(schedule.between(weekOf, weekOf.plus(Duration.ofDays(14)), Set.of()))
                .containsExactly(instagramEarly, cancelled, tiktokMid, instagramNextWeek);

        assertThat(schedule.due(weekOf.plusSeconds(86_400), 10))
                .containsSubsequence(instagramEarly, tiktokMid)
                .doesNotContain(cancelled, instagramNextWeek);
        assertThat(schedule.due(weekOf.plusSeconds(86_400), 1)).hasSize(1);
        assertThat(schedule.inCycleWeek(3, Set.of(Platform.TIKTOK))).containsExactly(tiktokMid);
        assertThat(schedule.forContent(content)).hasSize(4);
    }

    private static ScheduleEntry save(ScheduleEntry entry) {
        assertThat(schedule.save(entry)).isInstanceOf(ScheduleSave.Saved.class);
        return entry;
    }

    private static List<String> calendarWeeks(ScheduleEntryId id) {
        return session.execute("SELECT week, schedule_id FROM publication_calendar").all().stream()
                .filter(row -> row.getUuid("schedule_id").equals(id.value()))
                .map((Row row) -> row.getString("week"))
                .toList();
    }

    private static ScheduleEntry entry(
            ScheduleEntryId id, long version, ContentId content, Platform platform, Instant at, ScheduleStatus status) {
        int cycleWeek = platform == Platform.TIKTOK ? 3 : 1;
        return new ScheduleEntry(
                id,
                version,
                content,
                platform,
                at,
                cycleWeek,
                2,
                "Sleep week",
                5,
                status,
                Map.of("note", "v" + version),
                MONDAY.minusSeconds(60),
                MONDAY.minusSeconds(60).plusSeconds(version));
    }
}
