package com.eesystem.curator.storage.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.content.ContentItem;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full disk, a locked file, a corrupt page, a foreign or wrong-version schema: clear words, no data lost. */
class SqliteBadInputTest {

    @TempDir
    Path folder;

    LocalStoreFixture.MutableClock clock = LocalStoreFixture.clock();

    @Test
    void aFullDiskRefusesTheSaveAndKeepsEverythingBefore() {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        try (LocalStore store = LocalStore.open(settings, clock)) {
            ContentItem kept = ContentSamples.draft("Kept", "saved before the disk filled", clock.instant());
            store.contentLibrary().save(kept);
            long outboxBefore = store.outbox().pendingCount();
            // the file may not grow by a single page: the next large write hits SQLITE_FULL like a full disk
            store.database().withWriter("limiting the size", connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA max_page_count = " + pageCount(connection));
                }
                return null;
            });
            ContentItem large = ContentSamples.draft("Large", "x".repeat(400_000), clock.instant());

            assertThatThrownBy(() -> store.contentLibrary().save(large))
                    .isInstanceOf(LocalStoreFull.class)
                    .hasMessageContaining(settings.database().toString())
                    .hasMessageContaining("is full")
                    .hasMessageContaining("earlier data is intact");

            assertThat(store.contentLibrary().find(large.id())).isEmpty();
            assertThat(store.contentLibrary().find(kept.id())).contains(kept);
            assertThat(store.outbox().pendingCount())
                    .as("no outbox row without its change")
                    .isEqualTo(outboxBefore);
            store.database().withWriter("lifting the limit", connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA max_page_count = 1073741823");
                }
                return null;
            });
            assertThat(store.contentLibrary().save(large))
                    .isInstanceOf(com.eesystem.curator.domain.content.ContentSave.Saved.class);
        }
    }

    @Test
    void aFileLockedByAnotherProgramIsReportedAndNothingHalfWritten() throws Exception {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        try (LocalStore store = LocalStore.open(settings, clock);
                Connection other = LocalStoreFixture.raw(settings.database())) {
            ContentItem kept = ContentSamples.draft("Kept", "before the lock", clock.instant());
            store.contentLibrary().save(kept);
            other.setAutoCommit(false);
            try (Statement statement = other.createStatement()) {
                statement.execute("PRAGMA busy_timeout = 0");
                statement.execute("INSERT INTO sync_state (key, value) VALUES ('held', 'by another program')");
            }
            ContentItem blocked = ContentSamples.draft("Blocked", "while locked", clock.instant());

            assertThatThrownBy(() -> store.contentLibrary().save(blocked))
                    .isInstanceOfSatisfying(
                            LocalStoreLocked.class,
                            locked -> assertThat(locked.waited()).hasMillis(300))
                    .hasMessageContaining("is locked by another program (waited 300 ms)")
                    .hasMessageContaining(settings.database().toString());

            other.rollback();
            assertThat(store.contentLibrary().find(kept.id())).contains(kept);
            assertThat(store.contentLibrary().find(blocked.id())).isEmpty();
            assertThat(store.outbox().pendingCount()).isOne();
            assertThat(store.contentLibrary().save(blocked))
                    .isInstanceOf(com.eesystem.curator.domain.content.ContentSave.Saved.class);
        }
    }

    @Test
    void aCorruptPageIsReportedWithTheCheckOutputAndTheFileIsNotRecreated() throws Exception {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        try (LocalStore store = LocalStore.open(settings, clock)) {
            for (int i = 0; i < 200; i++) {
                store.contentLibrary().save(ContentSamples.draft("Item " + i, "caption " + i, clock.instant()));
            }
        }
        Path copy = folder.resolve("copy").resolve("curator.db");
        Files.createDirectories(copy.getParent());
        Files.copy(settings.database(), copy);
        scribble(copy, 4096 * 3, 4096 * 6); // pages 4..9 become garbage; the header stays readable
        byte[] damaged = Files.readAllBytes(copy);
        LocalStoreSettings copySettings = LocalStoreFixture.settings(copy.getParent());

        assertThatThrownBy(() -> LocalStore.open(copySettings, clock))
                .isInstanceOfSatisfying(LocalStoreCorrupt.class, corrupt -> {
                    assertThat(corrupt.database()).isEqualTo(copy);
                    assertThat(corrupt.checkOutput()).isNotEqualTo("ok").isNotBlank();
                })
                .hasMessageContaining(copy + " is damaged; restore a backup")
                .hasMessageContaining("integrity_check: ");
        assertThat(Files.readAllBytes(copy)).as("never recreated empty").isEqualTo(damaged);
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedAsDamaged() throws Exception {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        Files.createDirectories(folder);
        Files.writeString(settings.database(), "these are my notes, not a database ".repeat(200));

        assertThatThrownBy(() -> LocalStore.open(settings, clock))
                .isInstanceOfSatisfying(
                        LocalStoreCorrupt.class,
                        corrupt -> assertThat(corrupt.checkOutput()).contains("not a database"));
        assertThat(Files.readString(settings.database())).startsWith("these are my notes");
    }

    @Test
    void anotherProgramsDatabaseIsRefusedAndLeftAsItIs() throws Exception {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        LocalStoreFixture.execute(settings.database(), "CREATE TABLE notes (body TEXT)");
        LocalStoreFixture.execute(settings.database(), "INSERT INTO notes VALUES ('keep me')");

        assertThatThrownBy(() -> LocalStore.open(settings, clock))
                .isInstanceOf(LocalStoreUnavailable.class)
                .hasMessageContaining("is not a Curator database (it has the tables notes");
        assertThat(LocalStoreFixture.single(settings.database(), "SELECT body FROM notes"))
                .isEqualTo("keep me");
        assertThat(LocalStoreFixture.query(
                        settings.database(), "SELECT name FROM sqlite_schema WHERE name = 'sessions'"))
                .isEmpty();
    }

    @Test
    void aStoreLeftWithItsWalAfterACrashOpensWithEveryCommit() throws Exception {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        ContentItem committed = ContentSamples.draft("Committed before the crash", "x", clock.instant());
        try (LocalStore store = LocalStore.open(settings, clock)) {
            store.contentLibrary().save(committed);
            // a crash: copy the files as they are while the store is open (WAL not checkpointed)
            Path crashed = folder.resolve("crashed");
            Files.createDirectories(crashed);
            for (String suffix : new String[] {"", "-wal"}) {
                Path source = Path.of(settings.database() + suffix);
                if (Files.exists(source)) {
                    Files.copy(source, crashed.resolve("curator.db" + suffix));
                }
            }
        }
        LocalStoreSettings crashedSettings = LocalStoreFixture.settings(folder.resolve("crashed"));

        try (LocalStore reopened = LocalStore.open(crashedSettings, clock)) {
            assertThat(reopened.contentLibrary().find(committed.id())).contains(committed);
        }
    }

    private static int pageCount(Connection connection) throws java.sql.SQLException {
        try (Statement statement = connection.createStatement();
                var row = statement.executeQuery("PRAGMA page_count")) {
            row.next();
            return row.getInt(1);
        }
    }

    @Test
    void aStoreLockedByAnotherProgramAtStartIsReportedAndNothingIsLost() throws Exception {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        ContentItem kept = ContentSamples.draft("Kept", "before the lock", clock.instant());
        try (LocalStore store = LocalStore.open(settings, clock)) {
            store.contentLibrary().save(kept);
        }
        try (Connection other = LocalStoreFixture.raw(settings.database())) {
            other.setAutoCommit(false);
            try (Statement statement = other.createStatement()) {
                // another program holds the write lock while Curator starts
                statement.execute("INSERT INTO sync_state (key, value) VALUES ('held', 'by another program')");
            }

            assertThatThrownBy(() -> LocalStore.open(settings, clock))
                    .isInstanceOf(LocalStoreLocked.class)
                    .hasMessageContaining(settings.database() + " is locked by another program");

            other.rollback();
        }
        try (LocalStore store = LocalStore.open(settings, clock)) {
            assertThat(store.contentLibrary().find(kept.id())).contains(kept);
            assertThat(store.startCheck().kind())
                    .as("the open that failed counts as unclean: the full check runs")
                    .isEqualTo(StartCheck.Kind.FULL);
        }
    }

    @Test
    void aSnapshotFromANewerCuratorIsRefusedByRestoreAndTheCurrentFileStays() throws Exception {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        BackupFile snapshot;
        try (LocalStore store = LocalStore.open(settings, clock)) {
            store.contentLibrary().save(ContentSamples.draft("Current", "x", clock.instant()));
            snapshot = store.backups().snapshot("manual");
        }
        LocalStoreFixture.execute(
                snapshot.path(),
                "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                        + " installed_by, execution_time, success) VALUES (99, '99', 'from the future', 'SQL',"
                        + " 'V99__from_the_future.sql', 1, 'curator', 1, 1)");
        byte[] current = Files.readAllBytes(settings.database());

        assertThatThrownBy(() -> LocalRestore.restore(settings, snapshot.path(), clock))
                .isInstanceOf(LocalStoreTooNew.class)
                .hasMessageContaining("written by a newer Curator");
        assertThat(Files.readAllBytes(settings.database())).isEqualTo(current);
        assertThat(settings.database().resolveSibling("curator.db.restoring"))
                .as("no staging file left")
                .doesNotExist();
    }

    static void scribble(Path file, long from, int length) throws java.io.IOException {
        byte[] garbage = new byte[length];
        new Random(42).nextBytes(garbage);
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.seek(from);
            out.write(garbage);
        }
    }
}
