package com.eesystem.curator.bench;

import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentSave;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.user.UserId;
import com.eesystem.curator.storage.astra.AstraContentLibrary;
import com.eesystem.curator.storage.codec.JsonCodec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
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
 * Write throughput of the content_library adapter against raw-driver baselines on the same table of a
 * real Cassandra 5.0.8 started for the run (one per benchmark, each in its own fork):
 *
 * <ul>
 *   <li>{@code adapterPut}: the unconditional timestamped write for imports, bulk loads and replicas
 *       ({@code AstraContentLibrary.putAsync}, docs/decisions/0004). Target: >= 70% of
 *       {@code rawDriverInsert}.
 *   <li>{@code rawDriverInsert}: the plain async insert of the same 21 columns.
 *   <li>{@code adapterSave}: the interactive versioned save ({@code INSERT ... IF NOT EXISTS}, Paxos).
 *   <li>{@code rawDriverLwtInsert}: the same lightweight-transaction insert sent raw, which separates the
 *       price of the version check from the adapter's own cost.
 * </ul>
 *
 * Each keeps {@value #IN_FLIGHT} writes in flight; a score is rows per second. A fresh server runs its
 * first seconds interpreted, so every trial first writes {@value #SERVER_WARM_UP_ROWS} rows raw (not
 * measured): with 3 x 1 s of JMH warm-up alone the iterations were still climbing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TeamStoreLibraryWriteBenchmark {

    static final int ROWS_PER_OP = 64;
    static final int IN_FLIGHT = 32;
    /** More items than any run writes, so every insert is a new row (a reused id would be a conflict). */
    static final int ITEMS = 100_000;
    /** Rows written raw before the JMH warm-up, so the server's own code is compiled when measuring starts. */
    static final int SERVER_WARM_UP_ROWS = 5_000;

    private static final String COLUMNS = "id, version, revision, author_id, title, description, content_type,"
            + " platforms, caption, script_content, hashtags, media_prompts, platform_specs, compliance_notes,"
            + " performance_metrics, status, created_at, updated_at, published_at, platform_list, hashtag_list";

    private BenchCassandra cassandra;
    private AstraContentLibrary adapter;
    private PreparedStatement rawInsert;
    private PreparedStatement rawLwtInsert;
    private final List<ContentItem> items = new ArrayList<>();
    private int cursor;

    @Setup(Level.Trial)
    public void start() {
        cassandra = BenchCassandra.start("bench_library");
        adapter = new AstraContentLibrary(cassandra.session, cassandra.settings);
        String insert = "INSERT INTO content_library (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        rawInsert = cassandra.session.prepare(insert);
        rawLwtInsert = cassandra.session.prepare(insert + " IF NOT EXISTS");
        Instant now = Instant.parse("2026-11-25T12:00:00Z");
        UserId author = UserId.random();
        for (int i = 0; i < ITEMS + SERVER_WARM_UP_ROWS; i++) {
            var body = new ContentBody(
                    "Morning grounding routine " + i,
                    "Why mornings matter",
                    ContentType.REEL,
                    List.of(Platform.INSTAGRAM, Platform.TIKTOK),
                    "Start the day grounded, take five slow breaths before the phone. #calm",
                    "Scene 1: sunrise. Scene 2: breathing.",
                    List.of("calm", "morning"),
                    List.of("sunrise over a lake"),
                    Map.of("instagram.ratio", "9:16"));
            items.add(ContentItem.draft(ContentId.random(), author, body, now));
        }
        for (int written = 0; written < SERVER_WARM_UP_ROWS; written += ROWS_PER_OP) {
            writeAll(index -> cassandra.session.executeAsync(rawInsert.bind(raw(items.get(index)))));
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        cassandra.close();
    }

    @Benchmark
    @OperationsPerInvocation(ROWS_PER_OP)
    public void adapterSave() {
        writeAll(index -> adapter.saveAsync(items.get(index)).thenApply(outcome -> {
            if (!(outcome instanceof ContentSave.Saved)) {
                throw new IllegalStateException("benchmark wrote an id twice: " + outcome);
            }
            return outcome;
        }));
    }

    @Benchmark
    @OperationsPerInvocation(ROWS_PER_OP)
    public void adapterPut() {
        writeAll(index -> adapter.putAsync(items.get(index)));
    }

    @Benchmark
    @OperationsPerInvocation(ROWS_PER_OP)
    public void rawDriverInsert() {
        writeAll(index -> cassandra.session.executeAsync(rawInsert.bind(raw(items.get(index)))));
    }

    @Benchmark
    @OperationsPerInvocation(ROWS_PER_OP)
    public void rawDriverLwtInsert() {
        writeAll(index -> cassandra.session.executeAsync(rawLwtInsert.bind(raw(items.get(index)))));
    }

    /** The cells of a draft as the raw baselines bind them (the adapter derives the same from the record). */
    private static Object[] raw(ContentItem item) {
        var body = item.body();
        return new Object[] {
            item.id().value(),
            item.version(),
            item.revision(),
            item.authorId().value(),
            body.title(),
            body.description(),
            "reel",
            List.of("instagram", "tiktok"),
            body.caption(),
            body.scriptContent(),
            body.hashtags(),
            JsonCodec.instance().write(body.mediaPrompts()),
            body.platformSpecs(),
            "",
            Map.<String, Float>of(),
            "draft",
            item.createdAt(),
            item.updatedAt(),
            null,
            List.of("instagram", "tiktok"),
            body.hashtags()
        };
    }

    private void writeAll(IntFunction<CompletionStage<?>> write) {
        var window = new Semaphore(IN_FLIGHT);
        List<CompletableFuture<?>> pending = new ArrayList<>(ROWS_PER_OP);
        for (int i = 0; i < ROWS_PER_OP; i++) {
            window.acquireUninterruptibly();
            int index = cursor++;
            if (index >= items.size()) {
                throw new IllegalStateException(
                        "more than " + (ITEMS + SERVER_WARM_UP_ROWS) + " rows written: raise ITEMS");
            }
            pending.add(write.apply(index).toCompletableFuture().whenComplete((result, failure) -> window.release()));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
    }
}
