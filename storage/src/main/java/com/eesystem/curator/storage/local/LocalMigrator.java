package com.eesystem.curator.storage.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteDataSource;

/**
 * Brings the file to the newest schema with Flyway (versioned SQL under {@code db/local}, each checked
 * against its recorded CRC32 checksum). Before any migration of a file that already holds data, a
 * snapshot is taken; if a migration fails the file is put back from it. A file whose schema is newer than
 * this app's migrations is refused untouched.
 */
final class LocalMigrator {

    static final String LOCATION = "classpath:db/local";
    private static final Logger LOG = LoggerFactory.getLogger(LocalMigrator.class);

    private final LocalStoreSettings settings;
    private final Clock clock;
    private final List<String> locations;
    private final MigrationVersion target;

    LocalMigrator(LocalStoreSettings settings, Clock clock) {
        this(settings, clock, List.of(LOCATION), MigrationVersion.LATEST);
    }

    /** For tests: extra migration locations (e.g. one that fails) or an older target version. */
    LocalMigrator(LocalStoreSettings settings, Clock clock, List<String> locations, MigrationVersion target) {
        this.settings = settings;
        this.clock = clock;
        this.locations = List.copyOf(locations);
        this.target = target;
    }

    /** What {@link #migrate} did. */
    record Outcome(String fromVersion, String toVersion, int applied, Optional<Path> backup) {}

    Outcome migrate() {
        Path database = settings.database();
        try {
            Files.createDirectories(database.getParent());
        } catch (IOException e) {
            throw new LocalStoreUnavailable(database, "cannot create its folder: " + e, e);
        }
        boolean heldData;
        try {
            heldData = DatabaseFiles.holdsData(database);
        } catch (IOException e) {
            throw new LocalStoreUnavailable(database, "cannot read it: " + e, e);
        }
        Flyway flyway = flyway();
        MigrationInfoService info;
        try {
            info = flyway.info();
        } catch (FlywayException e) {
            throw sqliteFailure(database, "reading the schema version", e)
                    .orElseGet(() -> new LocalStoreUnavailable(
                            database, "reading the schema version failed: " + e.getMessage(), e));
        }
        refuseNewer(database, info);
        if (info.current() == null && heldData) {
            refuseForeign(database);
        }
        String from = currentVersion(info);
        if (info.pending().length == 0) {
            try {
                flyway.validate();
            } catch (FlywayException e) {
                throw sqliteFailure(database, "checking the schema history", e)
                        .orElseGet(() -> new LocalStoreUnavailable(
                                database,
                                "its schema history does not match this Curator's migrations (was a migration"
                                        + " edited?): " + e.getMessage().replace('\n', ' '),
                                e));
            }
            return new Outcome(from, from, 0, Optional.empty());
        }
        // a file that held anything before we touched it is backed up, even without our schema history
        Optional<Path> backup = heldData ? Optional.of(backupBeforeMigrating(info)) : Optional.empty();
        try {
            MigrateResult result = flyway.migrate();
            LOG.info(
                    "local store {} migrated from schema {} to {} ({} migrations)",
                    database,
                    from,
                    result.targetSchemaVersion,
                    result.migrationsExecuted);
            return new Outcome(from, result.targetSchemaVersion, result.migrationsExecuted, backup);
        } catch (FlywayException e) {
            // SQLite runs each migration in its own transaction: the failed one is the first still pending
            String failed = firstPendingVersion(flyway.info());
            putBack(database, backup, e);
            throw new LocalMigrationFailed(database, failed, backup.orElse(null), e);
        }
    }

    /**
     * A lock, full disk or damaged file met while Flyway read the history is that, not a history mismatch:
     * reported as the store's own failure so the user reads the real cause.
     */
    private Optional<LocalStoreException> sqliteFailure(Path database, String doing, FlywayException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                LocalStoreException translated = SqliteFailures.translate(database, doing, settings.busyTimeout(), sql);
                return translated instanceof LocalStoreUnavailable ? Optional.empty() : Optional.of(translated);
            }
        }
        return Optional.empty();
    }

    /** The newest schema version this app's migrations produce. */
    String knownVersion() {
        return Arrays.stream(flyway().info().all())
                .filter(m -> !m.getState().name().startsWith("FUTURE"))
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder())
                .map(MigrationVersion::getVersion)
                .orElse("0");
    }

    private Flyway flyway() {
        SQLiteDataSource dataSource = new SQLiteDataSource(LocalDatabase.config(settings, false));
        dataSource.setUrl(LocalDatabase.url(settings.database()));
        return Flyway.configure(LocalMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .target(target)
                .cleanDisabled(true)
                .validateMigrationNaming(true)
                .validateOnMigrate(true)
                .load();
    }

    private void refuseNewer(Path database, MigrationInfoService info) {
        Optional<MigrationInfo> newest = Arrays.stream(info.applied())
                .filter(m -> m.getState().name().startsWith("FUTURE"))
                .max(Comparator.comparing(MigrationInfo::getVersion));
        if (newest.isPresent()) {
            throw new LocalStoreTooNew(database, newest.get().getVersion().getVersion(), knownVersion());
        }
    }

    /** A file with tables but without our schema history is some other program's database: leave it be. */
    private void refuseForeign(Path database) {
        try (Connection connection =
                        LocalDatabase.config(settings, true).createConnection(LocalDatabase.url(database));
                PreparedStatement select = connection.prepareStatement(
                        "SELECT group_concat(name, ', ') FROM sqlite_schema WHERE type = 'table'"
                                + " AND name NOT LIKE 'sqlite_%' AND name <> 'flyway_schema_history'");
                java.sql.ResultSet row = select.executeQuery()) {
            String tables = row.next() ? row.getString(1) : null;
            if (tables != null) {
                throw new LocalStoreUnavailable(
                        database,
                        "is not a Curator database (it has the tables " + tables
                                + " but no Curator schema history); it was left unchanged. Point --data-dir"
                                + " elsewhere or move the file away.",
                        null);
            }
        } catch (SQLException e) {
            throw SqliteFailures.translate(database, "reading its tables", settings.busyTimeout(), e);
        }
    }

    private Path backupBeforeMigrating(MigrationInfoService info) {
        Path database = settings.database();
        BackupFile file = BackupFile.snapshot(
                settings.backups(),
                clock.instant(),
                0,
                "before-v" + currentVersion(info).replace('.', '-'));
        try {
            Files.createDirectories(settings.backups());
            try (Connection connection =
                            LocalDatabase.config(settings, false).createConnection(LocalDatabase.url(database));
                    PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, file.path().toString());
                vacuum.execute();
            }
            return file.path();
        } catch (SQLException e) {
            throw SqliteFailures.translate(database, "backing up before the migration", settings.busyTimeout(), e);
        } catch (IOException e) {
            throw new LocalStoreUnavailable(database, "backup folder " + settings.backups() + ": " + e, e);
        }
    }

    private static void putBack(Path database, Optional<Path> backup, FlywayException failure) {
        try {
            if (backup.isPresent()) {
                DatabaseFiles.replaceWithCopyOf(backup.get(), database);
            } else {
                // the file was new: nothing to keep but the half-built schema
                DatabaseFiles.deleteWithCompanions(database);
            }
        } catch (IOException e) {
            failure.addSuppressed(e);
            throw new LocalStoreUnavailable(
                    database,
                    "migration failed and putting back "
                            + backup.map(Path::toString).orElse("the empty file") + " failed too: " + e.getMessage(),
                    failure);
        }
    }

    private static String currentVersion(MigrationInfoService info) {
        return info.current() == null ? "0" : info.current().getVersion().getVersion();
    }

    private static String firstPendingVersion(MigrationInfoService info) {
        MigrationInfo[] pending = info.pending();
        return pending.length == 0 ? "?" : pending[0].getVersion().getVersion();
    }
}
