package com.eesystem.curator.storage.astra;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the team store: AstraDB (secure connect bundle + application token) or a self-managed
 * Cassandra 5 (contact points, local datacenter, optional credentials and TLS), the keyspace, the vector
 * dimension the keyspace was created with, and request defaults. Secrets are {@link Secret}s, so
 * {@code toString()} is safe to log.
 *
 * @param keyspace the keyspace every table lives in (letters, digits, underscore; at most 48)
 * @param vectorDimension 1536 (OpenAI text-embedding-3-large, the spec) or 384 (the local model)
 * @param consistency consistency of reads and writes; LOCAL_QUORUM unless a single-node test says ONE
 * @param pageSize rows per page for large reads (listings, exports)
 * @param requestTimeout how long one request may take before the driver gives up
 */
public record AstraSettings(
        Endpoint endpoint,
        String keyspace,
        int vectorDimension,
        DefaultConsistencyLevel consistency,
        int pageSize,
        Duration requestTimeout) {

    public static final int OPENAI_DIMENSION = 1536;
    public static final int LOCAL_MODEL_DIMENSION = 384;

    public AstraSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        if (keyspace == null || !keyspace.matches("[A-Za-z][A-Za-z0-9_]{0,47}")) {
            throw invalid("keyspace", keyspace, "letters, digits and _, starting with a letter, at most 48");
        }
        if (vectorDimension != OPENAI_DIMENSION && vectorDimension != LOCAL_MODEL_DIMENSION) {
            throw invalid("vectorDimension", vectorDimension, OPENAI_DIMENSION + " or " + LOCAL_MODEL_DIMENSION);
        }
        Objects.requireNonNull(consistency, "consistency");
        if (pageSize < 1 || pageSize > 10_000) {
            throw invalid("pageSize", pageSize, "1..10000");
        }
        if (requestTimeout == null || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw invalid("requestTimeout", requestTimeout, "a positive duration");
        }
    }

    /** AstraDB with the defaults: LOCAL_QUORUM, pages of 500 rows, 10 s requests. */
    public static AstraSettings astra(Path secureConnectBundle, Secret token, String keyspace, int dimension) {
        return new AstraSettings(
                new Cloud(secureConnectBundle, token),
                keyspace,
                dimension,
                DefaultConsistencyLevel.LOCAL_QUORUM,
                500,
                Duration.ofSeconds(10));
    }

    /** A self-managed cluster with the defaults: LOCAL_QUORUM, pages of 500 rows, 10 s requests. */
    public static AstraSettings selfManaged(
            List<InetSocketAddress> contactPoints, String localDatacenter, String keyspace, int dimension) {
        return new AstraSettings(
                new SelfManaged(contactPoints, localDatacenter, Optional.empty(), Optional.empty()),
                keyspace,
                dimension,
                DefaultConsistencyLevel.LOCAL_QUORUM,
                500,
                Duration.ofSeconds(10));
    }

    public AstraSettings withConsistency(DefaultConsistencyLevel level) {
        return new AstraSettings(endpoint, keyspace, vectorDimension, level, pageSize, requestTimeout);
    }

    public AstraSettings withKeyspace(String otherKeyspace) {
        return new AstraSettings(endpoint, otherKeyspace, vectorDimension, consistency, pageSize, requestTimeout);
    }

    public AstraSettings withPageSize(int rows) {
        return new AstraSettings(endpoint, keyspace, vectorDimension, consistency, rows, requestTimeout);
    }

    public AstraSettings withRequestTimeout(Duration timeout) {
        return new AstraSettings(endpoint, keyspace, vectorDimension, consistency, pageSize, timeout);
    }

    /** Where the cluster is. */
    public sealed interface Endpoint permits Cloud, SelfManaged {}

    /** AstraDB: the secure connect bundle zip from the Astra portal and an application token (AstraCS:...). */
    public record Cloud(Path secureConnectBundle, Secret token) implements Endpoint {
        public Cloud {
            Objects.requireNonNull(secureConnectBundle, "secureConnectBundle");
            Objects.requireNonNull(token, "token");
        }
    }

    /** A self-managed Cassandra 5: contact points in the local datacenter, optional login and TLS. */
    public record SelfManaged(
            List<InetSocketAddress> contactPoints,
            String localDatacenter,
            Optional<Credentials> credentials,
            Optional<Tls> tls)
            implements Endpoint {
        public SelfManaged {
            if (contactPoints == null || contactPoints.isEmpty()) {
                throw invalid("contactPoints", contactPoints, "at least one host:port");
            }
            contactPoints = List.copyOf(contactPoints);
            if (localDatacenter == null || localDatacenter.isBlank()) {
                throw invalid("localDatacenter", localDatacenter, "the datacenter name, e.g. datacenter1");
            }
            Objects.requireNonNull(credentials, "credentials");
            Objects.requireNonNull(tls, "tls");
        }

        public SelfManaged withCredentials(Credentials login) {
            return new SelfManaged(contactPoints, localDatacenter, Optional.of(login), tls);
        }

        public SelfManaged withTls(Tls settings) {
            return new SelfManaged(contactPoints, localDatacenter, credentials, Optional.of(settings));
        }
    }

    /** PasswordAuthenticator login. */
    public record Credentials(String username, Secret password) {
        public Credentials {
            if (username == null || username.isBlank()) {
                throw invalid("username", username, "a user name");
            }
            Objects.requireNonNull(password, "password");
        }
    }

    /**
     * TLS to the cluster: a trust store holding the cluster's CA, optionally a key store for client
     * certificates, and whether the server's host name must match its certificate.
     */
    public record Tls(
            Path trustStore,
            Secret trustStorePassword,
            Optional<Path> keyStore,
            Optional<Secret> keyStorePassword,
            boolean hostnameValidation) {
        public Tls {
            Objects.requireNonNull(trustStore, "trustStore");
            Objects.requireNonNull(trustStorePassword, "trustStorePassword");
            Objects.requireNonNull(keyStore, "keyStore");
            Objects.requireNonNull(keyStorePassword, "keyStorePassword");
        }
    }

    private static IllegalArgumentException invalid(String field, Object value, String expected) {
        String shown = value instanceof String text ? "\"" + text + "\"" : String.valueOf(value);
        return new IllegalArgumentException(field + ": " + shown + " is not valid (expected " + expected + ")");
    }
}
