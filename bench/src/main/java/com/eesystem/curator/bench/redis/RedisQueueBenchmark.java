package com.eesystem.curator.bench.redis;

import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.generation.GenerationJob;
import com.eesystem.curator.domain.generation.GenerationPriority;
import com.eesystem.curator.domain.generation.GenerationRequest;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.queue.Claim;
import com.eesystem.curator.domain.queue.ConsumerId;
import com.eesystem.curator.domain.queue.Settlement;
import com.eesystem.curator.domain.queue.WorkItemId;
import com.eesystem.curator.storage.redis.RedisContentGenerationQueue;
import com.eesystem.curator.storage.redis.RedisLink;
import com.eesystem.curator.storage.redis.RedisSettings;
import com.eesystem.curator.testsupport.RedisServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * content_generation_queue through its adapter against a real redis-server: one item's full trip
 * (enqueue, claim, ack: three Lua scripts, three round trips) and pipelined batch enqueue. Compared with
 * redis-benchmark on the same server by {@link LiveLayerBenchmark}, which passes {@code url}; left
 * empty, the benchmark starts its own server.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RedisQueueBenchmark {

    static final int BATCH = 16;
    private static final ConsumerId CONSUMER = ConsumerId.of("bench/worker");
    private static final Duration VISIBILITY = Duration.ofMinutes(5);
    private static final GenerationJob JOB = GenerationJob.of(
            GenerationRequest.of(
                    ContentType.REEL,
                    Platform.INSTAGRAM,
                    "Three evening habits for deeper sleep",
                    Map.of("tone", "calm", "length", "short")),
            GenerationPriority.DEFAULT);

    @Param("")
    public String url;

    private RedisServer ownServer;
    private RedisLink link;
    private RedisContentGenerationQueue queue;
    private final AtomicLong ids = new AtomicLong();

    @Setup(Level.Trial)
    public void start() {
        if (url.isEmpty()) {
            ownServer =
                    RedisServer.startIn(Path.of(System.getProperty("curator.test.workdir", "target/bench-servers")));
            url = ownServer.url();
        }
        link = RedisLink.open(RedisSettings.fromUrl(url));
        queue = new RedisContentGenerationQueue(link, Clock.systemUTC());
    }

    /** Keeps the server's memory flat: the batch benchmark only ever adds. */
    @TearDown(Level.Iteration)
    public void empty() {
        if (ownServer != null) {
            ownServer.flushAll();
        } else {
            RedisFlush.flushAll(url);
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        link.close();
        if (ownServer != null) {
            ownServer.close();
        }
    }

    /** One item's whole reliable trip; with several threads they share the one multiplexed connection. */
    @Benchmark
    public Settlement enqueueClaimAck() {
        queue.enqueue(WorkItemId.of("job-" + ids.incrementAndGet()), JOB);
        Claim<GenerationJob> claim = queue.claim(CONSUMER, VISIBILITY).orElseThrow();
        return queue.ack(claim);
    }

    /** {@value #BATCH} enqueues per round trip (pipelined); the score is items per second. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public Object pipelinedBatchEnqueue() {
        Map<WorkItemId, GenerationJob> batch = new LinkedHashMap<>(BATCH * 2);
        for (int i = 0; i < BATCH; i++) {
            batch.put(WorkItemId.of("batch-" + ids.incrementAndGet()), JOB);
        }
        return queue.enqueueAll(batch);
    }
}
