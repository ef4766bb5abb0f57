package com.eesystem.curator.storage.local;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's housekeeping on one background thread: cleanup every {@code cleanupInterval}, and a backup
 * tick that takes a snapshot when the newest one is older than {@code backupInterval} (so a day the app
 * was closed is made up at the next start) and otherwise writes an incremental outbox segment.
 */
final class LocalMaintenance implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalMaintenance.class);
    private static final Duration LONGEST_BACKUP_TICK = Duration.ofMinutes(15);

    private final LocalStoreSettings settings;
    private final LocalBackups backups;
    private final LocalCleanup cleanup;
    private final Clock clock;
    private ScheduledExecutorService executor;

    LocalMaintenance(LocalStoreSettings settings, LocalBackups backups, LocalCleanup cleanup, Clock clock) {
        this.settings = settings;
        this.backups = backups;
        this.cleanup = cleanup;
        this.clock = clock;
    }

    /** What one backup tick did. */
    sealed interface BackupTick {
        record Snapshot(BackupFile file) implements BackupTick {}

        record Segment(BackupFile file) implements BackupTick {}

        record NothingNew() implements BackupTick {}
    }

    synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "curator-local-maintenance");
            thread.setDaemon(true);
            return thread;
        });
        long cleanupMillis = settings.cleanupInterval().toMillis();
        long backupMillis =
                Math.min(settings.backupInterval().dividedBy(24).toMillis() + 1, LONGEST_BACKUP_TICK.toMillis());
        executor.scheduleWithFixedDelay(this::cleanUpLogged, cleanupMillis, cleanupMillis, TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(this::backupLogged, 0, backupMillis, TimeUnit.MILLISECONDS);
    }

    BackupTick backupTick() {
        Optional<BackupFile> latest = backups.latestSnapshot();
        Instant now = clock.instant();
        if (latest.isEmpty()
                || !latest.get().takenAt().plus(settings.backupInterval()).isAfter(now)) {
            return new BackupTick.Snapshot(backups.snapshot(LocalBackups.SCHEDULED));
        }
        return backups.incremental().<BackupTick>map(BackupTick.Segment::new).orElse(new BackupTick.NothingNew());
    }

    private void cleanUpLogged() {
        try {
            CleanupReport report = cleanup.run();
            if (report.total() > 0) {
                LOG.info("local store cleanup: {}", report);
            }
        } catch (RuntimeException e) {
            // the next tick tries again; a failing cleanup must not stop the backups
            LOG.warn("local store cleanup failed: {}", e.getMessage(), e);
        }
    }

    private void backupLogged() {
        try {
            BackupTick tick = backupTick();
            if (!(tick instanceof BackupTick.NothingNew)) {
                LOG.info("local store backup: {}", tick);
            }
        } catch (RuntimeException e) {
            LOG.warn("local store backup failed: {}", e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }
}
