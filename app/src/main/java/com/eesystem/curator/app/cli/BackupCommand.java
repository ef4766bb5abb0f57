package com.eesystem.curator.app.cli;

import com.eesystem.curator.storage.local.BackupEntry;
import com.eesystem.curator.storage.local.BackupFile;
import com.eesystem.curator.storage.local.LocalBackups;
import com.eesystem.curator.storage.local.LocalStoreSettings;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "backup",
        mixinStandardHelpOptions = true,
        description = {
            "Back up the local store into <data dir>/backups while it may be in use.",
            "Default: a full snapshot. --incremental: only the changes since the last backup (outbox rows as JSON Lines)."
        })
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    CuratorCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--incremental", description = "Write only the changes since the last snapshot or segment.")
    boolean incremental;

    @Option(names = "--list", description = "List the backups instead of taking one.")
    boolean list;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        return LocalStoreCommands.withStore(parent.dataDirectory(), spec, store -> {
            LocalStoreSettings settings = store.settings();
            LocalBackups backups = store.backups();
            if (list) {
                List<BackupEntry> entries = backups.entries();
                if (entries.isEmpty()) {
                    out.println("no backups in " + settings.backups());
                }
                for (BackupEntry entry : entries) {
                    out.println(entry.takenAt() + "  " + describe(entry.file()) + "  "
                            + String.format(java.util.Locale.ROOT, "%,d KiB", (entry.sizeBytes() + 1023) / 1024)
                            + "  " + entry.path());
                }
                return 0;
            }
            if (incremental) {
                Optional<BackupFile> segment = backups.incremental();
                out.println(segment.map(file -> "wrote " + describe(file) + " to " + file.path())
                        .orElse("no changes since the last backup; nothing written"));
                return 0;
            }
            BackupFile snapshot = backups.snapshot("manual");
            out.println("backed up " + settings.database() + " to " + snapshot.path());
            return 0;
        });
    }

    private static String describe(BackupFile file) {
        return switch (file.kind()) {
            case SNAPSHOT -> "snapshot (" + file.reason() + ", outbox up to " + file.outboxSequence() + ")";
            case OUTBOX_SEGMENT -> "changes " + file.firstSequence() + ".." + file.outboxSequence();
        };
    }
}
