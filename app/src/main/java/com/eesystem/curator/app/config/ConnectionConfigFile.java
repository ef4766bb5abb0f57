package com.eesystem.curator.app.config;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.eesystem.curator.app.DataDirectory;
import com.eesystem.curator.storage.astra.AstraSettings;
import com.eesystem.curator.storage.astra.Secret;
import com.eesystem.curator.storage.codec.JsonCodec;
import com.eesystem.curator.storage.redis.RedisSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The connection config of a data dir, {@code <data dir>/connections.json}: plain JSON for what is not
 * secret (bundle path, hosts, keyspace, Redis host) and AES-GCM sealed values ({@link ConfigKey}) for
 * the token and passwords. Written whole to a temporary file and moved in, so a crash leaves the old
 * config or the new one, never half of one.
 */
public final class ConnectionConfigFile {

    public static final String FILE_NAME = "connections.json";
    private static final int FORMAT = 1;

    private final Path file;
    private final Path keys;

    public ConnectionConfigFile(Path file, Path keys) {
        this.file = file.toAbsolutePath().normalize();
        this.keys = keys.toAbsolutePath().normalize();
    }

    public static ConnectionConfigFile of(DataDirectory dataDirectory) {
        return new ConnectionConfigFile(dataDirectory.root().resolve(FILE_NAME), dataDirectory.keys());
    }

    public Path path() {
        return file;
    }

    public boolean exists() {
        return Files.isRegularFile(file);
    }

    /** The saved config; {@link ConnectionConfig#none()} when nothing was saved. */
    public ConnectionConfig load() {
        if (!exists()) {
            return ConnectionConfig.none();
        }
        JsonNode root;
        try {
            root = JsonCodec.instance().tree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw new ConnectionConfigException(file + ": cannot be read as JSON: " + e.getMessage(), e);
        }
        int format = root.path("format").asInt(-1);
        if (format != FORMAT) {
            throw new ConnectionConfigException(
                    file + ": format " + format + " is not " + FORMAT + " (written by another Curator version?)");
        }
        ConfigKey key = ConfigKey.loadOrCreate(keys);
        try {
            Optional<AstraSettings> team = root.hasNonNull("teamStore")
                    ? Optional.of(teamStore(root.get("teamStore"), key))
                    : Optional.empty();
            Optional<RedisSettings> redis =
                    root.hasNonNull("redis") ? Optional.of(redis(root.get("redis"), key)) : Optional.empty();
            return new ConnectionConfig(team, redis);
        } catch (IllegalArgumentException e) {
            throw new ConnectionConfigException(file + ": " + e.getMessage(), e);
        }
    }

    /** Replaces the saved config; secrets are sealed before anything reaches the disk. */
    public void save(ConnectionConfig config) {
        ConfigKey key = ConfigKey.loadOrCreate(keys);
        ObjectNode root = JsonCodec.instance().mapper().createObjectNode();
        root.put("format", FORMAT);
        config.teamStore().ifPresent(team -> root.set("teamStore", teamStore(team, key)));
        config.liveLayer().ifPresent(redis -> root.set("redis", redis(redis, key)));
        write(JsonCodec.instance().write(root));
    }

    /** Forgets the saved config (the key stays, so a later save reuses it). */
    public void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new ConnectionConfigException(file + ": cannot be deleted: " + e, e);
        }
    }

    private void write(String json) {
        try {
            Files.createDirectories(file.getParent());
            Path partial = Files.createTempFile(file.getParent(), FILE_NAME, ".partial");
            try {
                if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
                }
                Files.writeString(partial, json + "\n", StandardCharsets.UTF_8);
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new ConnectionConfigException(file + ": cannot be written: " + e, e);
        }
    }

    private static ObjectNode teamStore(AstraSettings settings, ConfigKey key) {
        ObjectNode node = JsonCodec.instance().mapper().createObjectNode();
        switch (settings.endpoint()) {
            case AstraSettings.Cloud cloud -> {
                node.put("kind", "astra");
                node.put("bundle", cloud.secureConnectBundle().toString());
                node.put("token", key.seal("teamStore.token", cloud.token().reveal()));
            }
            case AstraSettings.SelfManaged self -> {
                node.put("kind", "cassandra");
                ArrayNode points = node.putArray("contactPoints");
                self.contactPoints().forEach(point -> points.add(point.getHostString() + ":" + point.getPort()));
                node.put("datacenter", self.localDatacenter());
                self.credentials().ifPresent(login -> {
                    node.put("username", login.username());
                    node.put(
                            "password",
                            key.seal("teamStore.password", login.password().reveal()));
                });
                self.tls().ifPresent(tls -> {
                    ObjectNode tlsNode = node.putObject("tls");
                    tlsNode.put("trustStore", tls.trustStore().toString());
                    tlsNode.put(
                            "trustStorePassword",
                            key.seal(
                                    "teamStore.tls.trustStorePassword",
                                    tls.trustStorePassword().reveal()));
                    tls.keyStore().ifPresent(path -> tlsNode.put("keyStore", path.toString()));
                    tls.keyStorePassword()
                            .ifPresent(secret -> tlsNode.put(
                                    "keyStorePassword", key.seal("teamStore.tls.keyStorePassword", secret.reveal())));
                    tlsNode.put("hostnameValidation", tls.hostnameValidation());
                });
            }
        }
        node.put("keyspace", settings.keyspace());
        node.put("dimension", settings.vectorDimension());
        node.put("consistency", settings.consistency().name());
        return node;
    }

    private static AstraSettings teamStore(JsonNode node, ConfigKey key) {
        String kind = text(node, "teamStore.kind");
        AstraSettings.Endpoint endpoint = switch (kind) {
            case "astra" ->
                new AstraSettings.Cloud(
                        Path.of(text(node, "teamStore.bundle")),
                        Secret.of(key.open("teamStore.token", text(node, "teamStore.token"))));
            case "cassandra" -> selfManaged(node, key);
            default ->
                throw new IllegalArgumentException("teamStore.kind: \"" + kind + "\" is not one of astra, cassandra");
        };
        DefaultConsistencyLevel consistency;
        try {
            consistency = DefaultConsistencyLevel.valueOf(
                    node.path("consistency").asText(DefaultConsistencyLevel.LOCAL_QUORUM.name()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "teamStore.consistency: \"" + node.path("consistency").asText() + "\" is not a consistency level");
        }
        return new AstraSettings(
                endpoint,
                text(node, "teamStore.keyspace"),
                node.path("dimension").asInt(AstraSettings.OPENAI_DIMENSION),
                consistency,
                500,
                Duration.ofSeconds(10));
    }

    private static AstraSettings.SelfManaged selfManaged(JsonNode node, ConfigKey key) {
        List<InetSocketAddress> points = new ArrayList<>();
        for (JsonNode point : node.path("contactPoints")) {
            points.add(HostPort.parse("teamStore.contactPoints", point.asText()));
        }
        AstraSettings.SelfManaged self = new AstraSettings.SelfManaged(
                points, text(node, "teamStore.datacenter"), Optional.empty(), Optional.empty());
        if (node.hasNonNull("username")) {
            self = self.withCredentials(new AstraSettings.Credentials(
                    node.get("username").asText(),
                    Secret.of(key.open("teamStore.password", text(node, "teamStore.password")))));
        }
        JsonNode tls = node.get("tls");
        if (tls != null && !tls.isNull()) {
            self = self.withTls(new AstraSettings.Tls(
                    Path.of(text(tls, "teamStore.tls.trustStore")),
                    Secret.of(key.open(
                            "teamStore.tls.trustStorePassword", text(tls, "teamStore.tls.trustStorePassword"))),
                    tls.hasNonNull("keyStore")
                            ? Optional.of(Path.of(tls.get("keyStore").asText()))
                            : Optional.empty(),
                    tls.hasNonNull("keyStorePassword")
                            ? Optional.of(Secret.of(key.open(
                                    "teamStore.tls.keyStorePassword",
                                    tls.get("keyStorePassword").asText())))
                            : Optional.empty(),
                    tls.path("hostnameValidation").asBoolean(true)));
        }
        return self;
    }

    private static ObjectNode redis(RedisSettings redis, ConfigKey key) {
        ObjectNode node = JsonCodec.instance().mapper().createObjectNode();
        // the URL without credentials: user and password are kept apart, the password sealed
        node.put(
                "url",
                (redis.tls() ? "rediss://" : "redis://") + redis.host() + ":" + redis.port() + "/" + redis.database());
        redis.username().ifPresent(user -> node.put("username", user));
        redis.password().ifPresent(password -> node.put("password", key.seal("redis.password", password)));
        node.put("verifyPeer", redis.verifyPeer());
        redis.trustedCertificates().ifPresent(pem -> node.put("trustedCertificates", pem.toString()));
        return node;
    }

    private static RedisSettings redis(JsonNode node, ConfigKey key) {
        RedisSettings settings = RedisSettings.fromUrl(text(node, "redis.url"));
        Optional<String> password = node.hasNonNull("password")
                ? Optional.of(key.open("redis.password", node.get("password").asText()))
                : Optional.empty();
        String user = node.hasNonNull("username") ? node.get("username").asText() : null;
        if (password.isPresent() || user != null) {
            settings = settings.withCredentials(user, password.orElse(null));
        }
        if (!node.path("verifyPeer").asBoolean(true)) {
            settings = settings.withVerifyPeer(false);
        }
        if (node.hasNonNull("trustedCertificates")) {
            settings = settings.withTrustedCertificates(
                    Path.of(node.get("trustedCertificates").asText()));
        }
        return settings;
    }

    private static String text(JsonNode node, String field) {
        String name = field.substring(field.lastIndexOf('.') + 1);
        JsonNode value = node.get(name);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new IllegalArgumentException(field + ": is missing");
        }
        return value.asText();
    }
}
