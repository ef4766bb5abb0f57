package com.eesystem.curator.bench.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
 * The start check's two candidates on a ~100 MB store (content_library rows with their indexes and FTS
 * index, like a library that grew for years): PRAGMA integrity_check (every page, and every index entry
 * against its table) and PRAGMA quick_check (every page and b-tree, no index-to-table match). Baseline:
 * reading the same file once from start to end (page cache warm in all three).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
public class StartCheckBenchmark {

    private Path folder;
    private Path database;

    @Setup(Level.Trial)
    public void fill() throws SQLException {
        folder = LocalStoreBench.tempFolder("startcheck");
        LocalStoreBench.open(folder).close();
        database = folder.resolve("curator.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                Statement statement = connection.createStatement()) {
            // 60k rows of ~1.2 KB searchable text each; FTS triggers index them as the app's saves do
            statement.execute("""
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60000)
                    INSERT INTO content_library (id, title, description, content_type, platform, script_content,
                      status, author_id, item_data, version, created_at, updated_at, caption, search_text)
                    SELECT printf('00000000-0000-0000-0000-%012d', i), 'post ' || i,
                      replace(hex(randomblob(60)), '0', ' '), 'reel', 'instagram',
                      replace(hex(randomblob(300)), '0', ' '), 'draft', 'author', '{}', 1,
                      '2026-11-25 10:00:00.000', '2026-11-25 10:00:00.000',
                      replace(hex(randomblob(60)), 'A', ' '), replace(hex(randomblob(150)), 'B', ' ')
                    FROM n
                    """);
        }
        System.out.println("database size: " + database.toFile().length() / (1024 * 1024) + " MiB");
    }

    @Benchmark
    public String integrityCheck() throws SQLException {
        return check("PRAGMA integrity_check");
    }

    @Benchmark
    public String quickCheck() throws SQLException {
        return check("PRAGMA quick_check");
    }

    @Benchmark
    public long rawFileReadBaseline() {
        try (FileChannel channel = FileChannel.open(database, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
            long total = 0;
            int read;
            while ((read = channel.read(buffer)) >= 0) {
                total += read;
                buffer.clear();
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String check(String pragma) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(pragma)) {
            row.next();
            String result = row.getString(1);
            if (!"ok".equals(result)) {
                throw new IllegalStateException(pragma + ": " + result);
            }
            return result;
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        LocalStoreBench.deleteRecursively(folder);
    }
}
