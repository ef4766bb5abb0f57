package com.eesystem.curator.app;

import com.eesystem.curator.storage.local.BackupFile;
import com.eesystem.curator.storage.local.LocalRestore;
import com.eesystem.curator.storage.local.LocalStoreCorrupt;
import com.eesystem.curator.storage.local.LocalStoreException;
import com.eesystem.curator.storage.local.LocalStoreSettings;
import com.eesystem.curator.ui.shell.StartRefused;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;

/**
 * Turns a local store that cannot open into what the window shows instead of the shell: the cause in
 * plain words and, for a damaged file, "Restore from backup <date>" with the newest backup that passes
 * the integrity check. The damaged file is never recreated empty; a restore keeps it aside.
 */
public final class StartProblems {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    private StartProblems() {}

    public static StartRefused refusal(
            LocalStoreException failure, LocalStoreSettings settings, RestartRequest restart, Clock clock) {
        if (!(failure instanceof LocalStoreCorrupt)) {
            return new StartRefused(failure.getMessage(), Optional.empty(), failure);
        }
        return damaged(
                failure,
                "The local database " + settings.database() + " is damaged (SQLite's integrity check"
                        + " failed), so Curator did not open it and did not replace it.",
                settings,
                clock,
                (backup, when) -> () -> {
                    // the store is not open: the backup goes in place now, then Curator restarts on it
                    LocalRestore.Restored restored = LocalRestore.restore(settings, backup.path(), clock);
                    String kept = restored.replacedKeptIn()
                            .map(folder -> " The damaged file is kept in " + folder + ".")
                            .orElse("");
                    restart.restart();
                    return "Restored the backup of " + when + "." + kept + " Curator restarts.";
                });
    }

    /**
     * The check that runs after the window opened found the open store damaged: the workspace gives way to
     * the same message and offer. The store is open, so the restore happens after the window closed and
     * the store with it ({@link RestartRequest#restoreThenRestart}); until then the store refuses writes.
     */
    public static StartRefused damagedAfterOpening(
            LocalStoreCorrupt failure, LocalStoreSettings settings, RestartRequest restart, Clock clock) {
        return damaged(
                failure,
                "The local database " + settings.database() + " is damaged (SQLite's integrity check, run"
                        + " after the window opened, failed), so Curator stopped writing to it and did not"
                        + " replace it.",
                settings,
                clock,
                (backup, when) -> () -> {
                    restart.restoreThenRestart(backup.path());
                    return "Curator closes, restores the backup of " + when + " (the damaged file is kept in "
                            + settings.backups() + ") and starts again.";
                });
    }

    private static StartRefused damaged(
            LocalStoreException failure,
            String message,
            LocalStoreSettings settings,
            Clock clock,
            BiFunction<BackupFile, String, Callable<String>> restore) {
        Optional<BackupFile> good = BackupCheck.latestGood(settings, clock);
        if (good.isEmpty()) {
            return new StartRefused(
                    message + " There is no usable backup in " + settings.backups()
                            + "; the team store still holds everything that was synced.",
                    Optional.empty(),
                    failure);
        }
        BackupFile backup = good.get();
        String when = WHEN.format(backup.takenAt());
        StartRefused.Offer offer = new StartRefused.Offer("Restore from backup " + when, restore.apply(backup, when));
        return new StartRefused(
                message + " The newest good backup is from " + when
                        + "; changes made after it that were not synced are only in the damaged file.",
                Optional.of(offer),
                failure);
    }
}
