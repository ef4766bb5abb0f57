package com.eesystem.curator.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.storage.astra.AstraConnection;
import com.eesystem.curator.storage.astra.AstraSchema;
import com.eesystem.curator.storage.astra.AstraSettings;
import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.storage.local.LocalStoreSettings;
import com.eesystem.curator.testsupport.CassandraServer;
import com.eesystem.curator.testsupport.CassandraServerExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** curator sync through the real command line between two data folders and a real Cassandra. */
@ExtendWith(CassandraServerExtension.class)
class SyncCommandIT {

    private static final String KEYSPACE = "it_synccommandit";

    @TempDir
    Path folder;

    @Test
    void oneDesktopPushesAndAnotherPullsThroughTheCommand(CassandraServer server) {
        try (CqlSession admin = CqlSession.builder()
                .addContactPoint(server.contactPoint())
                .withLocalDatacenter(server.localDatacenter())
                .withConfigLoader(DriverConfigLoader.programmaticBuilder()
                        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(30))
                        .withDuration(DefaultDriverOption.METADATA_SCHEMA_REQUEST_TIMEOUT, Duration.ofSeconds(30))
                        .build())
                .build()) {
            admin.execute("DROP KEYSPACE IF EXISTS " + KEYSPACE);
            admin.execute("CREATE KEYSPACE " + KEYSPACE
                    + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
            AstraSettings settings = AstraSettings.selfManaged(
                            List.of(server.contactPoint()), server.localDatacenter(), KEYSPACE, 384)
                    .withRequestTimeout(Duration.ofSeconds(30));
            try (CqlSession session = AstraConnection.open(settings)) {
                new AstraSchema(session, settings).migrate();
            }

            ContentItem item = SyncCommandTest.draft("Made on desktop A");
            try (LocalStore store = LocalStore.open(settings(folder.resolve("a")), Clock.systemUTC())) {
                store.contentLibrary().save(item);
            }
            String contactPoint = server.host() + ":" + server.port();

            Result pushed = run(
                    folder.resolve("a"),
                    "sync",
                    "--contact-points",
                    contactPoint,
                    "--keyspace",
                    KEYSPACE,
                    "--settle",
                    "PT0S");
            assertThat(pushed.exit()).as(pushed.err()).isZero();
            assertThat(pushed.out()).contains("pushed 1 changes").contains("0 pending");

            Result pulled = run(
                    folder.resolve("b"),
                    "sync",
                    "--contact-points",
                    contactPoint,
                    "--keyspace",
                    KEYSPACE,
                    "--settle",
                    "PT0S");
            assertThat(pulled.exit()).as(pulled.err()).isZero();
            assertThat(pulled.out()).contains("pushed 0 changes, pulled 1 (applied 1");
            try (LocalStore store = LocalStore.open(settings(folder.resolve("b")), Clock.systemUTC())) {
                assertThat(store.contentLibrary().find(item.id()).orElseThrow().title())
                        .isEqualTo("Made on desktop A");
            }

            Result unreachable =
                    run(folder.resolve("b"), "sync", "--contact-points", "127.0.0.1:1", "--keyspace", KEYSPACE);
            assertThat(unreachable.exit()).isEqualTo(1);
            assertThat(unreachable.err()).contains("curator sync:").contains("changes stay queued locally");
            admin.execute("DROP KEYSPACE IF EXISTS " + KEYSPACE);
        }
    }

    private static LocalStoreSettings settings(Path dataDir) {
        return LocalStoreSettings.defaults(dataDir.resolve("curator.db"), dataDir.resolve("backups"));
    }

    record Result(int exit, String out, String err) {}

    private static Result run(Path dataDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = CuratorCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int exit = commandLine.execute(all);
        return new Result(exit, out.toString(), err.toString());
    }
}
