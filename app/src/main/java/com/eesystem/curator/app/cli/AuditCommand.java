package com.eesystem.curator.app.cli;

import com.eesystem.curator.domain.audit.AuditTrail;
import com.eesystem.curator.domain.audit.AuditTrail.ChainVerification;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code curator audit export|verify}: the local store's hash-chained audit log (every check, submission,
 * decision and override) for auditors and scripts.
 */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "Export or verify the local audit log (append-only, hash-chained).",
        subcommands = {AuditCommand.Export.class, AuditCommand.Verify.class})
final class AuditCommand implements Runnable {

    @ParentCommand
    CuratorCommand parent;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    int withStore(CommandLine.Model.CommandSpec command, LocalStoreCommands.StoreWork work) {
        return LocalStoreCommands.withStore(parent.dataDirectory(), command, work);
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = {
                "Write every audit entry as CSV (default) or JSON Lines, oldest first, with its hash-chain fields.",
                "Columns: " + AuditTrail.CSV_HEADER
            })
    static final class Export implements Callable<Integer> {

        @ParentCommand
        AuditCommand audit;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @ArgGroup(exclusive = true)
        Format format = new Format();

        static final class Format {
            @Option(names = "--csv", description = "CSV, RFC 4180 (the default).")
            boolean csv;

            @Option(names = "--jsonl", description = "One JSON object per line.")
            boolean jsonl;
        }

        @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
        Path out;

        @Override
        public Integer call() {
            return audit.withStore(spec, store -> {
                AuditTrail trail = new AuditTrail(store.auditLog());
                if (out == null) {
                    PrintWriter stdout = spec.commandLine().getOut();
                    export(trail, stdout);
                    stdout.flush();
                    return 0;
                }
                // written next to the target and moved over it, so a failed export never leaves half a file
                Path target = out.toAbsolutePath();
                Files.createDirectories(target.getParent());
                Path partial = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".partial");
                long entries;
                try {
                    try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                        entries = export(trail, writer);
                    }
                    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(partial);
                }
                spec.commandLine().getErr().println("exported " + entries + " audit entries to " + target);
                return 0;
            });
        }

        private long export(AuditTrail trail, Appendable to) {
            return format.jsonl ? trail.exportJsonLines(to) : trail.exportCsv(to);
        }
    }

    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = {
                "Walk the audit log's hash chain from the first entry.",
                "Exit 0 when intact; 1 naming the first broken entry (altered, removed, reordered or unreadable)."
            })
    static final class Verify implements Callable<Integer> {

        @ParentCommand
        AuditCommand audit;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            return audit.withStore(spec, store -> {
                try {
                    return switch (new AuditTrail(store.auditLog()).verify()) {
                        case ChainVerification.Intact intact -> {
                            out.println(
                                    "audit log intact: " + intact.entries() + " entries, head " + intact.headHash());
                            yield 0;
                        }
                        case ChainVerification.Broken broken -> {
                            err.println("audit log broken at entry " + broken.atSequence() + ": " + broken.reason());
                            yield 1;
                        }
                    };
                } catch (IllegalStateException unreadable) {
                    // an entry whose stored text no longer parses is damage too; the adapter names the entry
                    err.println("audit log broken: " + unreadable.getMessage());
                    return 1;
                }
            });
        }
    }
}
