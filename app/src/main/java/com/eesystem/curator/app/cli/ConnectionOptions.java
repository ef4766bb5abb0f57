package com.eesystem.curator.app.cli;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.eesystem.curator.app.config.ConnectionConfig;
import com.eesystem.curator.app.config.ConnectionConfigFile;
import com.eesystem.curator.app.config.HostPort;
import com.eesystem.curator.storage.astra.AstraSettings;
import com.eesystem.curator.storage.astra.Secret;
import com.eesystem.curator.storage.redis.RedisSettings;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * How every command reaches the team store and Redis, one set of options for {@code connect},
 * {@code sync}, {@code migrate}, {@code export} and {@code import}. What is given here (or in the
 * CURATOR_* environment variables) wins; what is not given comes from the saved config
 * ({@code curator connect save}). Secrets are read from environment variables named here, never from
 * arguments, which other users of the machine can see in the process list.
 */
final class ConnectionOptions {

    static final String TOKEN_VARIABLE = "CURATOR_ASTRA_TOKEN";
    static final String ASTRA_TOKEN_VARIABLE = "ASTRA_DB_APPLICATION_TOKEN";
    static final String PASSWORD_VARIABLE = "CURATOR_CASSANDRA_PASSWORD";
    static final String REDIS_PASSWORD_VARIABLE = "CURATOR_REDIS_PASSWORD";
    static final String DEFAULT_KEYSPACE = "curator";

    @Option(
            names = {"--bundle", "--secure-connect-bundle"},
            paramLabel = "ZIP",
            description = "AstraDB secure connect bundle (default: $CURATOR_ASTRA_BUNDLE, else the saved config).")
    Path bundle;

    @Option(
            names = "--token-env",
            paramLabel = "VARIABLE",
            description = "Environment variable holding the AstraDB application token (default: " + TOKEN_VARIABLE
                    + ", else " + ASTRA_TOKEN_VARIABLE + ").")
    String tokenVariable;

    @Option(
            names = {"--contact-point", "--contact-points"},
            split = ",",
            paramLabel = "HOST:PORT",
            description = "Self-managed Cassandra node(s), repeatable or comma-separated"
                    + " (default: $CURATOR_TEAM_CONTACT_POINTS, else the saved config).")
    List<String> contactPoints = new ArrayList<>();

    @Option(
            names = "--datacenter",
            description = "Local datacenter of the contact points (default: $CURATOR_TEAM_DATACENTER or datacenter1).")
    String datacenter;

    @Option(names = "--username", description = "Cassandra user name (PasswordAuthenticator).")
    String username;

    @Option(
            names = "--password-env",
            paramLabel = "VARIABLE",
            description = "Environment variable holding the Cassandra password (default: " + PASSWORD_VARIABLE + ").")
    String passwordVariable;

    @Option(names = "--truststore", paramLabel = "FILE", description = "TLS to Cassandra: trust store (JKS/PKCS12).")
    Path trustStore;

    @Option(
            names = "--truststore-password-env",
            paramLabel = "VARIABLE",
            description =
                    "Environment variable holding the trust store password (default: CURATOR_TRUSTSTORE_PASSWORD).")
    String trustStorePasswordVariable;

    @Option(names = "--no-hostname-validation", description = "TLS: do not check the node's host name.")
    boolean noHostnameValidation;

    @Option(
            names = "--keyspace",
            description = "Keyspace of the team store (default: $CURATOR_TEAM_KEYSPACE, the saved one, or curator).")
    String keyspace;

    @Option(
            names = "--dimension",
            description = "Vector dimension of the keyspace: 1536 (OpenAI) or 384 (local model); default the saved"
                    + " one, else 1536.")
    Integer dimension;

    @Option(names = "--consistency", description = "Consistency of reads and writes (default LOCAL_QUORUM).")
    DefaultConsistencyLevel consistency;

    @Option(
            names = "--redis-url",
            paramLabel = "URL",
            description = "Redis: redis://host:6379/0 or rediss://... (default: $CURATOR_REDIS_URL, else the saved"
                    + " config); the password comes from $" + REDIS_PASSWORD_VARIABLE + ".")
    String redisUrl;

    @Option(
            names = "--redis-password-env",
            paramLabel = "VARIABLE",
            description = "Environment variable holding the Redis password (default: " + REDIS_PASSWORD_VARIABLE + ").")
    String redisPasswordVariable;

    /** The process environment; tests put their own. */
    Map<String, String> environment = System.getenv();

    /** Options and environment first, then the saved config for whatever they leave open. */
    ConnectionConfig resolve(ConnectionConfigFile saved) {
        ConnectionConfig given = given();
        ConnectionConfig stored =
                given.teamStore().isPresent() && given.liveLayer().isPresent() ? ConnectionConfig.none() : saved.load();
        Optional<AstraSettings> team =
                given.teamStore().or(() -> stored.teamStore().map(this::overridden));
        return new ConnectionConfig(team, given.liveLayer().or(stored::liveLayer));
    }

    /** The team store to use: from the options, else the saved config; refuses when there is neither. */
    AstraSettings teamStore(CuratorCommand root) {
        return resolve(ConnectionConfigFile.of(root.dataDirectory()))
                .teamStore()
                .orElseThrow(() -> new IllegalArgumentException("no team store: give --bundle (AstraDB) or"
                        + " --contact-point (self-managed Cassandra), or save one with `curator connect save`"));
    }

    /** Only what the options and the environment say, without the saved config. */
    ConnectionConfig given() {
        return new ConnectionConfig(teamStore(), liveLayer());
    }

    /** True when a team-store endpoint was named on the command line or in the environment. */
    boolean namesTeamStore() {
        return bundle() != null || !contactPointTexts().isEmpty();
    }

    private Optional<AstraSettings> teamStore() {
        Path bundlePath = bundle();
        List<String> points = contactPointTexts();
        if (bundlePath != null && !points.isEmpty()) {
            throw new IllegalArgumentException(
                    "--bundle and --contact-point: give one, AstraDB or a self-managed Cassandra, not both");
        }
        AstraSettings.Endpoint endpoint;
        if (bundlePath != null) {
            endpoint = new AstraSettings.Cloud(bundlePath, astraToken());
        } else if (!points.isEmpty()) {
            List<InetSocketAddress> addresses = new ArrayList<>();
            for (String point : points) {
                addresses.add(HostPort.parse("--contact-point", point));
            }
            String dc = firstNonBlank(datacenter, environment.get("CURATOR_TEAM_DATACENTER"), "datacenter1");
            AstraSettings.SelfManaged self =
                    new AstraSettings.SelfManaged(addresses, dc, Optional.empty(), Optional.empty());
            if (username != null) {
                String variable = firstNonBlank(passwordVariable, PASSWORD_VARIABLE);
                self = self.withCredentials(new AstraSettings.Credentials(
                        username, secret(variable, "--password-env", "the Cassandra password")));
            }
            if (trustStore != null) {
                String variable = firstNonBlank(trustStorePasswordVariable, "CURATOR_TRUSTSTORE_PASSWORD");
                self = self.withTls(new AstraSettings.Tls(
                        trustStore,
                        secret(variable, "--truststore-password-env", "the trust store password"),
                        Optional.empty(),
                        Optional.empty(),
                        !noHostnameValidation));
            }
            endpoint = self;
        } else {
            return Optional.empty();
        }
        return Optional.of(new AstraSettings(
                endpoint,
                firstNonBlank(keyspace, environment.get("CURATOR_TEAM_KEYSPACE"), DEFAULT_KEYSPACE),
                dimension == null ? AstraSettings.OPENAI_DIMENSION : dimension,
                consistency == null ? DefaultConsistencyLevel.LOCAL_QUORUM : consistency,
                500,
                Duration.ofSeconds(10)));
    }

    /** A saved team store with the keyspace, dimension and consistency given here, if any. */
    private AstraSettings overridden(AstraSettings saved) {
        AstraSettings settings = saved;
        String otherKeyspace = firstNonBlank(keyspace, environment.get("CURATOR_TEAM_KEYSPACE"), null);
        if (otherKeyspace != null) {
            settings = settings.withKeyspace(otherKeyspace);
        }
        if (dimension != null) {
            settings = new AstraSettings(
                    settings.endpoint(),
                    settings.keyspace(),
                    dimension,
                    settings.consistency(),
                    settings.pageSize(),
                    settings.requestTimeout());
        }
        return consistency == null ? settings : settings.withConsistency(consistency);
    }

    private Optional<RedisSettings> liveLayer() {
        String url = firstNonBlank(redisUrl, environment.get("CURATOR_REDIS_URL"), null);
        if (url == null) {
            return Optional.empty();
        }
        RedisSettings settings = RedisSettings.fromUrl(url);
        String variable = firstNonBlank(redisPasswordVariable, REDIS_PASSWORD_VARIABLE);
        String password = environment.get(variable);
        if (password != null && !password.isEmpty()) {
            settings = settings.withCredentials(settings.username().orElse(null), password);
        } else if (redisPasswordVariable != null) {
            throw new IllegalArgumentException(
                    "--redis-password-env: environment variable " + variable + " is not set (the Redis password)");
        }
        return Optional.of(settings);
    }

    private Path bundle() {
        if (bundle != null) {
            return bundle;
        }
        String fromEnvironment = environment.get("CURATOR_ASTRA_BUNDLE");
        return fromEnvironment == null || fromEnvironment.isBlank() ? null : Path.of(fromEnvironment);
    }

    private List<String> contactPointTexts() {
        List<String> points = new ArrayList<>();
        List<String> given = contactPoints == null ? List.of() : contactPoints;
        if (given.isEmpty()) {
            String fromEnvironment = environment.get("CURATOR_TEAM_CONTACT_POINTS");
            given = fromEnvironment == null ? List.of() : List.of(fromEnvironment.split(","));
        }
        for (String point : given) {
            if (!point.isBlank()) {
                points.add(point.strip());
            }
        }
        return points;
    }

    private Secret astraToken() {
        if (tokenVariable != null) {
            return secret(tokenVariable, "--token-env", "the AstraDB application token");
        }
        String token = firstNonBlank(environment.get(TOKEN_VARIABLE), environment.get(ASTRA_TOKEN_VARIABLE), null);
        if (token == null) {
            throw new IllegalArgumentException("--bundle " + bundle() + " needs the AstraDB application token in $"
                    + TOKEN_VARIABLE + " (or $" + ASTRA_TOKEN_VARIABLE + ", or the variable named by --token-env)");
        }
        return Secret.of(token);
    }

    private Secret secret(String variable, String option, String what) {
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(
                    option + ": environment variable " + variable + " is not set (" + what + ")");
        }
        return Secret.of(value);
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
