package com.eesystem.curator.storage.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.generation.GeneratedContent;
import com.eesystem.curator.domain.generation.GenerationRequest;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.testsupport.RedisServer;
import com.eesystem.curator.testsupport.RedisServerExtension;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** ACL users and TLS against the real server (configured at runtime, undone after each test). */
@ExtendWith(RedisServerExtension.class)
class RedisSecurityIT {

    private static final GenerationRequest REQUEST =
            GenerationRequest.of(ContentType.QUOTE, Platform.TWITTER, "calm words");

    private final RedisServer server;

    RedisSecurityIT(RedisServer server) {
        this.server = server;
    }

    @AfterEach
    void undo() {
        server.command("ACL", "DELUSER", "curator_app");
        server.command("CONFIG", "SET", "tls-port", "0");
    }

    @Test
    void anAclUserFromTheUrlLogsInAndAWrongPasswordIsReportedAsTheReason() {
        server.command("ACL", "SETUSER", "curator_app", "on", ">s3cret-pw", "~*", "&*", "+@all");
        String base = "redis://curator_app:%s@127.0.0.1:" + server.port();

        try (RedisLink link = RedisLink.open(RedisSettings.fromUrl(base.formatted("s3cret-pw")))) {
            RedisGenerationCache cache = new RedisGenerationCache(link);
            cache.store(REQUEST, GeneratedContent.of("Breathe", ""));
            assertThat(cache.find(REQUEST)).isPresent();
            String user = link.call("ACL WHOAMI", redis -> redis.aclWhoami());
            assertThat(user).isEqualTo("curator_app");
        }
        try (RedisLink link = RedisLink.open(RedisSettings.fromUrl(base.formatted("wrong")))) {
            assertThat(link.availability().isAvailable()).isFalse();
            assertThatThrownBy(() -> new RedisGenerationCache(link).find(REQUEST))
                    .isInstanceOf(RedisUnavailable.class)
                    .hasMessageContaining("WRONGPASS")
                    .hasMessageNotContaining("wrong@");
        }
    }

    @Test
    void rediss_verifiesTheServerCertificateAgainstTheTrustedCa(@TempDir Path dir) throws Exception {
        Path key = dir.resolve("key.pem");
        Path cert = dir.resolve("cert.pem");
        Process openssl = new ProcessBuilder(
                        "openssl",
                        "req",
                        "-x509",
                        "-newkey",
                        "rsa:2048",
                        "-nodes",
                        "-days",
                        "1",
                        "-keyout",
                        key.toString(),
                        "-out",
                        cert.toString(),
                        "-subj",
                        "/CN=localhost",
                        "-addext",
                        "subjectAltName=IP:127.0.0.1,DNS:localhost")
                .redirectErrorStream(true)
                .start();
        assertThat(openssl.waitFor(60, TimeUnit.SECONDS) && openssl.exitValue() == 0)
                .as(
                        "openssl made a test certificate: %s",
                        new String(openssl.getInputStream().readAllBytes()))
                .isTrue();
        int tlsPort;
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            tlsPort = socket.getLocalPort();
        }
        server.command(
                "CONFIG",
                "SET",
                "tls-cert-file",
                cert.toString(),
                "tls-key-file",
                key.toString(),
                "tls-ca-cert-file",
                cert.toString(),
                "tls-auth-clients",
                "no");
        server.command("CONFIG", "SET", "tls-port", Integer.toString(tlsPort));
        assertThat(Files.exists(cert)).isTrue();

        RedisSettings tls = RedisSettings.fromUrl("rediss://127.0.0.1:" + tlsPort);
        try (RedisLink link = RedisLink.open(tls.withTrustedCertificates(cert))) {
            RedisGenerationCache cache = new RedisGenerationCache(link);
            cache.store(REQUEST, GeneratedContent.of("Over TLS", ""));
            assertThat(cache.find(REQUEST)).contains(GeneratedContent.of("Over TLS", ""));
        }
        try (RedisLink untrusting = RedisLink.open(tls)) {
            assertThat(untrusting.availability().isAvailable()).isFalse();
            assertThatThrownBy(() -> new RedisGenerationCache(untrusting).find(REQUEST))
                    .isInstanceOf(RedisUnavailable.class)
                    .hasMessageContaining("certif");
        }
    }
}
