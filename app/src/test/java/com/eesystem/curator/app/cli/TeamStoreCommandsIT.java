package com.eesystem.curator.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.storage.astra.AstraSchema;
import com.eesystem.curator.testsupport.CassandraServer;
import com.eesystem.curator.testsupport.CassandraServerExtension;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** `curator migrate`, `export` and `import` against the real Cassandra. */
@ExtendWith(CassandraServerExtension.class)
class TeamStoreCommandsIT {

    private static final String KEYSPACE = "it_teamstorecommandsit";

    @Test
    void migrateThenImportThenExportRoundTripsAndBadRowsAreListed(CassandraServer server, @TempDir Path folder)
            throws IOException {
        List<String> connection = List.of(
                "--contact-point", server.host() + ":" + server.port(), "--keyspace", KEYSPACE, "--dimension", "384");

        var migrate = run(connection, "migrate", "--create-keyspace", "--replicas", "1");
        assertThat(migrate.exitCode).as(migrate.err).isZero();
        int latest = AstraSchema.latestVersion();
        assertThat(migrate.out)
                .contains("keyspace " + KEYSPACE + ": schema version 0 -> " + latest + " (latest " + latest + ")");

        String id = UUID.randomUUID().toString();
        Path input = Files.writeString(
                folder.resolve("library.jsonl"),
                "{\"id\": \"" + id + "\", \"title\": \"Morning grounding\", \"status\": \"draft\", \"version\": 1,"
                        + " \"revision\": 1, \"author_id\": \"" + UUID.randomUUID() + "\", \"content_type\": \"reel\","
                        + " \"platforms\": [\"instagram\"], \"created_at\": \"2026-11-25 10:00:00.000Z\","
                        + " \"updated_at\": \"2026-11-25 10:00:00.000Z\"}\n" + "{\"id\": \""
                        + UUID.randomUUID() + "\", \"status\": \"live\"}\n");
        var load = run(connection, "import", "content_library", input.toString());
        assertThat(load.exitCode).isEqualTo(1);
        assertThat(load.out).contains("content_library: read 2, loaded 1, rejected 1");
        assertThat(load.err).contains(input + ":2: content_library.status: \"live\" is not one of");

        Path output = folder.resolve("library.csv");
        var export = run(connection, "export", "content_library", output.toString(), "--format", "csv");
        assertThat(export.exitCode).as(export.err).isZero();
        assertThat(export.out).contains("exported 1 rows of content_library");
        assertThat(Files.readAllLines(output))
                .hasSize(2)
                .last()
                .asString()
                .startsWith(id)
                .contains("Morning grounding");

        var rollback = run(connection, "migrate", "--rollback-to", "0");
        assertThat(rollback.exitCode).as(rollback.err).isZero();
        assertThat(rollback.out).contains("schema version " + latest + " -> 0");

        var unknownTable = run(connection, "export", "drafts", output.toString());
        assertThat(unknownTable.exitCode).isEqualTo(2);
        assertThat(unknownTable.err).contains("table: \"drafts\" is not a team store table");
    }

    private static Result run(List<String> connection, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(connection);
        var out = new StringWriter();
        var err = new StringWriter();
        var commandLine = CuratorCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args.toArray(String[]::new));
        return new Result(exitCode, out.toString(), err.toString());
    }

    private record Result(int exitCode, String out, String err) {}
}
