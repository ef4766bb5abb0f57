package com.eesystem.curator.storage.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.content.ContentSave;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Settings page's backup calls: the list with sizes and kinds, back up now with progress and cancel. */
class SqliteBackupProgressTest {

    @TempDir
    Path folder;

    LocalStoreFixture.MutableClock clock = LocalStoreFixture.clock();

    @Test
    void theListShowsEachBackupWithItsTimeSizeAndKind() {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        try (LocalStore store = LocalStore.open(settings, clock)) {
            store.backups().snapshot("manual");
            clock.advance(Duration.ofMinutes(1));
            store.contentLibrary().save(ContentSamples.draft("One", "x", clock.instant()));
            store.contentLibrary().save(ContentSamples.draft("Two", "x", clock.instant()));
            store.backups().incremental().orElseThrow();

            List<BackupEntry> entries = store.backups().entries();

            assertThat(entries).hasSize(2);
            assertThat(entries.get(0).incremental()).isFalse();
            assertThat(entries.get(0).label()).isEqualTo("snapshot (manual)");
            assertThat(entries.get(0).takenAt()).isEqualTo(LocalStoreFixture.START);
            assertThat(entries.get(0).sizeBytes())
                    .isEqualTo(size(entries.get(0).path()))
                    .isGreaterThan(4096);
            assertThat(entries.get(1).incremental()).isTrue();
            assertThat(entries.get(1).label()).isEqualTo("incremental: changes 1..2");
            assertThat(entries.get(1).takenAt()).isEqualTo(LocalStoreFixture.START.plus(Duration.ofMinutes(1)));
            assertThat(entries.get(1).sizeBytes())
                    .isEqualTo(size(entries.get(1).path()))
                    .isPositive();
        }
    }

    @Test
    void backUpNowReportsProgressAndFinishesWithTheFile() {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        try (LocalStore store = LocalStore.open(settings, clock)) {
            List<BackupProgress.Step> steps = new ArrayList<>();
            List<Double> fractions = new ArrayList<>();

            BackupFile file = store.backups()
                    .snapshot(
                            "manual",
                            (step, fraction) -> {
                                steps.add(step);
                                fractions.add(fraction);
                            },
                            () -> false);

            assertThat(file.path()).exists();
            assertThat(steps.getFirst()).isEqualTo(BackupProgress.Step.COPYING);
            assertThat(steps.getLast()).isEqualTo(BackupProgress.Step.DONE);
            assertThat(fractions).allSatisfy(f -> assertThat(f).isBetween(0.0, 1.0));
            assertThat(fractions.getLast()).isEqualTo(1.0);
        }
    }

    @Test
    void aCancelledBackupStopsMidCopyLeavesNoFileAndTheStoreWorksOn() throws Exception {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        try (LocalStore store = LocalStore.open(settings, clock)) {
            // enough pages that the copy runs through SQLite's progress handler several times
            store.database().write("filling", connection -> {
                try (var insert = connection.prepareStatement(
                        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)"
                                + " INSERT INTO temp_content (id, content_type, platform, content_data, expires_at)"
                                + " SELECT 'row-' || i, 'reel', 'tiktok', printf('%.500c', 'x'),"
                                + " '2999-01-01 00:00:00.000' FROM n")) {
                    return insert.executeUpdate();
                }
            });
            AtomicBoolean cancel = new AtomicBoolean();
            List<BackupProgress.Step> steps = new ArrayList<>();
            BackupProgress cancelOnceCopying = (step, fraction) -> {
                steps.add(step);
                // the first COPYING comes before the copy starts, the second from inside it
                if (steps.stream().filter(s -> s == BackupProgress.Step.COPYING).count() == 2) {
                    cancel.set(true);
                }
            };

            assertThatThrownBy(() -> store.backups().snapshot("manual", cancelOnceCopying, cancel::get))
                    .isInstanceOf(BackupCancelled.class)
                    .hasMessageContaining("was cancelled; nothing was changed");

            assertThat(steps).containsExactly(BackupProgress.Step.COPYING, BackupProgress.Step.COPYING);
            try (Stream<Path> left = Files.list(settings.backups())) {
                assertThat(left).as("no snapshot and no partial file").isEmpty();
            }
            assertThat(store.contentLibrary().save(ContentSamples.draft("After", "x", clock.instant())))
                    .isInstanceOf(ContentSave.Saved.class);
            assertThat(store.backups().snapshot("manual").path())
                    .as("the read connection lost its cancel handler")
                    .exists();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
