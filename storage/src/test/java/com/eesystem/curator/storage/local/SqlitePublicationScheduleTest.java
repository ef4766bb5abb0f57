package com.eesystem.curator.storage.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.schedule.PublicationSchedule;
import com.eesystem.curator.domain.schedule.ScheduleEntry;
import com.eesystem.curator.domain.schedule.ScheduleEntryId;
import com.eesystem.curator.domain.schedule.ScheduleSave;
import com.eesystem.curator.domain.schedule.ScheduleStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlitePublicationScheduleTest {

    @TempDir
    Path folder;

    LocalStoreFixture.MutableClock clock = LocalStoreFixture.clock();
    LocalStore store;
    PublicationSchedule schedule;
    final ContentId content = ContentId.random();

    @BeforeEach
    void open() {
        store = LocalStore.open(LocalStoreFixture.settings(folder), clock);
        schedule = store.publicationSchedule();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ScheduleEntry entry(Platform platform, Duration in, int day, int priority) {
        Instant now = clock.instant();
        return new ScheduleEntry(
                ScheduleEntryId.random(),
                1,
                content,
                platform,
                now.plus(in),
                3,
                day,
                "rest week",
                priority,
                ScheduleStatus.SCHEDULED,
                Map.of(),
                now,
                now);
    }

    @Test
    void entriesAreSavedVersionedAndListedByWindowPlatformAndWeek() {
        ScheduleEntry tiktok = entry(Platform.TIKTOK, Duration.ofHours(2), 2, 5);
        ScheduleEntry instagram = entry(Platform.INSTAGRAM, Duration.ofHours(1), 1, 9);
        ScheduleEntry later = entry(Platform.INSTAGRAM, Duration.ofDays(9), 1, 5);
        for (ScheduleEntry e : new ScheduleEntry[] {tiktok, instagram, later}) {
            assertThat(schedule.save(e)).isEqualTo(new ScheduleSave.Saved(e));
        }

        assertThat(schedule.find(tiktok.id())).contains(tiktok);
        assertThat(schedule.between(clock.instant(), clock.instant().plus(Duration.ofDays(1)), Set.of()))
                .containsExactly(instagram, tiktok);
        assertThat(schedule.between(
                        clock.instant(), clock.instant().plus(Duration.ofDays(30)), Set.of(Platform.INSTAGRAM)))
                .containsExactly(instagram, later);
        assertThat(schedule.inCycleWeek(3, Set.of())).containsExactly(instagram, later, tiktok);
        assertThat(schedule.forContent(content)).hasSize(3);
        assertThat(store.outbox().pending(10)).extracting(e -> e.entityType()).containsOnly("publication_schedule");
    }

    @Test
    void dueEntriesComeEarliestFirstAndAStaleSaveConflicts() {
        ScheduleEntry soon = entry(Platform.TIKTOK, Duration.ofMinutes(5), 1, 5);
        schedule.save(soon);
        ScheduleEntry moved = new ScheduleEntry(
                soon.id(),
                2,
                content,
                Platform.TIKTOK,
                soon.scheduledAt().plus(Duration.ofMinutes(1)),
                3,
                1,
                "",
                5,
                ScheduleStatus.SCHEDULED,
                Map.of(),
                soon.createdAt(),
                soon.updatedAt());
        schedule.save(moved);

        assertThat(schedule.save(moved)).isEqualTo(new ScheduleSave.VersionConflict(soon.id(), 2, 2));
        assertThat(schedule.due(clock.instant(), 10)).isEmpty();
        clock.advance(Duration.ofMinutes(10));
        assertThat(schedule.due(clock.instant(), 10)).containsExactly(moved);
    }
}
