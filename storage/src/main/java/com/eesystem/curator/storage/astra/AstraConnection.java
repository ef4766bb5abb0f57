package com.eesystem.curator.storage.astra;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.InvalidKeyspaceException;
import com.datastax.oss.driver.api.core.auth.AuthenticationException;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.config.ProgrammaticDriverConfigLoaderBuilder;
import com.eesystem.curator.storage.astra.AstraSettings.Cloud;
import com.eesystem.curator.storage.astra.AstraSettings.SelfManaged;
import com.eesystem.curator.storage.astra.TeamStoreException.Reason;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;

/**
 * Opens driver sessions from {@link AstraSettings}, with the request policies every adapter relies on,
 * and turns the driver's connection failures into a {@link TeamStoreException} that names the cause.
 */
public final class AstraConnection {

    /** Reads and writes may be sent to a second replica when the first has not answered after this long. */
    static final Duration SPECULATIVE_DELAY = Duration.ofMillis(200);

    private AstraConnection() {}

    /** A session bound to the settings' keyspace. */
    public static CqlSession open(AstraSettings settings) {
        return open(settings, true);
    }

    /** A session without a keyspace, for creating one on a self-managed cluster. */
    public static CqlSession openWithoutKeyspace(AstraSettings settings) {
        return open(settings, false);
    }

    private static CqlSession open(AstraSettings settings, boolean useKeyspace) {
        CqlSessionBuilder builder = CqlSession.builder()
                .withApplicationName("Curator")
                .withConfigLoader(config(settings).build());
        switch (settings.endpoint()) {
            case Cloud cloud -> {
                if (!Files.isRegularFile(cloud.secureConnectBundle())) {
                    throw new TeamStoreException(
                            Reason.MISSING_BUNDLE,
                            "AstraDB secure connect bundle not found: " + cloud.secureConnectBundle()
                                    + " (download it from the Astra portal, database > Connect)");
                }
                // AstraDB takes the literal user name "token" with the application token as password
                builder.withCloudSecureConnectBundle(cloud.secureConnectBundle())
                        .withAuthCredentials("token", cloud.token().reveal());
            }
            case SelfManaged self -> {
                builder.addContactPoints(self.contactPoints()).withLocalDatacenter(self.localDatacenter());
                self.credentials()
                        .ifPresent(login -> builder.withAuthCredentials(
                                login.username(), login.password().reveal()));
            }
        }
        if (useKeyspace) {
            builder.withKeyspace(settings.keyspace());
        }
        try {
            return builder.build();
        } catch (RuntimeException e) {
            throw explain(settings, unwrap(e));
        }
    }

    static ProgrammaticDriverConfigLoaderBuilder config(AstraSettings settings) {
        ProgrammaticDriverConfigLoaderBuilder config = DriverConfigLoader.programmaticBuilder()
                .withString(
                        DefaultDriverOption.REQUEST_CONSISTENCY,
                        settings.consistency().name())
                .withString(DefaultDriverOption.REQUEST_SERIAL_CONSISTENCY, DefaultConsistencyLevel.LOCAL_SERIAL.name())
                .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, settings.requestTimeout())
                .withInt(DefaultDriverOption.REQUEST_PAGE_SIZE, settings.pageSize())
                // statements that are safe to repeat say so one by one; the default stays "not idempotent"
                .withBoolean(DefaultDriverOption.REQUEST_DEFAULT_IDEMPOTENCE, false)
                .withString(DefaultDriverOption.RETRY_POLICY_CLASS, "DefaultRetryPolicy")
                .withString(
                        DefaultDriverOption.SPECULATIVE_EXECUTION_POLICY_CLASS, "ConstantSpeculativeExecutionPolicy")
                .withInt(DefaultDriverOption.SPECULATIVE_EXECUTION_MAX, 2)
                .withDuration(DefaultDriverOption.SPECULATIVE_EXECUTION_DELAY, SPECULATIVE_DELAY)
                // a desktop issues DDL only while migrating; a short debounce keeps each DDL well under a
                // second instead of ~1.3 s (recipe pitfall 4)
                .withDuration(DefaultDriverOption.METADATA_SCHEMA_WINDOW, Duration.ofMillis(10))
                .withDuration(DefaultDriverOption.METADATA_SCHEMA_REQUEST_TIMEOUT, settings.requestTimeout())
                .withDuration(DefaultDriverOption.CONNECTION_CONNECT_TIMEOUT, Duration.ofSeconds(5))
                .withDuration(DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, Duration.ofSeconds(5));
        if (settings.endpoint() instanceof SelfManaged self && self.tls().isPresent()) {
            var tls = self.tls().get();
            config.withString(DefaultDriverOption.SSL_ENGINE_FACTORY_CLASS, "DefaultSslEngineFactory")
                    .withString(
                            DefaultDriverOption.SSL_TRUSTSTORE_PATH,
                            tls.trustStore().toString())
                    .withString(
                            DefaultDriverOption.SSL_TRUSTSTORE_PASSWORD,
                            tls.trustStorePassword().reveal())
                    .withBoolean(DefaultDriverOption.SSL_HOSTNAME_VALIDATION, tls.hostnameValidation());
            tls.keyStore().ifPresent(path -> config.withString(DefaultDriverOption.SSL_KEYSTORE_PATH, path.toString()));
            tls.keyStorePassword()
                    .ifPresent(secret -> config.withString(DefaultDriverOption.SSL_KEYSTORE_PASSWORD, secret.reveal()));
        }
        return config;
    }

    static TeamStoreException explain(AstraSettings settings, Throwable failure) {
        String where = describe(settings);
        if (failure instanceof TeamStoreException known) {
            return known;
        }
        if (failure instanceof InvalidKeyspaceException) {
            return new TeamStoreException(
                    Reason.UNKNOWN_KEYSPACE,
                    "keyspace \"" + settings.keyspace() + "\" does not exist on " + where
                            + " (create it in the Astra portal, or run `curator migrate --create-keyspace` on a"
                            + " self-managed cluster)",
                    failure);
        }
        if (failure instanceof AllNodesFailedException allFailed) {
            List<Throwable> errors = allFailed.getAllErrors().values().stream()
                    .flatMap(List::stream)
                    .toList();
            if (errors.stream().anyMatch(AstraConnection::isAuthentication)) {
                String who = settings.endpoint() instanceof Cloud
                        ? "the AstraDB application token was rejected (expired, revoked or mistyped?)"
                        : "the user name or password was rejected";
                return new TeamStoreException(Reason.BAD_CREDENTIALS, who + " by " + where, failure);
            }
            if (errors.stream().anyMatch(error -> causedBy(error, SSLException.class))) {
                return new TeamStoreException(
                        Reason.TLS_FAILURE,
                        "TLS handshake with " + where + " failed (trust store, certificate or host name): "
                                + firstMessage(errors),
                        failure);
            }
            String details = errors.isEmpty()
                    ? "no host answered"
                    : errors.stream()
                            .map(AstraConnection::rootMessage)
                            .distinct()
                            .collect(Collectors.joining("; "));
            return new TeamStoreException(
                    Reason.UNREACHABLE, "cannot reach the team store at " + where + ": " + details, failure);
        }
        if (failure instanceof AuthenticationException) {
            return new TeamStoreException(Reason.BAD_CREDENTIALS, "credentials rejected by " + where, failure);
        }
        if (settings.endpoint() instanceof Cloud cloud) {
            return new TeamStoreException(
                    Reason.MISSING_BUNDLE,
                    "cannot use the secure connect bundle " + cloud.secureConnectBundle() + ": " + rootMessage(failure),
                    failure);
        }
        return new TeamStoreException(
                Reason.UNREACHABLE, "cannot connect to " + where + ": " + rootMessage(failure), failure);
    }

    static String describe(AstraSettings settings) {
        return switch (settings.endpoint()) {
            case Cloud cloud -> "AstraDB (bundle " + cloud.secureConnectBundle().getFileName() + ")";
            case SelfManaged self ->
                self.contactPoints().stream()
                                .map(address -> address.getHostString() + ":" + address.getPort())
                                .collect(Collectors.joining(", "))
                        + " (datacenter " + self.localDatacenter() + ")";
        };
    }

    private static boolean isAuthentication(Throwable error) {
        return causedBy(error, AuthenticationException.class);
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String firstMessage(List<Throwable> errors) {
        return errors.isEmpty() ? "" : rootMessage(errors.getFirst());
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while (current instanceof CompletionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
