package com.eesystem.curator.app;

import com.eesystem.curator.storage.local.BackupFile;
import com.eesystem.curator.storage.local.LocalBackups;
import com.eesystem.curator.storage.local.LocalRestore;
import com.eesystem.curator.storage.local.LocalStoreSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Tries a restore of a backup into a scratch file beside the backups (copy, integrity check, migration,
 * integrity check again) without touching the current database, so the window can refuse a bad backup
 * while it is still open, and offer only a backup that will work.
 */
final class BackupCheck {

    private BackupCheck() {}

    /** Throws the restore's own failure (naming the file and SQLite's report) when the backup is not good. */
    static void verify(LocalStoreSettings settings, Path backup, Clock clock) {
        // a folder of its own: a migration during the trial takes its own "before" snapshot there
        Path folder = settings.backups().resolve("checking-" + System.nanoTime());
        Path scratch = folder.resolve("trial.db");
        LocalStoreSettings trial = new LocalStoreSettings(
                scratch,
                folder,
                1,
                settings.busyTimeout(),
                settings.cacheSizeKib(),
                settings.cleanupInterval(),
                settings.finishedQueueRetention(),
                settings.backupInterval(),
                settings.backupsKept());
        try {
            Files.createDirectories(folder);
            LocalRestore.restore(trial, backup, clock);
        } catch (IOException e) {
            throw new IllegalStateException("cannot check " + backup + ": " + folder + " cannot be created: " + e, e);
        } finally {
            deleteTree(folder);
        }
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a leftover trial folder is harmless: its files are not named like backups
        }
    }

    /** The newest snapshot that passes {@link #verify}, checking newest first. */
    static Optional<BackupFile> latestGood(LocalStoreSettings settings, Clock clock) {
        List<BackupFile> snapshots = LocalBackups.list(settings.backups()).stream()
                .filter(file -> file.kind() == BackupFile.Kind.SNAPSHOT)
                .toList();
        for (int index = snapshots.size() - 1; index >= 0; index--) {
            BackupFile candidate = snapshots.get(index);
            try {
                verify(settings, candidate.path(), clock);
                return Optional.of(candidate);
            } catch (RuntimeException bad) {
                org.slf4j.LoggerFactory.getLogger(BackupCheck.class)
                        .warn("Backup {} is not usable: {}", candidate.path(), bad.getMessage());
            }
        }
        return Optional.empty();
    }
}
