package com.eesystem.curator.bench.local;

import com.eesystem.curator.domain.content.ContentLibrary;
import com.eesystem.curator.domain.content.ContentQuery;
import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.storage.local.SearchHit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ranked FTS5 search (bm25, top 20) over 100k library rows (Zipf-skewed 5k-word vocabulary). Baseline: counting the same two-word query with
 * a substring scan of every row (ContentQuery keywords, instr over search_text). Target: p50 <= 10 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LibrarySearchBenchmark {

    @Param("100000")
    int rows;

    private Path folder;
    private LocalStore store;
    private ContentLibrary library;
    private final SplittableRandom random = new SplittableRandom(11);
    private String query;

    @Setup(Level.Trial)
    public void fill() {
        folder = LocalStoreBench.tempFolder("search");
        // filling 100k rows through the adapter (one transaction each, as the app saves) takes minutes on a
        // shared CPU: fill once per machine and start each trial from a copy
        Path filled = Path.of(System.getProperty("java.io.tmpdir"), "curator-bench-library-" + rows + ".db");
        try {
            if (!Files.exists(filled)) {
                try (LocalStore filling = LocalStoreBench.open(folder)) {
                    SplittableRandom fill = new SplittableRandom(3);
                    Instant at = Instant.now();
                    for (int i = 0; i < rows; i++) {
                        filling.contentLibrary().save(LocalStoreBench.draft(fill, at));
                    }
                }
                Files.copy(folder.resolve("curator.db"), filled);
            } else {
                Files.copy(filled, folder.resolve("curator.db"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store = LocalStoreBench.open(folder);
        library = store.contentLibrary();
    }

    @Setup(Level.Invocation)
    public void nextQuery() {
        // one common word and one vocabulary word: every query matches something, some match thousands
        query = LocalStoreBench.sentence(random, 1) + " " + LocalStoreBench.queryWord(random);
    }

    @Benchmark
    public List<SearchHit> ftsTop20() {
        return store.search().content(query, 20);
    }

    @Benchmark
    public long substringScanBaseline() {
        return library.count(ContentQuery.all().withKeywords(query));
    }

    @TearDown(Level.Trial)
    public void close() {
        store.close();
        LocalStoreBench.deleteRecursively(folder);
    }
}
