package com.eesystem.curator.bench.local;

import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentLibrary;
import com.eesystem.curator.storage.codec.JsonCodec;
import com.eesystem.curator.storage.local.LocalStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
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
 * The WAL under 100k saves back to back (session 2: a 100k-change run grew it past 8 GB before the
 * backstop). One operation is the whole run; the -wal file is measured after every save and the largest
 * size printed with the run ("max -wal"). Baseline: the same JSON committed row by row with raw JDBC into a
 * bare table with SQLite's default checkpointing (wal_autocheckpoint 1000 pages, no size limit). The time
 * is a by-product; the number this records is the WAL bound.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class WalGrowthBenchmark {

    @Param("100000")
    public int saves;

    private Path folder;
    private LocalStore store;
    private ContentLibrary library;
    private Connection raw;
    private PreparedStatement rawInsert;
    private ContentItem[] drafts;
    private long maxStoreWal;
    private long maxRawWal;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        folder = LocalStoreBench.tempFolder("wal");
        store = LocalStoreBench.open(folder);
        library = store.contentLibrary();
        raw = LocalStoreBench.plainTable(folder.resolve("baseline.db"));
        rawInsert = raw.prepareStatement("INSERT INTO plain (id, body) VALUES (?, ?)");
        // built before the run so the run is saves only
        SplittableRandom random = new SplittableRandom(11);
        drafts = new ContentItem[saves];
        for (int i = 0; i < saves; i++) {
            drafts[i] = LocalStoreBench.draft(random, Instant.now());
        }
    }

    @Benchmark
    public long saves100kThroughTheStore() throws IOException {
        Path wal = folder.resolve("curator.db-wal");
        for (ContentItem draft : drafts) {
            library.save(draft);
            maxStoreWal = Math.max(maxStoreWal, size(wal));
        }
        return maxStoreWal;
    }

    @Benchmark
    public long rawJdbcInsertsBaseline() throws SQLException, IOException {
        Path wal = folder.resolve("baseline.db-wal");
        JsonCodec codec = JsonCodec.instance();
        for (ContentItem draft : drafts) {
            rawInsert.setString(1, draft.id().toString());
            rawInsert.setString(2, codec.write(draft));
            rawInsert.executeUpdate();
            maxRawWal = Math.max(maxRawWal, size(wal));
        }
        return maxRawWal;
    }

    private static long size(Path file) throws IOException {
        return Files.exists(file) ? Files.size(file) : 0;
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException, IOException {
        long database = size(folder.resolve("curator.db"));
        long baseline = size(folder.resolve("baseline.db"));
        rawInsert.close();
        raw.close();
        store.close();
        if (maxStoreWal > 0) {
            System.out.printf(
                    Locale.ROOT,
                    "%nmax -wal through the store: %,d bytes (%.1f MiB) for %,d saves; curator.db %.1f MiB%n",
                    maxStoreWal,
                    maxStoreWal / 1048576.0,
                    saves,
                    database / 1048576.0);
        }
        if (maxRawWal > 0) {
            System.out.printf(
                    Locale.ROOT,
                    "%nmax -wal raw JDBC (SQLite defaults): %,d bytes (%.1f MiB) for %,d inserts; baseline.db %.1f MiB%n",
                    maxRawWal,
                    maxRawWal / 1048576.0,
                    saves,
                    baseline / 1048576.0);
        }
        LocalStoreBench.deleteRecursively(folder);
    }
}
