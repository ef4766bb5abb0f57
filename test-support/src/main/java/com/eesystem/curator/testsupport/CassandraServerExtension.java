package com.eesystem.curator.testsupport;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Starts ONE real Cassandra 5 per test JVM, the first time a test asks for it, and shares it between all
 * test classes; it is stopped when the JUnit run ends (root store). Inject it as a {@link CassandraServer}
 * parameter of a constructor, a {@code @BeforeAll} or a test method. Each test class should work in its
 * own keyspace. When any test that uses it fails, the server's data folder and log are kept under
 * {@code target/test-servers/cassandra-*}.
 */
public final class CassandraServerExtension implements ParameterResolver, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(CassandraServerExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == CassandraServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        existingServer(context).ifPresent(CassandraServer::keepFiles);
    }

    /** The shared server, started on first use. */
    public static CassandraServer server(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedServer.class, key -> new SharedServer(), SharedServer.class)
                .server();
    }

    private static Optional<CassandraServer> existingServer(ExtensionContext context) {
        var shared = context.getRoot().getStore(NAMESPACE).get(SharedServer.class, SharedServer.class);
        return Optional.ofNullable(shared).map(SharedServer::server);
    }

    /** The root store closes AutoCloseable values when the run ends: that is the stop. */
    private static final class SharedServer implements AutoCloseable {
        private final CassandraServer server;
        private final Thread stopOnExit;

        SharedServer() {
            server = CassandraServer.launch(CassandraLaunch.fromSystemProperties());
            // if the test JVM dies without closing the store, don't leave a 1 GiB JVM behind
            stopOnExit = new Thread(server::stop, "stop-test-cassandra");
            Runtime.getRuntime().addShutdownHook(stopOnExit);
        }

        CassandraServer server() {
            return server;
        }

        @Override
        public void close() {
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook is already running or ran; nothing left to undo
            }
        }
    }
}
