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
                        .build())
                .build();
    }

    /** A keyspace name for one test class: each class works in its own keyspace on the shared server. */
    static String keyspaceFor(Class<?> testClass) {
        return "it_" + testClass.getSimpleName().toLowerCase(Locale.ROOT);
    }

    static void dropKeyspace(CqlSession session, String keyspace) {
        session.execute("DROP KEYSPACE IF EXISTS "
                + CqlIdentifier.fromInternal(keyspace).asCql(true));
    }
}
