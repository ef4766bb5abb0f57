package com.eesystem.curator.storage.astra;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.eesystem.curator.testsupport.CassandraServer;
import com.eesystem.curator.testsupport.CassandraServerExtension;
import java.time.Duration;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One migrated keyspace per test JVM on the shared test Cassandra, for adapter ITs that only read and
 * write rows: migrating costs ~60 DDL statements (10-20 s on this machine), emptying a table costs one
 * TRUNCATE. Tests that change the schema itself (AstraSchemaIT) keep their own keyspace. Inject a
 * {@link Shared} into a {@code @BeforeAll}/{@code @BeforeEach} with {@code @ExtendWith(TeamKeyspace.class)}.
 */
public final class TeamKeyspace implements ParameterResolver {

    static final String NAME = "it_shared_team";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TeamKeyspace.class);

    /** The migrated keyspace: its settings (384-d vectors, LOCAL_QUORUM) and a session bound to it. */
    public record Shared(CassandraServer server, AstraSettings settings, CqlSession session) implements AutoCloseable {

        /** Empties the tables a test class uses, so it starts from nothing whatever ran before it. */
        public void truncate(String... tables) {
            for (String table : tables) {
                if (!table.matches("[a-z_]+")) {
                    throw new IllegalArgumentException("table: \"" + table + "\" is not a table name");
                }
                session.execute("TRUNCATE " + CqlIdentifier.fromInternal(table).asCql(true));
            }
        }

        @Override
        public void close() {
            session.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Shared.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return shared(context);
    }

    static Shared shared(ExtensionContext context) {
        // the server goes into the root store first, so the root store closes this session before it
        CassandraServer server = CassandraServerExtension.server(context);
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(Holder.class, key -> new Holder(migrate(server)), Holder.class)
                .live();
    }

    /**
     * The shared keyspace's session, replaced when it lost the server: fault and smoke ITs restart the
     * shared Cassandra, and a session whose nodes went down reconnects only after its backoff, so the
     * next class would meet "No node was available" although the server is back.
     */
    private static final class Holder implements AutoCloseable {

        private Shared shared;

        Holder(Shared shared) {
            this.shared = shared;
        }

        synchronized Shared live() {
            try {
                shared.session().execute("SELECT release_version FROM system.local");
                return shared;
            } catch (AllNodesFailedException | DriverTimeoutException lost) {
                shared.session().close();
                shared = new Shared(shared.server(), shared.settings(), AstraConnection.open(shared.settings()));
                return shared;
            }
        }

        @Override
        public synchronized void close() {
            shared.close();
        }
    }

    private static Shared migrate(CassandraServer server) {
        try (CqlSession admin = TestCassandra.session(server)) {
            TestCassandra.recreateKeyspace(admin, NAME);
        }
        // the test machine is shared with other builds: give a loaded server time rather than fail
        AstraSettings settings = TestCassandra.settings(server, NAME).withRequestTimeout(Duration.ofSeconds(30));
        CqlSession session = AstraConnection.open(settings);
        new AstraSchema(session, settings).migrate();
        return new Shared(server, settings, session);
    }
}
