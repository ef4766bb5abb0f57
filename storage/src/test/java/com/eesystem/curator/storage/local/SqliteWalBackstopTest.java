package com.eesystem.curator.storage.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The WAL backstop of {@link LocalDatabase}: the writer checkpoints inside the commit that takes the WAL
 * past {@value LocalDatabase#WAL_BACKSTOP_PAGES} pages, and a WAL that grew past
 * {@value LocalDatabase#WAL_SIZE_LIMIT_BYTES} bytes is cut back to that size once it restarts. Real files:
 * megabytes of random blobs written back to back, the -wal file measured after every commit.
 */
class SqliteWalBackstopTest {

    static final long MIB = 1024 * 1024;

    @TempDir
    Path folder;

    LocalStore store;
    LocalDatabase database;
    Path wal;

    @BeforeEach
    void open() {
        store = LocalStore.open(LocalStoreFixture.settings(folder), LocalStoreFixture.clock());
        database = store.database();
        wal = Path.of(store.settings().database() + "-wal");
        database.write("creating the ballast table", c -> {
            try (Statement statement = c.createStatement()) {
                return statement.executeUpdate("CREATE TABLE ballast (id INTEGER PRIMARY KEY, b BLOB NOT NULL)");
            }
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theWriterHasTheBackstopPragmas() {
        assertThat(writerPragma("wal_autocheckpoint")).isEqualTo(LocalDatabase.WAL_BACKSTOP_PAGES);
        assertThat(writerPragma("journal_size_limit")).isEqualTo(LocalDatabase.WAL_SIZE_LIMIT_BYTES);
        assertThat(LocalDatabase.WAL_BACKSTOP_PAGES * writerPragma("page_size"))
                .as("the backstop fires before the WAL outgrows the size it is cut back to")
                .isLessThanOrEqualTo(LocalDatabase.WAL_SIZE_LIMIT_BYTES);
    }

    @Test
    void backToBackCommitsPastTheBackstopKeepTheWalBounded() throws Exception {
        long backstopBytes = LocalDatabase.WAL_BACKSTOP_PAGES * writerPragma("page_size");
        int commits = 28;
        long written = 0;
        long largest = 0;
        for (int i = 0; i < commits; i++) {
            // each commit rewrites the same 4 MiB, so the database stays small and only the WAL grows
            written += rewriteBallast(i == 0, 4, MIB);
            largest = Math.max(largest, Files.size(wal));
        }

        assertThat(written).as("the run went well past the backstop").isGreaterThan(backstopBytes * 3 / 2);
        assertThat(largest)
                .as("the -wal file after any commit: at most the backstop plus two commits (one may find the"
                        + " background checkpoint running)")
                .isLessThanOrEqualTo(backstopBytes + 2 * 5 * MIB);
        assertThat(Files.size(store.settings().database())).isLessThan(16 * MIB);
    }

    @Test
    void aWalGrownPastTheLimitIsCutBackToItAfterACheckpoint() throws Exception {
        // one transaction larger than the limit: the WAL must hold all of it until the commit
        rewriteBallast(true, 72, MIB);
        long grown = Files.size(wal);
        assertThat(grown).isGreaterThan(LocalDatabase.WAL_SIZE_LIMIT_BYTES);
        assertThat(Files.size(store.settings().database()))
                .as("the commit that crossed the backstop checkpointed its pages into the database file")
                .isGreaterThan(64 * MIB);

        database.withWriter("checkpointing", c -> {
            try (Statement statement = c.createStatement()) {
                return statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
            }
        });
        database.write("a small change after the checkpoint", c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE ballast SET b = zeroblob(10) WHERE id = 1")) {
                return update.executeUpdate();
            }
        });

        assertThat(Files.size(wal))
                .as("the WAL restarted from its beginning and was truncated to journal_size_limit")
                .isLessThanOrEqualTo(LocalDatabase.WAL_SIZE_LIMIT_BYTES)
                .isLessThan(grown);
    }

    /**
     * Writes {@code rows} random blobs of {@code bytes} in one transaction (inserting them when
     * {@code insert}, else replacing the ones there); returns the bytes written.
     */
    private long rewriteBallast(boolean insert, int rows, long bytes) {
        String sql = insert
                ? "INSERT INTO ballast (id, b) VALUES (?, randomblob(?))"
                : "UPDATE ballast SET b = randomblob(?2) WHERE id = ?1";
        database.write("writing " + rows + " blobs", c -> {
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                for (int id = 1; id <= rows; id++) {
                    statement.setInt(1, id);
                    statement.setLong(2, bytes);
                    statement.executeUpdate();
                }
            }
            return null;
        });
        return rows * bytes;
    }

    private long writerPragma(String pragma) {
        return database.withWriter("reading " + pragma, c -> {
            try (Statement statement = c.createStatement();
                    ResultSet row = statement.executeQuery("PRAGMA " + pragma)) {
                row.next();
                return row.getLong(1);
            }
        });
    }
}
