package com.eesystem.curator.app.cli;

import com.datastax.oss.driver.api.core.CqlSession;
import com.eesystem.curator.storage.astra.AstraConnection;
import com.eesystem.curator.storage.astra.AstraImport;
import com.eesystem.curator.storage.astra.TeamStoreException;
import com.eesystem.curator.storage.astra.TransferFormat;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code curator import TABLE FILE}: loads an export; bad rows are listed with line and reason, good
 * rows are loaded. Exit code 0 when every row loaded, 1 when some were rejected.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import a JSONL or CSV file into a team store table.")
public final class ImportCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions store;

    @ParentCommand
    CuratorCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", description = "Table, e.g. content_library.")
    String table;

    @Parameters(index = "1", description = "Input file.")
    Path file;

    @Option(names = "--format", defaultValue = "JSONL", description = "JSONL or CSV (default: ${DEFAULT-VALUE}).")
    TransferFormat format;

    @Option(
            names = "--restore",
            description = "Restore a backup: the file's rows replace stored ones, also rows deleted since the"
                    + " export. Without it, a content_library item is replaced only by a newer version.")
    boolean restore;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        try {
            var settings = store.teamStore(parent);
            try (CqlSession session = AstraConnection.open(settings);
                    Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                var precedence = restore ? AstraImport.Precedence.FILE_WINS : AstraImport.Precedence.NEWER_WINS;
                var report =
                        new AstraImport(session, settings).importRows(table, format, precedence, reader, loaded -> {});
                report.rejected().forEach(row -> err.printf("%s:%d: %s%n", file, row.line(), row.reason()));
                out.printf(
                        "%s: read %d, loaded %d, rejected %d%s%n",
                        table,
                        report.read(),
                        report.loaded(),
                        report.rejected().size(),
                        report.reconciled() ? "" : " (counts do not add up)");
                return report.rejected().isEmpty() && report.reconciled() ? 0 : 1;
            }
        } catch (IOException e) {
            err.println("import: cannot read " + file + ": " + e.getMessage());
            return 1;
        } catch (TeamStoreException e) {
            err.println("import: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("import: " + e.getMessage());
            return 2;
        }
    }
}
