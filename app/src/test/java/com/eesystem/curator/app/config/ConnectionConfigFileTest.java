package com.eesystem.curator.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.storage.astra.AstraSettings;
import com.eesystem.curator.storage.astra.Secret;
import com.eesystem.curator.storage.redis.RedisSettings;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionConfigFileTest {

    private static final String TOKEN = "AstraCS:abcdefSECRETtoken:0123456789";
    private static final String REDIS_PASSWORD = "redis-Pa55-word";

    @TempDir
    Path dataDir;

    ConnectionConfigFile file() {
        return new ConnectionConfigFile(dataDir.resolve("connections.json"), dataDir.resolve("keys"));
    }

    static ConnectionConfig astraAndRedis(Path bundle) {
        return new ConnectionConfig(
                Optional.of(AstraSettings.astra(bundle, Secret.of(TOKEN), "curator", 384)),
                Optional.of(RedisSettings.fromUrl("redis://cache.example:6380/2")
                        .withCredentials("curator", REDIS_PASSWORD)));
    }

    @Test
    void aSavedConfigReadsBackEqual() {
        ConnectionConfig config = astraAndRedis(dataDir.resolve("secure-connect.zip"));
        file().save(config);

        assertThat(file().load()).isEqualTo(config);
    }

    @Test
    void noSecretIsWrittenInPlainText() throws Exception {
        AstraSettings cassandra = new AstraSettings(
                new AstraSettings.SelfManaged(
                                List.of(new InetSocketAddress("10.0.0.5", 9042)),
                                "dc1",
                                Optional.empty(),
                                Optional.empty())
                        .withCredentials(new AstraSettings.Credentials("curator", Secret.of("cassandra-S3cret")))
                        .withTls(new AstraSettings.Tls(
                                dataDir.resolve("trust.p12"),
                                Secret.of("trust-S3cret"),
                                Optional.empty(),
                                Optional.empty(),
                                true)),
                "team",
                1536,
                com.datastax.oss.driver.api.core.DefaultConsistencyLevel.LOCAL_QUORUM,
                500,
                java.time.Duration.ofSeconds(10));
        ConnectionConfig config = new ConnectionConfig(
                Optional.of(cassandra),
                Optional.of(RedisSettings.fromUrl("rediss://cache:6380/0").withCredentials(null, REDIS_PASSWORD)));
        file().save(config);

        String onDisk = Files.readString(file().path(), StandardCharsets.UTF_8);
        assertThat(onDisk)
                .doesNotContain("cassandra-S3cret")
                .doesNotContain("trust-S3cret")
                .doesNotContain(REDIS_PASSWORD)
                .contains("10.0.0.5:9042")
                .contains("aesgcm:");
        assertThat(file().load()).isEqualTo(config);
    }

    @Test
    void theConfigAndTheKeyAreReadableByTheOwnerOnly() throws Exception {
        file().save(astraAndRedis(dataDir.resolve("b.zip")));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file().path())))
                .isEqualTo("rw-------");
        Path key = dataDir.resolve("keys").resolve(ConfigKey.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("keys"))))
                .isEqualTo("rwx------");
        assertThat(Files.readString(file().path()))
                .doesNotContain(Files.readString(key).strip());
    }

    @Test
    void aSecretMovedToAnotherFieldDoesNotOpen() throws Exception {
        file().save(astraAndRedis(dataDir.resolve("b.zip")));
        String json = Files.readString(file().path());
        String token = json.replaceAll("(?s).*\"token\":\"(aesgcm:[^\"]+)\".*", "$1");
        String redisPassword = json.replaceAll("(?s).*\"password\":\"(aesgcm:[^\"]+)\".*", "$1");
        Files.writeString(file().path(), json.replace(redisPassword, token));

        assertThatThrownBy(() -> file().load())
                .isInstanceOf(ConnectionConfigException.class)
                .hasMessageContaining("redis.password")
                .hasMessageContaining("cannot be decrypted");
    }

    @Test
    void aReplacedKeyNamesTheFieldAndTheRemedy() throws Exception {
        file().save(astraAndRedis(dataDir.resolve("b.zip")));
        Files.delete(dataDir.resolve("keys").resolve(ConfigKey.FILE_NAME));

        assertThatThrownBy(() -> file().load())
                .isInstanceOf(ConnectionConfigException.class)
                .hasMessageContaining("teamStore.token")
                .hasMessageContaining("save the connection again");
    }

    @Test
    void nothingSavedMeansNotConfigured() {
        assertThat(file().load()).isEqualTo(ConnectionConfig.none());
        assertThat(file().load().describe())
                .containsExactly("team store: not configured", "live layer: not configured");
    }

    @Test
    void theDescriptionMasksEverySecret() {
        List<String> lines = astraAndRedis(dataDir.resolve("b.zip")).describe();

        assertThat(String.join("\n", lines))
                .doesNotContain(TOKEN)
                .doesNotContain(REDIS_PASSWORD)
                .contains("token: ****")
                .contains("redis://curator:****@cache.example:6380/2");
    }

    @Test
    void aBrokenFileNamesItself() throws Exception {
        Files.writeString(file().path(), "{\"format\": 1, \"teamStore\": {\"kind\": \"mainframe\"}}");

        assertThatThrownBy(() -> file().load())
                .isInstanceOf(ConnectionConfigException.class)
                .hasMessageContaining("connections.json")
                .hasMessageContaining("teamStore.kind: \"mainframe\"");
    }
}
