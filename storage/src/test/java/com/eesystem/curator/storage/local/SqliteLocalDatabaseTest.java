package com.eesystem.curator.storage.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqliteLocalDatabaseTest {

    @TempDir
    Path folder;

    LocalStore store;
    LocalDatabase database;

    @BeforeEach
    void open() {
        store = LocalStore.open(LocalStoreFixture.settings(folder), LocalStoreFixture.clock());
        database = store.database();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"journal_mode, wal", "synchronous, 1", "foreign_keys, 1", "busy_timeout, 300", "cache_size, -16384"})
    void everyConnectionGetsThePragmas(String pragma, String expected) {
        SqlWork<String> readPragma = connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("PRAGMA " + pragma)) {
                row.next();
                return row.getString(1);
            }
        };

        assertThat(database.write("reading " + pragma, readPragma)).isEqualTo(expected);
        assertThat(database.read("reading " + pragma, readPragma)).isEqualTo(expected);
    }

    @Test
    void readConnectionsCannotWrite() {
        assertThatThrownBy(() -> database.read("writing on a reader", connection -> {
                    try (Statement statement = connection.createStatement()) {
                        return statement.executeUpdate("INSERT INTO sync_state (key, value) VALUES ('x', 'y')");
                    }
                }))
                .isInstanceOf(LocalStoreUnavailable.class)
                .hasMessageContaining("readonly");
    }

    @Test
    void storageRefusesTheJavaFxThread() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread fxNamed = new Thread(
                () -> {
                    try {
                        store.userPreferences().get("u1", "theme");
                    } catch (Throwable e) {
                        failure.set(e);
                    }
                },
                "JavaFX Application Thread");
        fxNamed.start();
        fxNamed.join();

        assertThat(failure.get())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JavaFX Application Thread")
                .hasMessageContaining("background executor");
    }

    @Test
    void concurrentWritesAreSerialisedAndNoneIsLost() throws Exception {
        database.write("seeding", connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate("INSERT INTO sync_state (key, value) VALUES ('counter', '0')");
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<CompletableFuture<Void>> writes = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            writes.add(CompletableFuture.runAsync(
                    () -> database.write("incrementing", connection -> {
                        // read-modify-write: loses updates unless writes are serialised
                        int value;
                        try (PreparedStatement select = connection.prepareStatement(
                                        "SELECT value FROM sync_state WHERE key = 'counter'");
                                ResultSet row = select.executeQuery()) {
                            row.next();
                            value = Integer.parseInt(row.getString(1));
                        }
                        try (PreparedStatement update =
                                connection.prepareStatement("UPDATE sync_state SET value = ? WHERE key = 'counter'")) {
                            update.setString(1, Integer.toString(value + 1));
                            return update.executeUpdate();
                        }
                    }),
                    pool));
        }
        CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        pool.shutdown();

        assertThat(LocalStoreFixture.single(
                        store.settings().database(), "SELECT value FROM sync_state WHERE key = 'counter'"))
                .isEqualTo("400");
    }

    @Test
    void readersSeeTheLastCommitWhileAWriteIsInProgress() throws Exception {
        store.userPreferences().put("u1", "theme", "dark");
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch readDone = new CountDownLatch(1);
        Thread writer = new Thread(() -> database.write("slow write", connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE user_preferences SET preference_value = 'light'");
            }
            writing.countDown();
            try {
                readDone.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        writer.start();
        writing.await(5, TimeUnit.SECONDS);

        String seen = store.userPreferences().get("u1", "theme").orElseThrow();
        readDone.countDown();
        writer.join();

        assertThat(seen)
                .as("WAL: the reader is not blocked and sees the committed value")
                .isEqualTo("dark");
        assertThat(store.userPreferences().get("u1", "theme")).contains("light");
    }

    @Test
    void aFailedWriteRollsBackItsWholeTransaction() {
        assertThatThrownBy(() -> database.write("two inserts", connection -> {
                    try (Statement statement = connection.createStatement()) {
                        statement.executeUpdate("INSERT INTO sync_state (key, value) VALUES ('a', '1')");
                        return statement.executeUpdate("INSERT INTO sync_state (key, value) VALUES ('a', '2')");
                    }
                }))
                .isInstanceOf(LocalStoreUnavailable.class)
                .hasMessageContaining("two inserts failed")
                .hasMessageContaining("UNIQUE constraint failed: sync_state.key");

        int left = database.read("reading", connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT count(*) FROM sync_state WHERE key = 'a'")) {
                row.next();
                return row.getInt(1);
            }
        });
        assertThat(left).isZero();
    }
}
