package com.eesystem.curator.storage.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.agent.AgentType;
import com.eesystem.curator.domain.agent.CoordinationEvent;
import com.eesystem.curator.domain.agent.CoordinationSessionId;
import com.eesystem.curator.domain.brand.KnowledgeType;
import com.eesystem.curator.domain.cache.BrandKnowledgeEntry;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.generation.GeneratedContent;
import com.eesystem.curator.domain.generation.GenerationRequest;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.queue.ConsumerId;
import com.eesystem.curator.domain.queue.PublicationTask;
import com.eesystem.curator.domain.queue.Settlement;
import com.eesystem.curator.domain.queue.WorkItemId;
import com.eesystem.curator.domain.schedule.ScheduleEntryId;
import com.eesystem.curator.domain.session.Session;
import com.eesystem.curator.domain.session.SessionData;
import com.eesystem.curator.domain.session.SessionId;
import com.eesystem.curator.testsupport.RedisServer;
import com.eesystem.curator.testsupport.RedisServerExtension;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
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

    /** The least-privilege user docs/operations.md gives, word for word, can run every adapter. */
    @Test
    void theDocumentedLeastPrivilegeUserCanRunEveryAdapter() throws Exception {
        server.command(
                "ACL",
                "SETUSER",
                "curator_app",
                "on",
                ">pw",
                "~session:*",
                "~content_gen:*",
                "~brand:*",
                "~brand_index:*",
                "~agent:*",
                "~coord:*",
                "~{content_generation_queue}:*",
                "~{publication_queue}:*",
                "~{compliance_review_queue}:*",
                "&coord_events:*",
                "+@read",
                "+@write",
                "+@keyspace",
                "+@scripting",
                "+@pubsub",
                "+@connection",
                "-@dangerous");
        try (RedisLink link =
                RedisLink.open(RedisSettings.fromUrl("redis://curator_app:pw@127.0.0.1:" + server.port()))) {
            var clock = Clock.systemUTC();
            var queue = new RedisPublicationQueue(link, clock);
            queue.enqueue(
                    WorkItemId.of("acl-check"),
                    new PublicationTask(
                            ContentId.random(), Platform.TIKTOK, clock.instant(), ScheduleEntryId.random()));
            var claim = queue.claim(ConsumerId.of("acl"), Duration.ofMinutes(1)).orElseThrow();
            assertThat(queue.ack(claim)).isEqualTo(Settlement.SETTLED);
            assertThat(queue.depth().deadLettered()).isZero();

            var sessionId = SessionId.of("acl-session");
            var sessions = new RedisSessions(link, clock);
            sessions.create(Session.start(sessionId, SessionData.of("u"), clock.instant(), Session.IDLE_TIMEOUT));
            assertThat(sessions.touch(sessionId)).isPresent();

            var coordinationSession = CoordinationSessionId.of(UUID.randomUUID());
            var log = new RedisCoordinationLog(link);
            var heard = new LinkedBlockingQueue<Object>();
            try (AutoCloseable subscription = log.subscribe(coordinationSession, heard::add)) {
                log.append(
                        coordinationSession,
                        new CoordinationEvent(AgentType.RESEARCH, "started", clock.instant(), Map.of()));
                assertThat(heard.poll(5, TimeUnit.SECONDS)).isNotNull();
            }
            var brand = new RedisBrandKnowledgeCache(link);
            brand.store(
                    new BrandKnowledgeEntry(KnowledgeType.VOICE, "tone", "Tone", "Calm", Map.of(), clock.instant()));
            brand.invalidate(KnowledgeType.VOICE);
            assertThat(brand.find(KnowledgeType.VOICE, "tone")).isEmpty();
            // and nothing outside its keys
            assertThatThrownBy(() -> link.call("GET other", redis -> redis.get("other:key")))
                    .hasMessageContaining("NOPERM");
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
