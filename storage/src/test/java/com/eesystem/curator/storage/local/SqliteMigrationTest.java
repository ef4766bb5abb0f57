package com.eesystem.curator.storage.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SqliteMigrationTest {

    @TempDir
    Path folder;

    LocalStoreFixture.MutableClock clock = LocalStoreFixture.clock();

    static final String SCHEMA =
            "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_schema ORDER BY type, name";

    @Test
    void anEmptyFileIsMigratedToTheNewestVersion() throws SQLException {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);

        LocalMigrator.Outcome outcome = new LocalMigrator(settings, clock).migrate();

        assertThat(outcome.fromVersion()).isEqualTo("0");
        assertThat(outcome.toVersion()).isEqualTo(newestVersion());
        assertThat(outcome.backup()).as("nothing to back up in a new file").isEmpty();
        assertThat(
                        LocalStoreFixture.query(
                                settings.database(),
                                "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank"))
                .allSatisfy(row -> assertThat(row.get(1)).isEqualTo("1"))
                .hasSize(versions().size());
    }

    static Stream<Integer> earlierVersions() {
        List<Integer> versions = versions();
        return versions.subList(0, versions.size() - 1).stream();
    }

    @ParameterizedTest(name = "from version {0}")
    @MethodSource("earlierVersions")
    void everyEarlierVersionMigratesToTheSameSchemaKeepingItsRows(int version) throws SQLException {
        Path fresh = folder.resolve("fresh");
        new LocalMigrator(LocalStoreFixture.settings(fresh), clock).migrate();
        LocalStoreSettings settings = LocalStoreFixture.settings(folder.resolve("old"));
        new LocalMigrator(settings, clock, List.of(LocalMigrator.LOCATION), MigrationVersion.fromVersion("" + version))
                .migrate();
        LocalStoreFixture.execute(
                settings.database(),
                "INSERT INTO user_preferences (user_id, preference_key, preference_value) VALUES ('u1', 'theme', 'dark')");

        LocalMigrator.Outcome outcome = new LocalMigrator(settings, clock).migrate();

        assertThat(outcome.fromVersion()).isEqualTo("" + version);
        assertThat(outcome.toVersion()).isEqualTo(newestVersion());
        assertThat(outcome.backup())
                .hasValueSatisfying(backup -> assertThat(backup).exists());
        assertThat(LocalStoreFixture.query(settings.database(), SCHEMA))
                .isEqualTo(LocalStoreFixture.query(fresh.resolve("curator.db"), SCHEMA));
        assertThat(LocalStoreFixture.single(
                        settings.database(), "SELECT preference_value FROM user_preferences WHERE user_id = 'u1'"))
                .isEqualTo("dark");
    }

    @Test
    void aFailedMigrationIsUndoneFromTheBackupTakenBeforeIt() throws SQLException {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        try (LocalStore store = LocalStore.open(settings, clock)) {
            store.userPreferences().put("u1", "theme", "dark");
        }
        LocalMigrator broken = new LocalMigrator(
                settings,
                clock,
                List.of(LocalMigrator.LOCATION, "classpath:com/eesystem/curator/storage/local/brokenmigration"),
                MigrationVersion.LATEST);

        assertThatThrownBy(broken::migrate).isInstanceOfSatisfying(LocalMigrationFailed.class, failure -> {
            assertThat(failure.failedVersion()).isEqualTo("900");
            assertThat(failure.backup()).exists();
            assertThat(failure.getMessage())
                    .contains("migration to schema version 900 failed", "no such table: no_such_table")
                    .contains("restored from " + failure.backup());
        });
        assertThat(LocalStoreFixture.query(
                        settings.database(), "SELECT name FROM sqlite_schema WHERE name = 'half_done'"))
                .as("the half-committed table is gone")
                .isEmpty();
        assertThat(LocalStoreFixture.single(
                        settings.database(), "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history"))
                .isEqualTo(newestVersion());
        try (LocalStore store = LocalStore.open(settings, clock)) {
            assertThat(store.userPreferences().get("u1", "theme")).contains("dark");
        }
    }

    @Test
    void anEditedMigrationIsCaughtByItsChecksum() throws SQLException {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        LocalStore.open(settings, clock).close();
        LocalStoreFixture.execute(
                settings.database(), "UPDATE flyway_schema_history SET checksum = 12345 WHERE version = '2'");

        assertThatThrownBy(() -> LocalStore.open(settings, clock))
                .isInstanceOf(LocalStoreUnavailable.class)
                .hasMessageContaining("schema history does not match")
                .hasMessageContaining("checksum mismatch for migration version 2");
    }

    @Test
    void aDatabaseFromANewerCuratorIsRefusedAndLeftUntouched() throws Exception {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        LocalStore.open(settings, clock).close();
        LocalStoreFixture.execute(
                settings.database(),
                "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                        + " installed_by, execution_time, success) VALUES (99, '99', 'from the future', 'SQL',"
                        + " 'V99__from_the_future.sql', 1, 'curator', 1, 1)");
        byte[] before = Files.readAllBytes(settings.database());

        assertThatThrownBy(() -> LocalStore.open(settings, clock))
                .isInstanceOfSatisfying(LocalStoreTooNew.class, tooNew -> {
                    assertThat(tooNew.foundVersion()).isEqualTo("99");
                    assertThat(tooNew.knownVersion()).isEqualTo(newestVersion());
                })
                .hasMessageContaining("has schema version 99, but this Curator knows versions up to " + newestVersion())
                .hasMessageContaining("written by a newer Curator");
        assertThat(Files.readAllBytes(settings.database())).isEqualTo(before);
    }

    private static String newestVersion() {
        return String.valueOf(versions().getLast());
    }

    /** The versions of the migration files, ascending (owners take numbers in parallel, so gaps may occur). */
    private static List<Integer> versions() {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/local"))) {
            return files.map(f -> f.getFileName().toString())
                    .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .sorted()
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
