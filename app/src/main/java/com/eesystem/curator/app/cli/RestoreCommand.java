package com.eesystem.curator.app.cli;

import com.eesystem.curator.storage.local.BackupFile;
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
            "Replace the local store with a snapshot, after checking it (PRAGMA integrity_check).",
            "Close Curator first. The replaced database is kept in <data dir>/backups/replaced-<time>/."
        })
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    CuratorCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "SNAPSHOT", description = "The snapshot file (.db) to restore.")
    Path snapshot;

    @Option(names = "--latest", description = "Restore the newest snapshot in the backups folder.")
    boolean latest;

    @Override
    public Integer call() {
        if ((snapshot == null) == !latest) {
            throw new ParameterException(spec.commandLine(), "give either a SNAPSHOT file or --latest (one of them)");
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
            LocalRestore.Restored restored = LocalRestore.restore(settings, file.toAbsolutePath(), Clock.systemUTC());
            out.println("restored " + restored.from() + " into " + restored.database());
            restored.replacedKeptIn().ifPresent(kept -> out.println("the replaced database is kept in " + kept));
            return 0;
        } catch (LocalStoreException e) {
            err.println("curator restore: " + e.getMessage());
            return 1;
        }
    }
}
