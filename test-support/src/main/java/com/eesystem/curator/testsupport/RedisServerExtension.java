package com.eesystem.curator.testsupport;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Runs ONE real redis-server per test JVM, shared by every test class that uses this extension, and
 * injects its {@link RedisServer} handle into constructors, lifecycle methods and tests.
 *
 * <p>The server lives in the root context's store, so JUnit stops it (by its own PID) when the whole
 * run ends. Its data directory is {@code <curator.test.workdir>/redis-<port>} (default
 * {@code target/test-servers}); it is deleted after a green run and kept, with {@code redis.log}, when
 * a test failed.
 *
 * <p>Tests share the server: they use their own key names or call {@link RedisServer#flushAll()}.
 */
public final class RedisServerExtension implements BeforeAllCallback, ParameterResolver, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(RedisServerExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        server(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == RedisServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return server(extensionContext);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        server(context).recordFailure();
    }

    private static RedisServer server(ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        return store.getOrComputeIfAbsent(
                        RedisServer.class,
                        key -> new SharedServer(RedisServer.startIn(workDirectory())),
                        SharedServer.class)
                .server();
    }

    static Path workDirectory() {
        String configured = System.getProperty("curator.test.workdir");
        return configured == null || configured.isBlank()
                ? Path.of("target", "test-servers").toAbsolutePath()
                : Path.of(configured).toAbsolutePath();
    }

    /** What the root store closes at the end of the run (older JUnit closes only CloseableResource). */
    @SuppressWarnings("deprecation")
    private record SharedServer(RedisServer server) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            server.close();
        }
    }
}
