package com.eesystem.curator.storage.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the local store runs. {@link #defaults} gives the values the app uses; tests shorten the
 * timeouts.
 *
 * @param database the SQLite file
 * @param backups the folder for snapshots and outbox segments
 * @param readers size of the read-connection pool (writes always go through one connection)
 * @param busyTimeout how long a statement waits for a lock held by another process
 * @param cacheSizeKib page cache per connection
 * @param cleanupInterval how often expired rows are removed (also once at open)
 * @param finishedQueueRetention how long completed/failed generation_queue rows are kept
 * @param backupInterval how often a snapshot is taken (a missed one is taken at open)
 * @param backupsKept snapshots kept; older ones and their outbox segments are deleted
 */
public record LocalStoreSettings(
        Path database,
        Path backups,
        int readers,
        Duration busyTimeout,
        int cacheSizeKib,
        Duration cleanupInterval,
        Duration finishedQueueRetention,
        Duration backupInterval,
        int backupsKept) {

    public LocalStoreSettings {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(backups, "backups");
        database = database.toAbsolutePath().normalize();
        backups = backups.toAbsolutePath().normalize();
        if (readers < 1 || readers > 16) {
            throw new IllegalArgumentException("readers: " + readers + ", must be 1..16");
        }
        positive("busyTimeout", busyTimeout);
        if (cacheSizeKib < 256) {
            throw new IllegalArgumentException("cacheSizeKib: " + cacheSizeKib + ", must be at least 256");
        }
        positive("cleanupInterval", cleanupInterval);
        positive("finishedQueueRetention", finishedQueueRetention);
        positive("backupInterval", backupInterval);
        if (backupsKept < 1) {
            throw new IllegalArgumentException("backupsKept: " + backupsKept + ", must be at least 1");
        }
    }

    /** Daily backups (7 kept), cleanup every 15 minutes, finished generation tasks kept 7 days. */
    public static LocalStoreSettings defaults(Path database, Path backups) {
        return new LocalStoreSettings(
                database,
                backups,
                4,
                Duration.ofSeconds(5),
                16 * 1024,
                Duration.ofMinutes(15),
                Duration.ofDays(7),
                Duration.ofDays(1),
                7);
    }

    public LocalStoreSettings withBusyTimeout(Duration timeout) {
        return new LocalStoreSettings(
                database,
                backups,
                readers,
                timeout,
                cacheSizeKib,
                cleanupInterval,
                finishedQueueRetention,
                backupInterval,
                backupsKept);
    }

    public LocalStoreSettings withFinishedQueueRetention(Duration retention) {
        return new LocalStoreSettings(
                database,
                backups,
                readers,
                busyTimeout,
                cacheSizeKib,
                cleanupInterval,
                retention,
                backupInterval,
                backupsKept);
    }

    public LocalStoreSettings withBackupsKept(int kept) {
        return new LocalStoreSettings(
                database,
                backups,
                readers,
                busyTimeout,
                cacheSizeKib,
                cleanupInterval,
                finishedQueueRetention,
                backupInterval,
                kept);
    }

    private static void positive(String field, Duration value) {
        Objects.requireNonNull(value, field);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(field + ": " + value + ", must be positive");
        }
    }
}
