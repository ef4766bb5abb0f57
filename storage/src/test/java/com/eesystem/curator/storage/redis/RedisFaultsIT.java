package com.eesystem.curator.storage.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.storage.redis.ReliableQueue.Lease;
import com.eesystem.curator.storage.redis.ReliableQueue.Ordering;
import com.eesystem.curator.storage.redis.ReliableQueue.Settled;
import com.eesystem.curator.testsupport.RedisServer;
import com.eesystem.curator.testsupport.RedisServerExtension;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Consumers that die, servers that crash, and the offline signal: with a real process each time. */
@ExtendWith(RedisServerExtension.class)
class RedisFaultsIT {

    private final RedisServer server;
    private RedisLink link;

    RedisFaultsIT(RedisServer server) {
        this.server = server;
    }

    @BeforeEach
    void connect() {
        server.start();
        server.flushAll();
        link = RedisLink.open(RedisSettings.fromUrl(server.url()));
    }

    @AfterEach
    void disconnect() {
        link.close();
        server.start();
    }

    private ReliableQueue queue(String name) {
        return new ReliableQueue(link, name, Ordering.SCORE_THEN_ARRIVAL, 3, Duration.ofHours(1), Clock.systemUTC());
    }

    @Test
    void aConsumerProcessKilledMidTaskHasItsTaskRedeliveredAndTheWorkIsDoneOnce() throws Exception {
        ReliableQueue queue = queue("killed_consumer");
        queue.enqueue("publish-42", "{\"content_id\":\"42\"}", 1);
        Duration visibility = Duration.ofSeconds(2);

        String java = ProcessHandle.current().info().command().orElse("java");
        Process consumer = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        QueueConsumerProcess.class.getName(),
                        server.url(),
                        "killed_consumer",
                        Long.toString(visibility.toMillis()))
                .redirectErrorStream(true)
                .start();
        try {
            String claimed = awaitLine(consumer, "CLAIMED", Duration.ofSeconds(30));
            assertThat(claimed).isEqualTo("CLAIMED publish-42 1");
            assertThat(queue.claim("test", visibility))
                    .as("leased to the other process")
                    .isEmpty();
        } finally {
            consumer.destroyForcibly();
            consumer.waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(consumer.isAlive()).isFalse();

        Lease redelivered = awaitClaim(queue, visibility, Duration.ofSeconds(10));
        assertThat(redelivered.id()).isEqualTo("publish-42");
        assertThat(redelivered.attempt()).isEqualTo(2);
        // the work, made idempotent by the task id: a set of done ids
        link.call("work", redis -> redis.sadd("work_done", redelivered.id()));
        assertThat(queue.ack(redelivered)).isEqualTo(Settled.SETTLED);

        Thread.sleep(visibility.toMillis() + 200);
        assertThat(queue.claim("test", visibility)).as("never delivered again").isEmpty();
        assertThat(queue.enqueue("publish-42", "{}", 1))
                .as("a duplicate enqueue is refused")
                .isFalse();
        assertThat(server.command("SCARD", "work_done")).isEqualTo("1");
    }

    @Test
    void aCrashedServerRestartedFromItsAppendOnlyFileKeepsEveryAcknowledgedEnqueue() throws Exception {
        ReliableQueue queue = queue("crash_safe");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        List<String> failures = new ArrayList<>();
        Thread producer = new Thread(() -> {
            for (int i = 0; !stop.get(); i++) {
                String id = "task-" + i;
                try {
                    if (queue.enqueue(id, "{\"i\":" + i + "}", i % 3)) {
                        acknowledged.add(id);
                    }
                } catch (RedisUnavailable e) {
                    failures.add(id);
                    sleep(20);
                }
            }
        });
        producer.start();
        awaitSize(acknowledged, 200);

        server.crash(); // SIGKILL: nothing gets flushed on the way down
        sleep(300);
        server.start();
        awaitSize(acknowledged, acknowledged.size() + 100);
        stop.set(true);
        producer.join(10_000);

        assertThat(failures).as("enqueues failed while the server was down").isNotEmpty();
        Set<String> delivered = new HashSet<>();
        for (Optional<Lease> lease = queue.claim("test", Duration.ofMinutes(1));
                lease.isPresent();
                lease = queue.claim("test", Duration.ofMinutes(1))) {
            delivered.add(lease.get().id());
            queue.ack(lease.get());
        }
        assertThat(delivered).containsAll(acknowledged);
    }

    @Test
    void losingTheServerIsSignalledCommandsFailFastAndReconnectingIsSignalled() throws Exception {
        ReliableQueue queue = queue("offline_signal");
        BlockingQueue<RedisAvailability.State> changes = new LinkedBlockingQueue<>();
        link.availability().subscribe(changes::add);
        assertThat(link.availability().isAvailable()).isTrue();

        server.stop();
        assertThat(changes.poll(10, TimeUnit.SECONDS)).isEqualTo(RedisAvailability.State.UNAVAILABLE);
        long before = System.nanoTime();
        assertThatThrownBy(() -> queue.enqueue("while-offline", "{}", 1))
                .isInstanceOf(RedisUnavailable.class)
                .hasMessageContaining(server.url().replace("redis://", ""));
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(3));

        server.start();
        assertThat(changes.poll(30, TimeUnit.SECONDS)).isEqualTo(RedisAvailability.State.AVAILABLE);
        assertThat(queue.enqueue("after-reconnect", "{}", 1)).isTrue();
    }

    @Test
    void aServerThatIsDownAtStartIsReportedAndJoinedOnceItComesUp() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        try (RedisLink offline = RedisLink.open(RedisSettings.fromUrl("redis://127.0.0.1:" + port))) {
            assertThat(offline.availability().current()).isEqualTo(RedisAvailability.State.UNAVAILABLE);
            assertThatThrownBy(() -> new ReliableQueue(
                                    offline, "never", Ordering.DUE_TIME, 3, Duration.ofHours(1), Clock.systemUTC())
                            .enqueue("x", "{}", 0))
                    .isInstanceOf(RedisUnavailable.class)
                    .hasMessageContaining("127.0.0.1:" + port);
        }
    }

    private static String awaitLine(Process process, String prefix, Duration limit) throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (java.io.IOException e) {
                // the process was killed
            }
        });
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + limit.toNanos();
        List<String> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null) {
                if (line.startsWith(prefix)) {
                    return line;
                }
                seen.add(line);
            }
        }
        throw new AssertionError("consumer process never printed " + prefix + "; output: " + seen);
    }

    private static Lease awaitClaim(ReliableQueue queue, Duration visibility, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Lease> lease = queue.claim("test", visibility);
            if (lease.isPresent()) {
                return lease.get();
            }
            sleep(50);
        }
        throw new AssertionError("task was not redelivered within " + limit);
    }

    private static void awaitSize(Set<String> set, int size) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (set.size() < size) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + set.size() + " enqueues acknowledged, waited for " + size);
            }
            sleep(10);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
