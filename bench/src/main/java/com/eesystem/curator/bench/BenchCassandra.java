package com.eesystem.curator.bench;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.eesystem.curator.storage.astra.AstraConnection;
import com.eesystem.curator.storage.astra.AstraKeyspace;
import com.eesystem.curator.storage.astra.AstraSchema;
import com.eesystem.curator.storage.astra.AstraSettings;
import com.eesystem.curator.testsupport.CassandraLaunch;
import com.eesystem.curator.testsupport.CassandraServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real Cassandra 5 for a benchmark run, started the way the test harness starts it, with a migrated
 * keyspace. Run from the repository root; the launch paths default to the reactor's own folders.
 */
final class BenchCassandra implements AutoCloseable {

    static final String PAXOS_PROPERTY = "curator.bench.cassandra.paxos";

    final CassandraServer server;
    final AstraSettings settings;
    final CqlSession session;

    private BenchCassandra(CassandraServer server, AstraSettings settings, CqlSession session) {
        this.server = server;
        this.settings = settings;
        this.session = session;
    }

    static BenchCassandra start(String keyspace) {
        Path root = Path.of(System.getProperty("user.dir"));
        defaultProperty(CassandraLaunch.LIB_PROPERTY, root.resolve("cassandra-server/target/cassandra-lib"));
        defaultProperty(
                CassandraLaunch.SCRIPT_PROPERTY, root.resolve("test-support/src/main/cassandra/start-cassandra.sh"));
        defaultProperty(CassandraLaunch.JAVA_HOME_PROPERTY, Path.of("/usr/lib/jvm/java-17-openjdk-amd64"));
        defaultProperty(CassandraLaunch.WORKDIR_PROPERTY, root.resolve("bench/target/test-servers"));
        if (System.getProperty(CassandraLaunch.HEAP_PROPERTY) == null) {
            System.setProperty(CassandraLaunch.HEAP_PROPERTY, "1g");
        }
        CassandraServer server = CassandraServer.launch(withPaxosVariant(CassandraLaunch.fromSystemProperties()));
        // a benchmark stopped with Ctrl-C must not leave its Cassandra JVM behind
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "stop-bench-cassandra"));
        try {
            // one replica: LOCAL_QUORUM and ONE are the same here; the adapter's default stays in force
            AstraSettings settings = AstraSettings.selfManaged(
                            List.of(server.contactPoint()), server.localDatacenter(), keyspace, 384)
                    .withConsistency(DefaultConsistencyLevel.LOCAL_QUORUM)
                    .withRequestTimeout(Duration.ofSeconds(30));
            AstraKeyspace.createIfMissing(settings, Map.of(server.localDatacenter(), 1));
            CqlSession session = AstraConnection.open(settings);
            new AstraSchema(session, settings).migrate();
            return new BenchCassandra(server, settings, session);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    @Override
    public void close() {
        session.close();
        server.close();
    }

    /**
     * {@code -Dcurator.bench.cassandra.paxos=v2} runs the server with Cassandra 5's second Paxos
     * implementation (fewer round trips per lightweight transaction), to compare LWT-bound writes. The
     * harness's yaml is copied with that one line added and the start script wrapped (it still execs java).
     */
    private static CassandraLaunch withPaxosVariant(CassandraLaunch launch) {
        String variant = System.getProperty(PAXOS_PROPERTY);
        if (variant == null) {
            return launch;
        }
        if (!variant.equals("v1") && !variant.equals("v2")) {
            throw new IllegalArgumentException(PAXOS_PROPERTY + ": \"" + variant + "\" is not v1 or v2");
        }
        try {
            Path folder = Files.createDirectories(launch.workDirectory().resolve("paxos-" + variant));
            String template = Files.readString(launch.script().resolveSibling("cassandra.yaml.template"));
            Path yaml = folder.resolve("cassandra.yaml.template");
            Files.writeString(yaml, template + "\npaxos_variant: " + variant + "\n");
            Path wrapper = folder.resolve("start-cassandra.sh");
            Files.writeString(
                    wrapper,
                    "#!/usr/bin/env bash\nexport CASSANDRA_YAML_TEMPLATE='" + yaml + "'\nexec bash '" + launch.script()
                            + "' \"$@\"\n");
            return new CassandraLaunch(launch.lib(), wrapper, launch.javaHome(), launch.workDirectory(), launch.heap());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the paxos " + variant + " server configuration", e);
        }
    }

    private static void defaultProperty(String name, Path value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value.toString());
        }
    }
}
