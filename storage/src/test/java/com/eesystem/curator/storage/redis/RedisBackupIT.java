package com.eesystem.curator.storage.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.queue.ComplianceReviewTask;
import com.eesystem.curator.domain.queue.ConsumerId;
import com.eesystem.curator.domain.queue.ReviewPriority;
import com.eesystem.curator.domain.queue.WorkItemId;
import com.eesystem.curator.domain.session.Session;
import com.eesystem.curator.domain.session.SessionData;
import com.eesystem.curator.domain.session.SessionId;
import com.eesystem.curator.testsupport.RedisServer;
import com.eesystem.curator.testsupport.RedisServerExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup command of docs/operations.md ({@code bin/redis-backup}: BGSAVE, then copy the RDB and
 * the AOF directory), run against the real server, and a second server restored from its output.
 */
@ExtendWith(RedisServerExtension.class)
class RedisBackupIT {

    private static final Path SCRIPT =
            Path.of("..", "bin", "redis-backup").toAbsolutePath().normalize();

    @Test
    void theBackupHoldsTheRdbAndTheAofAndAServerRestoredFromItHasTheData(RedisServer server, @TempDir Path target)
            throws Exception {
        server.flushAll();
        ContentId content = ContentId.random();
        try (RedisLink link = RedisLink.open(RedisSettings.fromUrl(server.url()))) {
            new RedisComplianceReviewQueue(link, Clock.systemUTC())
                    .enqueue(
                            WorkItemId.of("review-1"),
                            new ComplianceReviewTask(content, CheckType.MEDICAL_CLAIM, ReviewPriority.CRITICAL));
            new RedisSessions(link, Clock.systemUTC())
                    .create(Session.start(
                            SessionId.of("s1"),
                            SessionData.of("editor"),
                            Clock.systemUTC().instant(),
                            Session.IDLE_TIMEOUT));
        }
        server.command("ACL", "SETUSER", "backup_op", "on", ">op-secret", "+@all", "~*");

        ProcessBuilder command = new ProcessBuilder(
                        "bash", SCRIPT.toString(), "127.0.0.1", Integer.toString(server.port()), target.toString())
                .redirectErrorStream(true);
        // the operator's credentials come from the environment, never the command line
        command.environment().put("REDISCLI_AUTH", "op-secret");
        command.environment().put("REDIS_USER", "backup_op");
        Process backup = command.start();
        assertThat(backup.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = new String(backup.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        server.command("ACL", "DELUSER", "backup_op");
        assertThat(backup.exitValue()).as("bin/redis-backup said: %s", output).isZero();

        Path copy = Path.of(output);
        assertThat(copy.getParent()).isEqualTo(target);
        assertThat(copy.resolve("dump.rdb")).isNotEmptyFile();
        assertThat(copy.resolve("appendonlydir").resolve("appendonly.aof.manifest"))
                .isNotEmptyFile();
        assertThat(Files.readString(copy.resolve("dump.rdb"), StandardCharsets.ISO_8859_1))
                .startsWith("REDIS");

        try (RedisServer restored = RedisServer.startFrom(target.resolve("servers"), copy);
                RedisLink link = RedisLink.open(RedisSettings.fromUrl(restored.url()))) {
            assertThat(restored.port()).isNotEqualTo(server.port());
            RedisComplianceReviewQueue queue = new RedisComplianceReviewQueue(link, Clock.systemUTC());
            assertThat(queue.claim(ConsumerId.of("restore-check"), Duration.ofMinutes(1)))
                    .hasValueSatisfying(
                            claim -> assertThat(claim.payload().contentId()).isEqualTo(content));
            assertThat(new RedisSessions(link, Clock.systemUTC()).find(SessionId.of("s1")))
                    .isPresent();
        }
    }

    @Test
    void aServerThatCannotBeReachedFailsTheBackupWithAMessage(@TempDir Path target) throws Exception {
        Process backup = new ProcessBuilder("bash", SCRIPT.toString(), "127.0.0.1", "1", target.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(backup.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(backup.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(backup.exitValue()).isNotZero();
        assertThat(output).contains("Could not connect");
        assertThat(target).isEmptyDirectory();
    }
}
