package com.eesystem.curator.bench.local;

import com.eesystem.curator.storage.local.CleanupReport;
import com.eesystem.curator.storage.local.LocalStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
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
 * Cleanup of 100k expired rows (40k sessions, 40k content_cache, 20k temp_content) among 20k live ones.
 * Baseline: the same rows deleted with raw JDBC, one unindexed-predicate DELETE per table. Target: <= 1 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class CleanupBenchmark {

    private Path folder;
    private LocalStore store;

    @Setup(Level.Trial)
    public void open() {
        folder = LocalStoreBench.tempFolder("cleanup");
        store = LocalStoreBench.open(folder);
    }

    @Setup(Level.Invocation)
    public void seed() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("curator.db"))) {
            connection.setAutoCommit(false);
            insert(
                    connection,
                    "INSERT INTO sessions (id, user_id, session_data, expires_at) VALUES (?, 'u1', '{}', ?)",
                    40_000,
                    10_000);
            insert(
                    connection,
                    "INSERT INTO content_cache (key, value, content_type, expires_at) VALUES (?, '{\"v\":1}', 'ai_response', ?)",
                    40_000,
                    5_000);
            insert(
                    connection,
                    "INSERT INTO temp_content (id, content_type, platform, content_data, expires_at) VALUES (?, 'reel', 'tiktok', '{}', ?)",
                    20_000,
                    5_000);
            connection.commit();
        }
    }

    private static void insert(Connection connection, String sql, int expired, int live) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < expired + live; i++) {
                insert.setString(1, java.util.UUID.randomUUID().toString());
                insert.setString(2, i < expired ? "2020-01-01 00:00:00.000" : "2999-01-01 00:00:00.000");
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Benchmark
    public CleanupReport cleanUp100kExpired() {
        CleanupReport report = store.cleanUp();
        if (report.total() != 100_000) {
            throw new IllegalStateException("expected 100000 expired rows removed, got " + report);
        }
        return report;
    }

    @Benchmark
    public int rawDeleteBaseline() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("curator.db"));
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            int removed = statement.executeUpdate("DELETE FROM sessions WHERE expires_at < '2021-01-01 00:00:00.000'")
                    + statement.executeUpdate("DELETE FROM content_cache WHERE expires_at < '2021-01-01 00:00:00.000'")
                    + statement.executeUpdate("DELETE FROM temp_content WHERE expires_at < '2021-01-01 00:00:00.000'");
            connection.commit();
            if (removed != 100_000) {
                throw new IllegalStateException("expected 100000 expired rows removed, got " + removed);
            }
            return removed;
        }
    }

    @TearDown(Level.Invocation)
    public void removeLiveRows() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("curator.db"));
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM sessions");
            statement.executeUpdate("DELETE FROM content_cache");
            statement.executeUpdate("DELETE FROM temp_content");
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        store.close();
        LocalStoreBench.deleteRecursively(folder);
    }
}
