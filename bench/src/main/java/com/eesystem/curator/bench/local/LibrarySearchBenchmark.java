package com.eesystem.curator.bench.local;

import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.storage.local.SearchHit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * Ranked FTS5 search (bm25, top 20) over 100k library rows (Zipf-skewed 5k-word vocabulary). Baseline:
 * counting the rows holding both words of the same query with a substring scan of every row (raw JDBC,
 * {@code instr} over search_text on the same file; the library's own keyword filter goes through the FTS
 * index since V11, so it is no baseline any more). Target: p50 <= 10 ms.
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
    private Connection raw;
    private PreparedStatement scan;
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
        try {
            raw = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("curator.db"));
            scan = raw.prepareStatement(
                    "SELECT count(*) FROM content_library WHERE instr(search_text, ?) > 0 AND instr(search_text, ?) > 0");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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
    public long substringScanBaseline() throws SQLException {
        String[] words = query.split(" ");
        scan.setString(1, words[0]);
        scan.setString(2, words[1]);
        try (ResultSet count = scan.executeQuery()) {
            count.next();
            return count.getLong(1);
        }
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        scan.close();
        raw.close();
        store.close();
        LocalStoreBench.deleteRecursively(folder);
    }
}
