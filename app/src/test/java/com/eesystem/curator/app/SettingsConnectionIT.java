package com.eesystem.curator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.testsupport.CassandraServer;
import com.eesystem.curator.testsupport.CassandraServerExtension;
import com.eesystem.curator.testsupport.RedisServer;
import com.eesystem.curator.testsupport.RedisServerExtension;
import com.eesystem.curator.ui.settings.ConnectionForm;
import com.eesystem.curator.ui.settings.ConnectionForm.TeamStoreKind;
import com.eesystem.curator.ui.settings.SettingsServices.ConnectionReport;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Settings page's "Test connection" (the app service behind it) against the real Cassandra 5 and
 * redis-server the harness starts: reached, and each cause named in plain words.
 */
@ExtendWith({CassandraServerExtension.class, RedisServerExtension.class})
class SettingsConnectionIT {

    @TempDir
    Path dataDir;

    private LocalStore store;
    private WorkstationSettings settings;

    @BeforeEach
    void open() {
        DataDirectory data = new DataDirectory(dataDir);
        store = ShellComposition.openLocalStore(data);
        settings = new WorkstationSettings(data, store, new RestartRequest(() -> {}), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static ConnectionForm cassandra(CassandraServer server, String keyspace, String redisUrl) {
        return new ConnectionForm(
                TeamStoreKind.CASSANDRA,
                "",
                "",
                server.host() + ":" + server.port(),
                server.localDatacenter(),
                "",
                "",
                keyspace,
                redisUrl,
                "");
    }

    @Test
    void theHarnessServersAnswer(CassandraServer server, RedisServer redis) {
        // every Cassandra has the system keyspace; the test needs no schema of its own
        ConnectionReport report = settings.testConnection(cassandra(server, "system", redis.url()));

        assertThat(report.allReached()).as(String.join("\n", report.lines())).isTrue();
        assertThat(report.lines()).hasSize(2);
        assertThat(report.lines().get(0)).contains("connected in").contains("keyspace system found (Cassandra 5.");
        assertThat(report.lines().get(1)).startsWith("Redis redis://").contains("connected in");
    }

    @Test
    void aWrongKeyspaceIsNamed(CassandraServer server) {
        ConnectionReport report = settings.testConnection(cassandra(server, "no_such_keyspace", ""));

        assertThat(report.allReached()).isFalse();
        assertThat(report.lines())
                .singleElement()
                .asString()
                .contains("wrong keyspace")
                .contains("\"no_such_keyspace\" does not exist");
    }

    @Test
    void anUnreachableRedisIsNamed(CassandraServer server, RedisServer redis) {
        ConnectionReport report =
                settings.testConnection(cassandra(server, "system", "redis://" + redis.host() + ":1/0"));

        assertThat(report.allReached()).isFalse();
        assertThat(report.lines().get(1)).contains("host unreachable");
    }

    @Test
    void aMissingBundleIsNamed() {
        ConnectionReport report = settings.testConnection(new ConnectionForm(
                TeamStoreKind.ASTRA,
                dataDir.resolve("secure-connect-missing.zip").toString(),
                "AstraCS:not-a-real-token",
                "",
                "",
                "",
                "",
                "curator",
                "",
                ""));

        assertThat(report.lines())
                .singleElement()
                .asString()
                .startsWith("AstraDB: secure connect bundle missing or unusable")
                .contains("secure-connect-missing.zip");
    }
}
