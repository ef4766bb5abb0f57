package com.eesystem.curator.app.config;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.eesystem.curator.storage.astra.AstraConnection;
import com.eesystem.curator.storage.astra.AstraSettings;
import com.eesystem.curator.storage.astra.TeamStoreException;
import com.eesystem.curator.storage.redis.RedisLink;
import com.eesystem.curator.storage.redis.RedisSettings;
import com.eesystem.curator.storage.redis.RedisUnavailable;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Test connection": connects to each configured server once and says, in words a user can act on,
 * whether it worked and if not why (missing bundle, bad token, unreachable host, wrong keyspace ...).
 * Blocking; call it off the FX thread.
 */
public final class ConnectionCheck {

    private static final Logger log = LoggerFactory.getLogger(ConnectionCheck.class);

    private ConnectionCheck() {}

    /** Why a server could not be used. */
    public enum Cause {
        MISSING_BUNDLE,
        BAD_CREDENTIALS,
        UNKNOWN_KEYSPACE,
        UNREACHABLE,
        TLS_FAILURE,
        SCHEMA_MISMATCH,
        INVALID_SETTINGS
    }

    /** The outcome for one server. */
    public sealed interface Outcome {
        String server();

        /** The one line shown to the user. */
        String plainWords();

        record Reached(String server, Duration took, String detail) implements Outcome {
            @Override
            public String plainWords() {
                return server + ": connected in " + took.toMillis() + " ms" + (detail.isEmpty() ? "" : ", " + detail);
            }
        }

        record Failed(String server, Cause cause, String message) implements Outcome {
            public Failed {
                Objects.requireNonNull(cause, "cause");
            }

            @Override
            public String plainWords() {
                return server + ": " + headline(cause) + " — " + message;
            }
        }

        record NotConfigured(String server) implements Outcome {
            @Override
            public String plainWords() {
                return server + ": not configured";
            }
        }
    }

    /** Both servers' outcomes. */
    public record Report(Outcome teamStore, Outcome liveLayer) {
        public boolean allReached() {
            return !(teamStore instanceof Outcome.Failed) && !(liveLayer instanceof Outcome.Failed);
        }
    }

    public static Report check(ConnectionConfig config) {
        Outcome team =
                config.teamStore().map(ConnectionCheck::teamStore).orElse(new Outcome.NotConfigured("Team store"));
        Outcome redis = config.liveLayer().map(ConnectionCheck::liveLayer).orElse(new Outcome.NotConfigured("Redis"));
        return new Report(team, redis);
    }

    /** Opens a session on the keyspace and reads its schema version. */
    public static Outcome teamStore(AstraSettings settings) {
        String server = switch (settings.endpoint()) {
            case AstraSettings.Cloud cloud -> "AstraDB";
            case AstraSettings.SelfManaged self -> "Cassandra " + ConnectionConfig.hostPorts(self.contactPoints());
        };
        long started = System.nanoTime();
        try (CqlSession session = AstraConnection.open(settings)) {
            // a read only: the check must not create tables (AstraSchema's bookkeeping would)
            Row local = session.execute(session.prepare("SELECT release_version FROM system.local")
                            .bind())
                    .one();
            String release = local == null ? "?" : local.getString("release_version");
            return new Outcome.Reached(
                    server, elapsed(started), "keyspace " + settings.keyspace() + " found (Cassandra " + release + ")");
        } catch (TeamStoreException e) {
            log.info("Team store check failed: {}", e.getMessage());
            return new Outcome.Failed(server, cause(e.reason()), e.getMessage());
        } catch (RuntimeException e) {
            log.info("Team store check failed", e);
            return new Outcome.Failed(server, Cause.UNREACHABLE, String.valueOf(e.getMessage()));
        }
    }

    /** Connects and sends PING. */
    public static Outcome liveLayer(RedisSettings settings) {
        String server = "Redis " + settings.displayUrl();
        long started = System.nanoTime();
        try (RedisLink link = RedisLink.open(settings)) {
            link.ping();
            return new Outcome.Reached(server, elapsed(started), "");
        } catch (RedisUnavailable e) {
            log.info("Redis check failed: {}", e.getMessage());
            return new Outcome.Failed(server, redisCause(e.getMessage()), e.getMessage());
        } catch (RuntimeException e) {
            // the server answered with an error (e.g. NOAUTH on PING): it is reachable, the login is not right
            log.info("Redis check failed: {}", e.getMessage());
            return new Outcome.Failed(server, redisCause(e.getMessage()), String.valueOf(e.getMessage()));
        }
    }

    static Cause redisCause(String message) {
        String text = message == null ? "" : message.toUpperCase(Locale.ROOT);
        if (text.contains("WRONGPASS")
                || text.contains("NOAUTH")
                || text.contains("INVALID PASSWORD")
                || text.contains("AUTH")) {
            return Cause.BAD_CREDENTIALS;
        }
        if (text.contains("SSL") || text.contains("CERTIFICATE") || text.contains("HANDSHAKE")) {
            return Cause.TLS_FAILURE;
        }
        return Cause.UNREACHABLE;
    }

    static Cause cause(TeamStoreException.Reason reason) {
        return switch (reason) {
            case MISSING_BUNDLE -> Cause.MISSING_BUNDLE;
            case BAD_CREDENTIALS -> Cause.BAD_CREDENTIALS;
            case UNKNOWN_KEYSPACE -> Cause.UNKNOWN_KEYSPACE;
            case UNREACHABLE -> Cause.UNREACHABLE;
            case TLS_FAILURE -> Cause.TLS_FAILURE;
            case SCHEMA_MISMATCH, SCHEMA_LOCKED, MIGRATION_FAILED -> Cause.SCHEMA_MISMATCH;
            case INVALID_SETTINGS -> Cause.INVALID_SETTINGS;
        };
    }

    static String headline(Cause cause) {
        return switch (cause) {
            case MISSING_BUNDLE -> "secure connect bundle missing or unusable";
            case BAD_CREDENTIALS -> "token or password rejected";
            case UNKNOWN_KEYSPACE -> "wrong keyspace";
            case UNREACHABLE -> "host unreachable";
            case TLS_FAILURE -> "TLS handshake failed";
            case SCHEMA_MISMATCH -> "schema does not match this Curator";
            case INVALID_SETTINGS -> "settings not valid";
        };
    }

    private static Duration elapsed(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
