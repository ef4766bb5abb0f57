package com.eesystem.curator.bench;

import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.data.CqlVector;
import com.eesystem.curator.domain.content.ComplianceStatus;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.embedding.ContentEmbedding;
import com.eesystem.curator.domain.embedding.ContentEmbeddingId;
import com.eesystem.curator.domain.embedding.EmbeddingSpace;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.score.Score;
import com.eesystem.curator.storage.astra.AstraContentEmbeddings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Write throughput of the content_embeddings adapter against the raw driver's async insert of the same
 * rows into the same (vector-indexed) table, on a real Cassandra 5.0.8 started for the run. Both keep
 * {@value #IN_FLIGHT} writes in flight; a score is rows per second. Target: adapter >= 70% of raw.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TeamStoreWriteBenchmark {

    static final int ROWS_PER_OP = 64;
    static final int IN_FLIGHT = 32;

    private BenchCassandra cassandra;
    private AstraContentEmbeddings adapter;
    private PreparedStatement rawInsert;
    private final List<ContentEmbedding> rows = new ArrayList<>();
    private final List<CqlVector<Float>> rawVectors = new ArrayList<>();
    private int cursor;

    @Setup(Level.Trial)
    public void start() {
        cassandra = BenchCassandra.start("bench_writes");
        adapter = new AstraContentEmbeddings(cassandra.session, cassandra.settings, EmbeddingSpace.LOCAL_HASHING_384);
        rawInsert = cassandra.session.prepare("INSERT INTO content_embeddings (id, content_type, platform,"
                + " content_text, embedding, embedding_model, metadata, brand_alignment_score, compliance_status,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        var random = new Random(3);
        Instant now = Instant.parse("2026-11-25T12:00:00Z");
        for (int i = 0; i < 4096; i++) {
            float[] vector = new float[384];
            List<Float> boxed = new ArrayList<>(384);
            for (int d = 0; d < vector.length; d++) {
                vector[d] = (float) random.nextGaussian();
                boxed.add(vector[d]);
            }
            rows.add(new ContentEmbedding(
                    ContentEmbeddingId.of(UUID.randomUUID()),
                    ContentType.REEL,
                    Platform.INSTAGRAM,
                    "caption " + i,
                    EmbeddingSpace.LOCAL_HASHING_384.embeddingOf(vector),
                    Map.of("n", Integer.toString(i)),
                    Score.of("brand_alignment_score", 0.5),
                    ComplianceStatus.PENDING,
                    now,
                    now));
            rawVectors.add(CqlVector.newInstance(boxed));
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        cassandra.close();
    }

    @Benchmark
    @OperationsPerInvocation(ROWS_PER_OP)
    public void adapterUpsert() {
        writeAll(index -> adapter.upsertAsync(rows.get(index)));
    }

    @Benchmark
    @OperationsPerInvocation(ROWS_PER_OP)
    public void rawDriverInsert() {
        writeAll(index -> {
            ContentEmbedding row = rows.get(index);
            return cassandra
                    .session
                    .executeAsync(rawInsert.bind(
                            row.id().value(),
                            "reel",
                            "instagram",
                            row.contentText(),
                            rawVectors.get(index),
                            "curator/hashing-v1",
                            row.metadata(),
                            0.5f,
                            "pending",
                            row.createdAt(),
                            row.updatedAt()))
                    .thenApply(result -> null);
        });
    }

    private void writeAll(Function<Integer, CompletionStage<?>> write) {
        var window = new Semaphore(IN_FLIGHT);
        List<CompletableFuture<?>> pending = new ArrayList<>(ROWS_PER_OP);
        for (int i = 0; i < ROWS_PER_OP; i++) {
            window.acquireUninterruptibly();
            int index = cursor++ % rows.size();
            pending.add(write.apply(index).toCompletableFuture().whenComplete((result, failure) -> window.release()));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
    }
}
