package com.eesystem.curator.bench;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.servererrors.WriteTimeoutException;
import com.eesystem.curator.domain.content.ComplianceStatus;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.embedding.ContentEmbedding;
import com.eesystem.curator.domain.embedding.ContentEmbeddingId;
import com.eesystem.curator.domain.embedding.Embedding;
import com.eesystem.curator.domain.embedding.EmbeddingSpace;
import com.eesystem.curator.domain.embedding.ExactSearch;
import com.eesystem.curator.domain.embedding.NearestQuery;
import com.eesystem.curator.domain.embedding.Neighbor;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.score.Score;
import com.eesystem.curator.storage.astra.AstraContentEmbeddings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;

/**
 * ANN top-10 latency over N vectors (default 100 000, 384 dimensions) through the adapter on a real
 * Cassandra 5.0.8, with recall@10 against exact brute-force search over the same rows. Latency needs
 * percentiles and recall needs the ground truth, so this is a benchmark main rather than JMH:
 * {@code java -cp ... com.eesystem.curator.bench.TeamStoreAnnBenchmark [rows] [queries]}.
 */
public final class TeamStoreAnnBenchmark {

    private static final int CLUSTERS = 200;

    private TeamStoreAnnBenchmark() {}

    public static void main(String[] args) {
        int rowCount = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        EmbeddingSpace space = EmbeddingSpace.LOCAL_HASHING_384;
        try (BenchCassandra cassandra = BenchCassandra.start("bench_ann")) {
            var store = new AstraContentEmbeddings(cassandra.session, cassandra.settings, space);
            var random = new Random(42);
            // clustered data (topics) rather than uniform noise: closer to real captions
            float[][] centers = new float[CLUSTERS][];
            for (int c = 0; c < CLUSTERS; c++) {
                centers[c] = gaussian(random, 1.0f, null);
            }
            Instant now = Instant.parse("2026-11-25T12:00:00Z");
            List<ContentEmbedding> rows = new ArrayList<>(rowCount);
            long loadStart = System.nanoTime();
            var window = new Semaphore(32);
            List<CompletableFuture<?>> pending = new ArrayList<>();
            for (int i = 0; i < rowCount; i++) {
                var row = new ContentEmbedding(
                        ContentEmbeddingId.of(UUID.randomUUID()),
                        ContentType.values()[i % 5],
                        Platform.INSTAGRAM,
                        "caption " + i,
                        space.embeddingOf(gaussian(random, 0.35f, centers[random.nextInt(CLUSTERS)])),
                        Map.of(),
                        Score.ONE,
                        ComplianceStatus.APPROVED,
                        now,
                        now);
                rows.add(row);
                window.acquireUninterruptibly();
                pending.add(upsertRetrying(store, row, 5).whenComplete((r, e) -> window.release()));
                if (pending.size() >= 1000) {
                    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                            .join();
                    pending.clear();
                }
                if ((i + 1) % 10_000 == 0) {
                    System.out.printf("loaded %d rows in %.1f s%n", i + 1, (System.nanoTime() - loadStart) / 1e9);
                }
            }
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            System.out.printf("load %.1f s (%.0f rows/s)%n", loadSeconds, rowCount / loadSeconds);
            // warm up the query path
            for (int q = 0; q < 20; q++) {
                store.nearest(NearestQuery.topK(query(random, space, centers), 10));
            }
            measure("just loaded", store, rows, random, centers, queries);
            // an ANN query searches every SSTable's index segment (and the memtable's) and merges: measure
            // again once the compactions the load started have merged segments
            double settleSeconds = waitForCompactions(cassandra.session, Duration.ofMinutes(5));
            System.out.printf("compactions settled after %.1f s%n", settleSeconds);
            measure("compactions settled", store, rows, random, centers, queries);
        }
    }

    private static void measure(
            String label,
            AstraContentEmbeddings store,
            List<ContentEmbedding> rows,
            Random random,
            float[][] centers,
            int queries) {
        long[] latencies = new long[queries];
        double recallSum = 0;
        for (int q = 0; q < queries; q++) {
            Embedding probe = query(random, store.space(), centers);
            long start = System.nanoTime();
            List<Neighbor<ContentEmbedding>> found = store.nearest(NearestQuery.topK(probe, 10));
            latencies[q] = System.nanoTime() - start;
            var exact = ExactSearch.nearest(NearestQuery.topK(probe, 10), rows);
            Set<ContentEmbeddingId> truth = new HashSet<>();
            exact.forEach(neighbor -> truth.add(neighbor.item().id()));
            recallSum +=
                    found.stream().filter(n -> truth.contains(n.item().id())).count() / 10.0;
        }
        Arrays.sort(latencies);
        System.out.printf(
                "ANN top-10 over %d vectors (384-d, cosine), %s: %d queries: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms;"
                        + " recall@10 %.3f%n",
                rows.size(),
                label,
                queries,
                latencies[queries / 2] / 1e6,
                latencies[(int) (queries * 0.95)] / 1e6,
                latencies[(int) (queries * 0.99)] / 1e6,
                recallSum / queries);
    }

    /**
     * The adapter's upsert, sent again after a server-side write timeout (the upsert is idempotent): on a
     * shared 2-core machine a vector-indexed insert now and then misses the server's 2 s write timeout,
     * which the driver's default policy does not retry for a plain write.
     */
    private static CompletableFuture<Void> upsertRetrying(
            AstraContentEmbeddings store, ContentEmbedding row, int tries) {
        return store.upsertAsync(row).toCompletableFuture().exceptionallyCompose(failure -> {
            Throwable cause =
                    failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (tries > 1 && cause instanceof WriteTimeoutException) {
                return upsertRetrying(store, row, tries - 1);
            }
            return CompletableFuture.failedFuture(cause);
        });
    }

    /** Seconds until the server runs no SSTable task (compaction, index build), at most {@code limit}. */
    private static double waitForCompactions(CqlSession session, Duration limit) {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (session.execute("SELECT task_id FROM system_views.sstable_tasks")
                            .one()
                    == null) {
                break;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static Embedding query(Random random, EmbeddingSpace space, float[][] centers) {
        return space.embeddingOf(gaussian(random, 0.35f, centers[random.nextInt(CLUSTERS)]));
    }

    private static float[] gaussian(Random random, float scale, float[] around) {
        float[] vector = new float[384];
        for (int d = 0; d < vector.length; d++) {
            vector[d] = (around == null ? 0 : around[d]) + scale * (float) random.nextGaussian();
        }
        return vector;
    }
}
