package com.eesystem.curator.app.cli;

import com.datastax.oss.driver.api.core.CqlSession;
import com.eesystem.curator.storage.astra.AstraConnection;
import com.eesystem.curator.storage.astra.AstraExport;
import com.eesystem.curator.storage.astra.TeamStoreException;
import com.eesystem.curator.storage.astra.TransferFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code curator export TABLE FILE}: a logical backup of one team-store table. The resume token of the
 * last page written goes to FILE.resume; after an interruption, {@code --resume} appends from there.
 */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export a team store table to JSONL or CSV.")
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions store;

    @ParentCommand
    CuratorCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", description = "Table, e.g. content_library.")
    String table;

    @Parameters(index = "1", description = "Output file.")
    Path file;

    @Option(names = "--format", defaultValue = "JSONL", description = "JSONL or CSV (default: ${DEFAULT-VALUE}).")
    TransferFormat format;

    @Option(names = "--changed-since", description = "Only rows changed after this instant (ISO-8601, UTC).")
    Instant changedSince;

    @Option(names = "--resume", description = "Continue an interrupted export of the same file.")
    boolean resume;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Path tokenFile = file.resolveSibling(file.getFileName() + ".resume");
        try {
            var request = new AstraExport.Request(table, format, Optional.ofNullable(changedSince), Optional.empty());
            if (resume) {
                request = request.resumeFrom(Files.readString(tokenFile).strip());
            }
            var settings = store.teamStore(parent);
            try (CqlSession session = AstraConnection.open(settings);
                    Writer writer = Files.newBufferedWriter(
                            file,
                            StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE,
                            resume ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
                var result = new AstraExport(session, settings)
                        .export(
                                request,
                                writer,
                                (rows, token) -> {
                                    try {
                                        if (token.isPresent()) {
                                            Files.writeString(tokenFile, token.get());
                                        } else {
                                            Files.deleteIfExists(tokenFile);
                                        }
                                    } catch (IOException e) {
                                        throw new UncheckedIOException("cannot write the resume token " + tokenFile, e);
                                    }
                                },
                                () -> false);
                out.printf("exported %d rows of %s to %s%n", result.rows(), table, file);
            }
            return 0;
        } catch (IOException | UncheckedIOException e) {
            err.println("export: " + e.getMessage());
            return 1;
        } catch (TeamStoreException e) {
            err.println("export: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("export: " + e.getMessage());
            return 2;
        }
    }
}
