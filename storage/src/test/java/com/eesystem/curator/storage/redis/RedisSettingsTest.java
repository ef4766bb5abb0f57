package com.eesystem.curator.storage.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.RedisCredentials;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SslVerifyMode;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedisSettingsTest {

    @Test
    void aPlainUrlNamesHostPortAndDatabase() {
        RedisSettings settings = RedisSettings.fromUrl("redis://cache.example.org:6380/2");

        assertThat(settings.host()).isEqualTo("cache.example.org");
        assertThat(settings.port()).isEqualTo(6380);
        assertThat(settings.database()).isEqualTo(2);
        assertThat(settings.tls()).isFalse();
        assertThat(settings.username()).isEmpty();
        assertThat(settings.password()).isEmpty();
    }

    @Test
    void redissMeansTlsWithPeerVerificationAndTheDefaultPort() {
        RedisSettings settings = RedisSettings.fromUrl("rediss://cache.example.org");
        RedisURI uri = settings.toRedisUri();

        assertThat(settings.port()).isEqualTo(6379);
        assertThat(uri.isSsl()).isTrue();
        assertThat(uri.getVerifyMode()).isEqualTo(SslVerifyMode.FULL);
        assertThat(settings.withVerifyPeer(false).toRedisUri().getVerifyMode()).isEqualTo(SslVerifyMode.NONE);
    }

    @Test
    void anAclUserAndAnEncodedPasswordComeFromTheUrl() {
        RedisSettings settings = RedisSettings.fromUrl("rediss://curator:p%40ss%3Aword@cache.example.org:6380");
        RedisURI uri = settings.toRedisUri();

        assertThat(settings.username()).contains("curator");
        assertThat(settings.password()).contains("p@ss:word");
        RedisCredentials credentials =
                uri.getCredentialsProvider().resolveCredentials().block();
        assertThat(credentials.getUsername()).isEqualTo("curator");
        assertThat(new String(credentials.getPassword())).isEqualTo("p@ss:word");
    }

    @Test
    void aPasswordWithoutUserIsTheLegacyRequirepass() {
        RedisSettings settings = RedisSettings.fromUrl("redis://s3cret@localhost:7000");

        assertThat(settings.username()).isEmpty();
        assertThat(settings.password()).contains("s3cret");
        RedisCredentials credentials = settings.toRedisUri()
                .getCredentialsProvider()
                .resolveCredentials()
                .block();
        assertThat(credentials.getUsername()).isNull();
        assertThat(new String(credentials.getPassword())).isEqualTo("s3cret");
    }

    @Test
    void thePasswordNeverShowsInTextMeantForPeople() {
        RedisSettings settings = RedisSettings.fromUrl("rediss://curator:topsecret@cache.example.org:6380/1");

        assertThat(settings.toString()).doesNotContain("topsecret").contains("curator:****@");
        assertThat(settings.displayUrl()).isEqualTo("rediss://curator:****@cache.example.org:6380/1");
        assertThat(RedisSettings.fromUrl("redis://topsecret@h").displayUrl()).isEqualTo("redis://****@h:6379/0");
    }

    @Test
    void aBadUrlFailsNamingItWithoutThePassword() {
        assertThatThrownBy(() -> RedisSettings.fromUrl("http://user:topsecret@host"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("redis url")
                .hasMessageContaining("redis:// or rediss://")
                .hasMessageNotContaining("topsecret");
        assertThatThrownBy(() -> RedisSettings.fromUrl("redis://host/db7"))
                .hasMessageContaining("database \"db7\" is not a number");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 65_536})
    void aPortOutsideTheRangeIsRefused(int port) {
        assertThatThrownBy(() -> new RedisSettings(
                        "h",
                        port,
                        0,
                        false,
                        true,
                        Optional.empty(),
                        Optional.empty(),
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(1),
                        Optional.empty()))
                .hasMessageContaining("redis port: " + port);
    }

    @Test
    void credentialsCanBeGivenApartFromTheUrl() {
        RedisSettings settings = RedisSettings.fromUrl("redis://h:1").withCredentials("app", "pw");
        assertThat(settings.username()).contains("app");
        assertThat(settings.password()).contains("pw");
        assertThat(settings.toString()).doesNotContain("pw@").contains("app:****@");
    }
}
