package com.eesystem.curator.storage.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Puts a backup back in place of the local database. The store must be closed (the command line runs
 * without one; Settings closes and reopens it). Order matters so a bad backup never costs the current
 * data: the snapshot is copied to a staging file, checked with integrity_check, migrated to this app's
 * schema (a snapshot from a newer Curator is refused here), the incremental backups after it are
 * replayed onto it ({@link SegmentReplay}), it is checked again, and only then is the current file moved
 * aside (kept under {@code backups/replaced-<time>/}) and the staging file moved in.
 *
 * <p>Which incremental backups are replayed: restoring a snapshot replays the segments written after it
 * up to the next snapshot (its own increments, so "restore the newest snapshot" brings back the changes
 * since it); restoring a segment restores the snapshot before it plus the segments up to and including
 * it (a point in time). {@link Mode#SNAPSHOT_ONLY} replays none.
 */
public final class LocalRestore {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private LocalRestore() {}

    public enum Mode {
        /** The snapshot plus its incremental backups (the default). */
        WITH_INCREMENTALS,
        /** The snapshot exactly as it was taken. */
        SNAPSHOT_ONLY
    }

    /**
     * What a restore did.
     *
     * @param from the snapshot put back
     * @param replayed the incremental backups applied after it, oldest first
     * @param changesApplied changes from them written to their tables
     * @param changesKeptForSync changes put back in the outbox only (see {@link SegmentReplay.Replayed})
     * @param replacedKeptIn where the replaced database went (absent if there was none)
     */
    public record Restored(
            Path from,
            Path database,
            Optional<Path> replacedKeptIn,
            List<Path> replayed,
            int changesApplied,
            int changesKeptForSync) {}

    /** Restores a snapshot file with its incremental backups (the command line's form). */
    public static Restored restore(LocalStoreSettings settings, Path backup, Clock clock) {
        return restore(settings, backup, clock, Mode.WITH_INCREMENTALS, BackupProgress.NONE, () -> false);
    }

    /**
     * Restores {@code backup}: a file listed by {@link LocalBackups#list(Path)} (snapshot or segment) or any
     * other snapshot file (then without incrementals). {@code cancelled} is asked between steps and during
     * the copy and replay; once the swap has begun it is no longer asked.
     *
     * @throws BackupCancelled when cancelled; the current database is untouched
     * @throws LocalStoreException naming the file and what is wrong; the current database is untouched
     */
    public static Restored restore(
            LocalStoreSettings settings,
            Path backup,
            Clock clock,
            Mode mode,
            BackupProgress progress,
            BooleanSupplier cancelled) {
        LocalDatabase.refuseFxThread("restoring the local store");
        Path database = settings.database();
        if (!Files.isRegularFile(backup)) {
            throw new LocalStoreUnavailable(database, "backup " + backup + " does not exist", null);
        }
        Plan plan = plan(settings.backups(), backup.toAbsolutePath().normalize(), mode);
        Path staging = database.resolveSibling(database.getFileName() + ".restoring");
        try {
            progress.update(BackupProgress.Step.CHECKING, 0);
            IntegrityCheck.verify(plan.snapshot());
            stopIfCancelled(cancelled);
            DatabaseFiles.deleteWithCompanions(staging);
            copy(plan.snapshot(), staging, progress, cancelled);
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
            progress.update(BackupProgress.Step.MIGRATING, 0);
            new LocalMigrator(stagingSettings, clock).migrate();
            stopIfCancelled(cancelled);
            SegmentReplay.Replayed replayed =
                    SegmentReplay.replay(stagingSettings, plan.segments(), clock, progress, cancelled);
            progress.update(BackupProgress.Step.CHECKING, 0.5);
            IntegrityCheck.verify(staging);
            stopIfCancelled(cancelled);
            progress.update(BackupProgress.Step.SWAPPING, 0);
            Optional<Path> keptIn = Optional.empty();
            if (Files.exists(database)) {
                Path aside = settings.backups().resolve("replaced-" + STAMP.format(clock.instant()));
                DatabaseFiles.moveAside(database, aside);
                keptIn = Optional.of(aside);
            }
            DatabaseFiles.replaceWithCopyOf(staging, database);
            progress.update(BackupProgress.Step.DONE, 1);
            return new Restored(
                    plan.snapshot(),
                    database,
                    keptIn,
                    plan.segments().stream().map(BackupFile::path).toList(),
                    replayed.applied(),
                    replayed.keptForSync());
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

    /** The snapshot to copy and the segments to replay after it. */
    record Plan(Path snapshot, List<BackupFile> segments) {}

    static Plan plan(Path backupsFolder, Path backup, Mode mode) {
        List<BackupFile> all = LocalBackups.list(backupsFolder);
        int chosen = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).path().toAbsolutePath().normalize().equals(backup)) {
                chosen = i;
            }
        }
        if (chosen < 0) {
            if (backup.getFileName().toString().endsWith(".jsonl")) {
                throw new LocalStoreUnavailable(
                        backup,
                        "incremental backup " + backup + " is not in the backups folder " + backupsFolder
                                + ", so its snapshot cannot be found",
                        null);
            }
            return new Plan(backup, List.of()); // a snapshot from elsewhere: nothing to replay after it
        }
        BackupFile target = all.get(chosen);
        int base = chosen;
        while (base >= 0 && all.get(base).kind() != BackupFile.Kind.SNAPSHOT) {
            base--;
        }
        if (base < 0) {
            throw new LocalStoreUnavailable(
                    backup,
                    "no snapshot was taken before incremental backup " + backup + "; nothing to replay it on",
                    null);
        }
        if (mode == Mode.SNAPSHOT_ONLY) {
            return new Plan(all.get(base).path(), List.of());
        }
        List<BackupFile> segments = new ArrayList<>();
        int end = target.kind() == BackupFile.Kind.SNAPSHOT ? all.size() - 1 : chosen;
        for (int i = base + 1; i <= end && all.get(i).kind() == BackupFile.Kind.OUTBOX_SEGMENT; i++) {
            segments.add(all.get(i));
        }
        return new Plan(all.get(base).path(), segments);
    }

    private static void copy(Path from, Path to, BackupProgress progress, BooleanSupplier cancelled)
            throws IOException {
        long size = Math.max(1, Files.size(from));
        long copied = 0;
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(from);
                OutputStream out = Files.newOutputStream(to)) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                stopIfCancelled(cancelled);
                out.write(buffer, 0, read);
                copied += read;
                progress.update(BackupProgress.Step.COPYING, Math.min(1.0, copied / (double) size));
            }
        }
    }

    private static void stopIfCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new BackupCancelled("the restore");
        }
    }
}
