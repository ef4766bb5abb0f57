package com.eesystem.curator.storage.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteMaintenanceTest {

    @TempDir
    Path folder;

    LocalStoreFixture.MutableClock clock = LocalStoreFixture.clock();

    @Test
    void aSnapshotIsTakenWhenNoneIsYoungerThanTheIntervalAndSegmentsOtherwise() {
        try (LocalStore store = LocalStore.open(LocalStoreFixture.settings(folder), clock)) {
            LocalMaintenance maintenance = store.maintenance();

            assertThat(maintenance.backupTick())
                    .as("first start: no backup yet")
                    .isInstanceOf(LocalMaintenance.BackupTick.Snapshot.class);
            clock.advance(Duration.ofHours(3));
            assertThat(maintenance.backupTick()).isInstanceOf(LocalMaintenance.BackupTick.NothingNew.class);
            store.userPreferences().put("u1", "theme", "dark");
            store.contentLibrary().save(ContentSamples.draft("New", "x", clock.instant()));
            assertThat(maintenance.backupTick()).isInstanceOf(LocalMaintenance.BackupTick.Segment.class);
            clock.advance(Duration.ofDays(1));
            assertThat(maintenance.backupTick())
                    .as("a day later")
                    .isInstanceOf(LocalMaintenance.BackupTick.Snapshot.class);
        }
    }

    @Test
    void theBackgroundThreadTakesTheMissedDailySnapshot() throws Exception {
        try (LocalStore store = LocalStore.open(LocalStoreFixture.settings(folder), clock)) {
            store.startMaintenance();

            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (store.backups().latestSnapshot().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }

            assertThat(store.backups().latestSnapshot())
                    .hasValueSatisfying(
                            snapshot -> assertThat(snapshot.reason()).isEqualTo("scheduled"));
        }
    }
}
