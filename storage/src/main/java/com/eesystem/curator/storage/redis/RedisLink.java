package com.eesystem.curator.storage.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisLoadingException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.SslOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.event.connection.ConnectionActivatedEvent;
import io.lettuce.core.event.connection.ConnectionDeactivatedEvent;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;

/**
 * The live layer's one connection to Redis (Lettuce multiplexes every thread over it) plus a lazily
 * opened pub/sub connection, with {@link RedisAvailability} kept current.
 *
 * <p>Commands fail fast while disconnected ({@link ClientOptions.DisconnectedBehavior#REJECT_COMMANDS})
 * so callers learn at once that they are offline and can use the SQLite queues, instead of piling
 * commands up in memory. Lettuce reconnects a dropped connection by itself; a connection that could
 * not be opened at all is retried here with a growing delay (up to 30 s).
 */
public final class RedisLink implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisLink.class);
    private static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(30);

    private final RedisSettings settings;
    private final RedisClient client;
    private final RedisAvailability availability;
    private final ScheduledExecutorService retries;
    private final Disposable events;
    private volatile StatefulRedisConnection<String, String> connection;
    private volatile StatefulRedisPubSubConnection<String, String> pubSub;
    private volatile boolean closed;
    private volatile String lastConnectFailure = "not connected yet";

    private RedisLink(RedisSettings settings) {
        this.settings = settings;
        this.availability = new RedisAvailability(settings.displayUrl());
        this.client = RedisClient.create(settings.toRedisUri());
        ClientOptions.Builder options = ClientOptions.builder();
        settings.trustedCertificates()
                .ifPresent(pem -> options.sslOptions(
                        SslOptions.builder().trustManager(pem.toFile()).build()));
        client.setOptions(options.autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(settings.commandTimeout()))
                .socketOptions(SocketOptions.builder()
                        .connectTimeout(settings.connectTimeout())
                        .build())
                .build());
        this.events = client.getResources().eventBus().get().subscribe(event -> {
            if (event instanceof ConnectionActivatedEvent) {
                availability.markAvailable();
            } else if (event instanceof ConnectionDeactivatedEvent) {
                availability.markUnavailable("connection lost");
            }
        });
        this.retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "redis-link-reconnect");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Opens the link. Never fails because the server is down: the link then starts
     * {@link RedisAvailability.State#UNAVAILABLE} and keeps trying in the background.
     */
    public static RedisLink open(RedisSettings settings) {
        RedisLink link = new RedisLink(settings);
        link.tryConnect(Duration.ofSeconds(1));
        return link;
    }

    public RedisAvailability availability() {
        return availability;
    }

    public RedisSettings settings() {
        return settings;
    }

    /**
     * Asks the server for PONG, for a "test connection": fails with {@link RedisUnavailable} whose message
     * carries why the link is down (refused, WRONGPASS, certificate untrusted ...).
     */
    public String ping() {
        return call("PING", RedisCommands::ping);
    }

    /** Runs blocking commands; connection trouble becomes {@link RedisUnavailable}. */
    <T> T call(String operation, Function<RedisCommands<String, String>, T> commands) {
        StatefulRedisConnection<String, String> current = requireConnection(operation);
        try {
            T result = commands.apply(current.sync());
            if (!availability.isAvailable()) {
                // a timeout marked us offline without the connection dropping: an answer proves otherwise
                availability.markAvailable();
            }
            return result;
        } catch (RedisException e) {
            throw translate(operation, e);
        }
    }

    /** Async commands, for pipelining many commands without waiting for each reply. */
    RedisAsyncCommands<String, String> async(String operation) {
        return requireConnection(operation).async();
    }

    /** Waits for async replies, translating connection trouble like {@link #call}. */
    <T> T await(String operation, java.util.concurrent.CompletionStage<T> reply) {
        try {
            return reply.toCompletableFuture().get(settings.commandTimeout().toMillis() * 4, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RedisUnavailable(settings.displayUrl(), operation, e);
        } catch (TimeoutException e) {
            availability.markUnavailable(operation + " timed out");
            throw new RedisUnavailable(settings.displayUrl(), operation, e);
        } catch (ExecutionException | CompletionException e) {
            if (e.getCause() instanceof RedisException redis) {
                throw translate(operation, redis);
            }
            if (e.getCause() instanceof java.io.IOException dropped) {
                // a reply lost with its connection (reset, closed) is an outage, as Lettuce's own are
                availability.markUnavailable(operation + ": " + dropped.getMessage());
                throw new RedisUnavailable(settings.displayUrl(), operation, dropped);
            }
            throw new IllegalStateException(operation + " failed: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Runs a script by its SHA-1. After a server restart the script cache is empty: then the script is
     * loaded again and the call repeated, which is safe because the NOSCRIPT reply means it never ran.
     */
    <T> T eval(LuaScript script, ScriptOutputType output, String[] keys, String... arguments) {
        return call(script.name(), redis -> {
            try {
                return redis.evalsha(script.sha(), output, keys, arguments);
            } catch (RedisNoScriptException e) {
                redis.scriptLoad(script.source());
                return redis.evalsha(script.sha(), output, keys, arguments);
            }
        });
    }

    /** Loads scripts once up front, so the first EVALSHA of each finds it (best effort when offline). */
    void load(List<LuaScript> scripts) {
        if (connection == null) {
            return;
        }
        try {
            call("SCRIPT LOAD", redis -> {
                scripts.forEach(script -> redis.scriptLoad(script.source()));
                return null;
            });
        } catch (RedisUnavailable e) {
            log.debug("scripts will be loaded on first use: {}", e.getMessage());
        }
    }

    /** The shared pub/sub connection, opened on first use. */
    synchronized StatefulRedisPubSubConnection<String, String> pubSub() {
        if (pubSub == null) {
            requireConnection("SUBSCRIBE");
            try {
                pubSub = client.connectPubSub();
            } catch (RedisException e) {
                throw translate("SUBSCRIBE", e);
            }
        }
        return pubSub;
    }

    @Override
    public void close() {
        closed = true;
        retries.shutdownNow();
        events.dispose();
        if (pubSub != null) {
            pubSub.close();
        }
        if (connection != null) {
            connection.close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }

    @Override
    public String toString() {
        return "RedisLink[" + settings.displayUrl() + ", " + availability.current() + "]";
    }

    private StatefulRedisConnection<String, String> requireConnection(String operation) {
        StatefulRedisConnection<String, String> current = connection;
        if (current == null) {
            throw new RedisUnavailable(settings.displayUrl(), operation, new IOException(lastConnectFailure));
        }
        return current;
    }

    private void tryConnect(Duration nextDelay) {
        if (closed) {
            return;
        }
        try {
            connection = client.connect();
            availability.markAvailable();
        } catch (RedisException e) {
            // keep the root cause (refused, WRONGPASS, certificate untrusted ...) for the next error
            lastConnectFailure = rootMessage(e);
            availability.markUnavailable(lastConnectFailure);
            Duration delay = nextDelay.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : nextDelay;
            if (!closed) {
                retries.schedule(() -> tryConnect(delay.multipliedBy(2)), delay.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + ": " + root.getMessage();
    }

    private RuntimeException translate(String operation, RedisException e) {
        if (e instanceof RedisCommandExecutionException && !(e instanceof RedisLoadingException)) {
            // the server answered with an error: a bug or bad data, not an outage (LOADING is one: a
            // restarted server reading its data back answers so until it is ready)
            return e;
        }
        // everything else Lettuce raises is transport trouble: refused, reset, disconnected, timed out
        availability.markUnavailable(operation + ": " + e.getMessage());
        return new RedisUnavailable(settings.displayUrl(), operation, e);
    }
}
