package com.eesystem.curator.storage.astra;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.eesystem.curator.testsupport.CassandraServer;
import java.time.Duration;
import java.util.Locale;

/** Driver sessions for the shared test server, configured the way the recipe found fast. */
final class TestCassandra {

    private TestCassandra() {}

    /** A session without a keyspace; the schema debouncer window is 10 ms so each DDL takes ~0.2 s, not ~1.3 s. */
    static CqlSession session(CassandraServer server) {
        return CqlSession.builder()
                .addContactPoint(server.contactPoint())
                .withLocalDatacenter(server.localDatacenter())
                .withConfigLoader(DriverConfigLoader.programmaticBuilder()
                        .withDuration(DefaultDriverOption.METADATA_SCHEMA_WINDOW, Duration.ofMillis(10))
                        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(20))
                        .withDuration(DefaultDriverOption.METADATA_SCHEMA_REQUEST_TIMEOUT, Duration.ofSeconds(20))
                        // fault tests restart the server: reconnect within a second or two, not minutes
                        .withDuration(DefaultDriverOption.RECONNECTION_BASE_DELAY, Duration.ofMillis(200))
                        .withDuration(DefaultDriverOption.RECONNECTION_MAX_DELAY, Duration.ofSeconds(2))
                        .build())
                .build();
    }

    /** A keyspace name for one test class: each class works in its own keyspace on the shared server. */
    static String keyspaceFor(Class<?> testClass) {
        return "it_" + testClass.getSimpleName().toLowerCase(Locale.ROOT);
    }

    /** Settings for the shared server and one keyspace: 384-d vectors, LOCAL_QUORUM (one replica here). */
    static AstraSettings settings(CassandraServer server, String keyspace) {
        return AstraSettings.selfManaged(
                java.util.List.of(server.contactPoint()), server.localDatacenter(), keyspace, 384);
    }

    /** A fresh, empty keyspace (dropped first if an earlier run left it). */
    static void recreateKeyspace(CqlSession session, String keyspace) {
        dropKeyspace(session, keyspace);
        session.execute(
                "CREATE KEYSPACE " + CqlIdentifier.fromInternal(keyspace).asCql(true)
                        + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
    }

    static void dropKeyspace(CqlSession session, String keyspace) {
        session.execute("DROP KEYSPACE IF EXISTS "
                + CqlIdentifier.fromInternal(keyspace).asCql(true));
    }
}
