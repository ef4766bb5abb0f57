package com.eesystem.curator.storage.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.storage.codec.JsonCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteBackupTest {

    @TempDir
    Path folder;

    LocalStoreFixture.MutableClock clock = LocalStoreFixture.clock();

    @Test
    void aSnapshotIsACompleteCheckedDatabaseNamedByItsOutboxSequence() throws Exception {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        try (LocalStore store = LocalStore.open(settings, clock)) {
            ContentItem draft = ContentSamples.draft("In the snapshot", "x", clock.instant());
            store.contentLibrary().save(draft);

            BackupFile snapshot = store.backups().snapshot("manual");

            assertThat(snapshot.path().getFileName().toString())
                    .isEqualTo("curator-20261125T100000000Z-seq1-manual.db");
            assertThat(snapshot.outboxSequence()).isEqualTo(1);
            IntegrityCheck.verify(snapshot.path());
            assertThat(LocalStoreFixture.single(snapshot.path(), "SELECT title FROM content_library"))
                    .isEqualTo("In the snapshot");
        }
    }

    @Test
    void anIncrementalBackupHoldsTheOutboxRowsSinceTheLastBackup() throws Exception {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        try (LocalStore store = LocalStore.open(settings, clock)) {
            store.contentLibrary().save(ContentSamples.draft("Before", "x", clock.instant()));
            store.backups().snapshot("manual");
            ContentItem first = ContentSamples.draft("After one", "x", clock.instant());
            ContentItem second = ContentSamples.draft("After two", "x", clock.instant());
            store.contentLibrary().save(first);
            store.contentLibrary().save(second);
            clock.advance(Duration.ofHours(1));

            BackupFile segment = store.backups().incremental().orElseThrow();

            assertThat(segment.kind()).isEqualTo(BackupFile.Kind.OUTBOX_SEGMENT);
            assertThat(segment.firstSequence()).isEqualTo(2);
            assertThat(segment.outboxSequence()).isEqualTo(3);
            List<String> lines = Files.readAllLines(segment.path());
            assertThat(lines).hasSize(2);
            var line = JsonCodec.instance().tree(lines.get(1));
            assertThat(line.get("sequence").asLong()).isEqualTo(3);
            assertThat(line.get("entity").asText()).isEqualTo("content_library");
            assertThat(line.get("entity_id").asText()).isEqualTo(second.id().toString());
            assertThat(JsonCodec.instance().mapper().treeToValue(line.get("payload"), ContentItem.class))
                    .isEqualTo(second);
            assertThat(store.backups().incremental()).as("nothing new since").isEmpty();
        }
    }

    @Test
    void onlyTheNewestSnapshotsAreKeptWithTheSegmentsAfterThem() {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder).withBackupsKept(2);
        try (LocalStore store = LocalStore.open(settings, clock)) {
            for (int i = 0; i < 4; i++) {
                store.contentLibrary().save(ContentSamples.draft("Item " + i, "x", clock.instant()));
                clock.advance(Duration.ofHours(1));
                store.backups().incremental();
                clock.advance(Duration.ofHours(1));
                store.backups().snapshot("scheduled");
            }

            List<BackupFile> left = store.backups().list();

            assertThat(left)
                    .filteredOn(f -> f.kind() == BackupFile.Kind.SNAPSHOT)
                    .extracting(BackupFile::outboxSequence)
                    .containsExactly(3L, 4L);
            assertThat(left)
                    .filteredOn(f -> f.kind() == BackupFile.Kind.OUTBOX_SEGMENT)
                    .extracting(BackupFile::outboxSequence)
                    .containsExactly(4L);
        }
    }

    @Test
    void restoreSnapshotOnlyPutsTheSnapshotBackAndKeepsTheReplacedFile() throws Exception {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        ContentItem kept = ContentSamples.draft("Kept", "x", clock.instant());
        ContentItem later = ContentSamples.draft("Later", "x", clock.instant());
        BackupFile snapshot;
        try (LocalStore store = LocalStore.open(settings, clock)) {
            store.contentLibrary().save(kept);
            snapshot = store.backups().snapshot("manual");
            store.contentLibrary().save(later);
        }

        LocalRestore.Restored restored = LocalRestore.restore(
                settings, snapshot.path(), clock, LocalRestore.Mode.SNAPSHOT_ONLY, BackupProgress.NONE, () -> false);

        try (LocalStore store = LocalStore.open(settings, clock)) {
            assertThat(store.contentLibrary().find(kept.id())).contains(kept);
            assertThat(store.contentLibrary().find(later.id()))
                    .as("snapshot only: the change after it is not replayed")
                    .isEmpty();
        }
        Path replaced = restored.replacedKeptIn().orElseThrow().resolve("curator.db");
        assertThat(LocalStoreFixture.single(replaced, "SELECT count(*) FROM content_library"))
                .isEqualTo("2");
    }

    @Test
    void aDamagedBackupIsRefusedBeforeTheCurrentFileIsTouched() throws Exception {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        BackupFile snapshot;
        try (LocalStore store = LocalStore.open(settings, clock)) {
            for (int i = 0; i < 100; i++) {
                store.contentLibrary().save(ContentSamples.draft("Item " + i, "caption " + i, clock.instant()));
            }
            snapshot = store.backups().snapshot("manual");
        }
        SqliteBadInputTest.scribble(snapshot.path(), 4096 * 2, 4096 * 4);
        byte[] current = Files.readAllBytes(settings.database());

        assertThatThrownBy(() -> LocalRestore.restore(settings, snapshot.path(), clock))
                .isInstanceOfSatisfying(
                        LocalStoreCorrupt.class,
                        corrupt -> assertThat(corrupt.database()).isEqualTo(snapshot.path()))
                .hasMessageContaining("integrity_check");
        assertThat(Files.readAllBytes(settings.database())).isEqualTo(current);
    }

    @Test
    void aMissingBackupIsNamed() {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        Path missing = folder.resolve("nope.db");

        assertThatThrownBy(() -> LocalRestore.restore(settings, missing, clock))
                .hasMessageContaining("backup " + missing + " does not exist");
    }

    @Test
    void aSnapshotFromAnOlderSchemaIsMigratedWhenRestored() throws Exception {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        LocalStoreSettings old = LocalStoreFixture.settings(folder.resolve("old"));
        new LocalMigrator(
                        old,
                        clock,
                        List.of(LocalMigrator.LOCATION),
                        org.flywaydb.core.api.MigrationVersion.fromVersion("1"))
                .migrate();
        LocalStoreFixture.execute(
                old.database(),
                "INSERT INTO user_preferences (user_id, preference_key, preference_value) VALUES ('u1', 'theme', 'dark')");

        LocalRestore.restore(settings, old.database(), clock);

        try (LocalStore store = LocalStore.open(settings, clock)) {
            assertThat(store.userPreferences().get("u1", "theme")).contains("dark");
        }
    }
}
