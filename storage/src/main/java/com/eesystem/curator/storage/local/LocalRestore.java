package com.eesystem.curator.storage.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Puts a snapshot back in place of the local database. The store must be closed (the command line runs
 * without one; Settings closes and reopens it). Order matters so a bad backup never costs the current
 * data: the backup is copied to a staging file, checked with integrity_check, migrated to this app's
 * schema (a snapshot from a newer Curator is refused here), and only then is the current file moved
 * aside (kept under {@code backups/replaced-<time>/}) and the staging file moved in.
 */
public final class LocalRestore {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private LocalRestore() {}

    /** What a restore did: where the replaced database went (absent if there was none). */
    public record Restored(Path from, Path database, java.util.Optional<Path> replacedKeptIn) {}

    public static Restored restore(LocalStoreSettings settings, Path backup, Clock clock) {
        LocalDatabase.refuseFxThread("restoring the local store");
        Path database = settings.database();
        Path staging = database.resolveSibling(database.getFileName() + ".restoring");
        try {
            if (!Files.isRegularFile(backup)) {
                throw new LocalStoreUnavailable(database, "backup " + backup + " does not exist", null);
            }
            IntegrityCheck.verify(backup);
            DatabaseFiles.deleteWithCompanions(staging);
            Files.copy(backup, staging);
            LocalStoreSettings stagingSettings = new LocalStoreSettings(
                    staging,
                    settings.backups(),
                    1,
                    settings.busyTimeout(),
                    settings.cacheSizeKib(),
                    settings.cleanupInterval(),
                    settings.finishedQueueRetention(),
                    settings.backupInterval(),
                    settings.backupsKept());
            new LocalMigrator(stagingSettings, clock).migrate();
            IntegrityCheck.verify(staging);
            java.util.Optional<Path> keptIn = java.util.Optional.empty();
            if (Files.exists(database)) {
                Path aside = settings.backups().resolve("replaced-" + STAMP.format(clock.instant()));
                DatabaseFiles.moveAside(database, aside);
                keptIn = java.util.Optional.of(aside);
            }
            DatabaseFiles.replaceWithCopyOf(staging, database);
            return new Restored(backup, database, keptIn);
        } catch (IOException e) {
            throw new LocalStoreUnavailable(database, "restoring " + backup + " failed: " + e, e);
        } finally {
            try {
                DatabaseFiles.deleteWithCompanions(staging);
            } catch (IOException ignored) {
                // a leftover staging file is overwritten by the next restore
            }
        }
    }
}
