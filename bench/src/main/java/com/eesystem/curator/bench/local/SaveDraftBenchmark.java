package com.eesystem.curator.bench.local;

import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentLibrary;
import com.eesystem.curator.domain.content.ContentSave;
import com.eesystem.curator.storage.codec.JsonCodec;
import com.eesystem.curator.storage.local.LocalStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Saving a new draft through the content library: versioned insert, FTS triggers and the outbox row, one
 * transaction. Baseline: the same JSON inserted with raw JDBC into a bare table (same pragmas), no index.
 * Target: p99 <= 2 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SaveDraftBenchmark {

    private Path folder;
    private LocalStore store;
    private ContentLibrary library;
    private Connection raw;
    private PreparedStatement rawInsert;
    private final SplittableRandom random = new SplittableRandom(7);
    private ContentItem next;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        folder = LocalStoreBench.tempFolder("save");
        store = LocalStoreBench.open(folder);
        library = store.contentLibrary();
        raw = LocalStoreBench.plainTable(folder.resolve("baseline.db"));
        rawInsert = raw.prepareStatement("INSERT INTO plain (id, body) VALUES (?, ?)");
    }

    @Setup(Level.Invocation)
    public void nextDraft() {
        next = LocalStoreBench.draft(random, Instant.now());
    }

    @Benchmark
    public ContentSave saveDraftWithOutboxRow() {
        return library.save(next);
    }

    @Benchmark
    public int rawJdbcInsertBaseline() throws SQLException {
        rawInsert.setString(1, next.id().toString());
        rawInsert.setString(2, JsonCodec.instance().write(next));
        return rawInsert.executeUpdate();
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        rawInsert.close();
        raw.close();
        store.close();
        LocalStoreBench.deleteRecursively(folder);
    }
}
