package com.eesystem.curator.app.cli;

import com.eesystem.curator.storage.local.BackupFile;
import com.eesystem.curator.storage.local.BackupProgress;
import com.eesystem.curator.storage.local.LocalBackups;
import com.eesystem.curator.storage.local.LocalRestore;
import com.eesystem.curator.storage.local.LocalStoreException;
import com.eesystem.curator.storage.local.LocalStoreSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        description = {
            "Replace the local store with a backup, after checking it (PRAGMA integrity_check).",
            "A snapshot (.db) is restored with the incremental backups written after it (up to the next snapshot);"
                    + " an incremental backup (.jsonl) restores its snapshot and the changes up to that file.",
            "Close Curator first. The replaced database is kept in <data dir>/backups/replaced-<time>/."
        })
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    CuratorCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(
            arity = "0..1",
            paramLabel = "BACKUP",
            description = "The snapshot (.db) or incremental backup (.jsonl) to restore.")
    Path snapshot;

    @Option(
            names = "--latest",
            description = "Restore the newest snapshot in the backups folder and the changes backed up after it.")
    boolean latest;

    @Option(
            names = "--snapshot-only",
            description = "Restore the snapshot alone, without replaying incremental backups.")
    boolean snapshotOnly;

    @Override
    public Integer call() {
        if ((snapshot == null) == !latest) {
            throw new ParameterException(spec.commandLine(), "give either a BACKUP file or --latest (one of them)");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalStoreSettings settings = LocalStoreCommands.settings(parent.dataDirectory());
        Path file = snapshot;
        if (latest) {
            var latest = LocalBackups.list(settings.backups()).stream()
                    .filter(backup -> backup.kind() == BackupFile.Kind.SNAPSHOT)
                    .reduce((first, second) -> second);
            if (latest.isEmpty()) {
                err.println("curator restore: no snapshot in " + settings.backups());
                return 1;
            }
            file = latest.get().path();
        }
        try {
            LocalRestore.Restored restored = LocalRestore.restore(
                    settings,
                    file.toAbsolutePath(),
                    Clock.systemUTC(),
                    snapshotOnly ? LocalRestore.Mode.SNAPSHOT_ONLY : LocalRestore.Mode.WITH_INCREMENTALS,
                    BackupProgress.NONE,
                    () -> false);
            out.println("restored " + restored.from() + " into " + restored.database());
            if (!restored.replayed().isEmpty()) {
                out.println("replayed " + restored.replayed().size() + " incremental backups: "
                        + restored.changesApplied() + " changes applied"
                        + (restored.changesKeptForSync() > 0
                                ? ", " + restored.changesKeptForSync() + " kept in the outbox for sync"
                                : ""));
            }
            restored.replacedKeptIn().ifPresent(kept -> out.println("the replaced database is kept in " + kept));
            return 0;
        } catch (LocalStoreException e) {
            err.println("curator restore: " + e.getMessage());
            return 1;
        }
    }
}
