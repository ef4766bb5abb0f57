package com.eesystem.curator.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.storage.local.LocalStoreSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The local-store commands (backup, restore, cleanup, audit, demo) through the real command line on a real data dir. */
class LocalStoreCommandsTest {

    @TempDir
    Path dataDir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine commandLine = CuratorCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] all = Stream.concat(Stream.of("--data-dir", dataDir.toString()), Stream.of(args))
                .toArray(String[]::new);
        return commandLine.execute(all);
    }

    LocalStoreSettings settings() {
        return LocalStoreSettings.defaults(dataDir.resolve("curator.db"), dataDir.resolve("backups"));
    }

    @Test
    void backupWritesASnapshotIntoTheBackupsFolder() throws Exception {
        try (LocalStore store = LocalStore.open(settings(), Clock.systemUTC())) {
            store.userPreferences().put("u1", "theme", "dark");
        }

        int exit = run("backup");

        assertThat(exit).isZero();
        try (Stream<Path> files = Files.list(dataDir.resolve("backups"))) {
            Path snapshot = files.filter(f -> f.toString().endsWith("-manual.db"))
                    .findFirst()
                    .orElseThrow();
            assertThat(out.toString()).contains("backed up " + dataDir.resolve("curator.db") + " to " + snapshot);
        }
        assertThat(run("backup", "--list")).isZero();
        assertThat(out.toString()).containsPattern("snapshot \\(manual, outbox up to 0\\)  [0-9,]+ KiB  ");
        assertThat(run("backup", "--incremental")).isZero();
        assertThat(out.toString()).contains("no changes since the last backup");
    }

    @Test
    void restoreLatestPutsTheSnapshotBack() throws Exception {
        try (LocalStore store = LocalStore.open(settings(), Clock.systemUTC())) {
            store.userPreferences().put("u1", "theme", "dark");
        }
        assertThat(run("backup")).isZero();
        try (LocalStore store = LocalStore.open(settings(), Clock.systemUTC())) {
            store.userPreferences().put("u1", "theme", "light");
        }

        int exit = run("restore", "--latest");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("restored ").contains("the replaced database is kept in ");
        try (LocalStore store = LocalStore.open(settings(), Clock.systemUTC())) {
            assertThat(store.userPreferences().get("u1", "theme")).contains("dark");
        }
    }

    @Test
    void restoreLatestReplaysTheChangesBackedUpAfterTheSnapshotUnlessSnapshotOnly() throws Exception {
        assertThat(run("backup")).isZero();
        var afterSnapshot = SyncCommandTest.draft("Written after the snapshot");
        try (LocalStore store = LocalStore.open(settings(), Clock.systemUTC())) {
            store.contentLibrary().save(afterSnapshot);
        } // closing writes the incremental backup

        assertThat(run("restore", "--latest", "--snapshot-only"))
                .as(err.toString())
                .isZero();
        try (LocalStore store = LocalStore.open(settings(), Clock.systemUTC())) {
            assertThat(store.contentLibrary().find(afterSnapshot.id())).isEmpty();
        }
        assertThat(run("restore", "--latest")).as(err.toString()).isZero();

        assertThat(out.toString()).contains("replayed 1 incremental backups: 1 changes applied");
        try (LocalStore store = LocalStore.open(settings(), Clock.systemUTC())) {
            assertThat(store.contentLibrary().find(afterSnapshot.id())).contains(afterSnapshot);
        }
    }

    @Test
    void restoreOfADamagedFileFailsAndSaysWhy() throws Exception {
        try (LocalStore store = LocalStore.open(settings(), Clock.systemUTC())) {
            store.userPreferences().put("u1", "theme", "dark");
        }
        Path bogus = dataDir.resolve("bogus.db");
        Files.writeString(bogus, "not a database at all ".repeat(300));

        int exit = run("restore", bogus.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("curator restore: local store " + bogus + " is damaged");
        try (LocalStore store = LocalStore.open(settings(), Clock.systemUTC())) {
            assertThat(store.userPreferences().get("u1", "theme")).contains("dark");
        }
    }

    @Test
    void restoreNeedsAFileOrLatest() {
        assertThat(run("restore")).isEqualTo(2);
        assertThat(err.toString()).contains("give either a BACKUP file or --latest");
    }

    @Test
    void cleanupReportsWhatItRemoved() throws Exception {
        LocalStore.open(settings(), Clock.systemUTC()).close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("curator.db"));
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO sessions (id, user_id, expires_at) VALUES"
                    + " ('old', 'u1', '2000-01-01 00:00:00'), ('live', 'u1', '2999-01-01 00:00:00')");
        }

        int exit = run("cleanup");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("removed 1 expired sessions, 0 cache entries");
    }

    @ParameterizedTest(name = "curator {0}")
    @ValueSource(strings = {"backup", "cleanup", "audit verify", "audit export", "demo seed", "demo clear"})
    void everyLocalStoreCommandReportsADamagedStoreTheSameWayAndLeavesItAlone(String command) throws Exception {
        Path database = dataDir.resolve("curator.db");
        Files.writeString(database, "not a database at all ".repeat(300));
        byte[] damaged = Files.readAllBytes(database);

        int exit = run(command.split(" "));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).startsWith("curator " + command + ": ").contains(database.toString());
        assertThat(Files.readAllBytes(database)).isEqualTo(damaged);
    }
}
