package com.eesystem.curator.bench.local;

import com.eesystem.curator.storage.local.BackupFile;
import com.eesystem.curator.storage.local.LocalStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
 * An online snapshot (VACUUM INTO on a read connection) of a ~100 MB store, beside a raw copy of the
 * same file (Files.copy; only valid while nobody writes, which is why the store does not use it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
public class BackupBenchmark {

    private Path folder;
    private LocalStore store;
    private Path copy;

    @Setup(Level.Trial)
    public void fill() throws SQLException {
        folder = LocalStoreBench.tempFolder("backup");
        LocalStoreBench.open(folder).close();
        String blob = "x".repeat(10_000);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("curator.db"));
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO temp_content (id, content_type, platform, content_data, expires_at)"
                                + " VALUES (?, 'reel', 'tiktok', ?, '2999-01-01 00:00:00.000')")) {
            connection.setAutoCommit(false);
            for (int i = 0; i < 10_000; i++) {
                insert.setString(1, "bench-" + i);
                insert.setString(2, blob + i);
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        }
        store = LocalStoreBench.open(folder);
        copy = folder.resolve("raw-copy.db");
    }

    @Benchmark
    public BackupFile vacuumIntoSnapshot() {
        return store.backups().snapshot("manual");
    }

    @Benchmark
    public Path rawFileCopyBaseline() throws IOException {
        return Files.copy(folder.resolve("curator.db"), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @TearDown(Level.Invocation)
    public void removeOutputs() throws IOException {
        Files.deleteIfExists(copy);
        LocalStoreBench.deleteRecursively(folder.resolve("backups"));
    }

    @TearDown(Level.Trial)
    public void close() {
        System.out.println(
                "database size: " + folder.resolve("curator.db").toFile().length() / (1024 * 1024) + " MiB");
        store.close();
        LocalStoreBench.deleteRecursively(folder);
    }
}
