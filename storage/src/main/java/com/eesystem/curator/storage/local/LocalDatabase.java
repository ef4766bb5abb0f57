package com.eesystem.curator.storage.local;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The open SQLite file: one writer connection behind a lock, so writes are serialised in this process
 * and never fight each other for SQLite's write lock, and a small pool of read-only connections that
 * WAL lets read while the writer writes.
 *
 * <p>Pragmas: WAL (readers don't block the writer); synchronous=NORMAL, which in WAL mode fsyncs only at
 * checkpoints: a crash of the app loses nothing committed and the file never corrupts, only an OS crash
 * or power cut may lose the last few commits, and those are still in the team store or redone from the
 * outbox. FULL would add an fsync to every save, several milliseconds on a laptop disk, for every
 * keystroke-driven autosave. busy_timeout so another process's short lock is waited for, foreign_keys
 * on, and a page cache sized by the settings.
 */
final class LocalDatabase implements AutoCloseable {

    /** JavaFX names its UI thread so; storage cannot import JavaFX, so the name is what we check. */
    static final String FX_THREAD_NAME = "JavaFX Application Thread";

    private final Path file;
    private final Duration busyTimeout;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final BlockingQueue<Connection> readers;
    private final List<Connection> allReaders = new ArrayList<>();
    /** The writer's kept statements by SQL text; guarded by {@link #writeLock}. */
    private final Map<String, PreparedStatement> writerStatements = new HashMap<>();

    private volatile boolean closed;
    /** Set when the file was found damaged while open: writes could spread the damage. */
    private volatile LocalStoreCorrupt writesRefused;

    private Connection checkpointer;
    private java.util.concurrent.ScheduledExecutorService checkpoints;

    private LocalDatabase(Path file, Duration busyTimeout, Connection writer, int readerCount) {
        this.file = file;
        this.busyTimeout = busyTimeout;
        this.writer = writer;
        this.readers = new ArrayBlockingQueue<>(readerCount);
    }

    static LocalDatabase open(LocalStoreSettings settings) {
        Path file = settings.database();
        Connection writer = null;
        try {
            writer = config(settings, false).createConnection(url(file));
            writer.setAutoCommit(true);
            LocalDatabase database = new LocalDatabase(file, settings.busyTimeout(), writer, settings.readers());
            for (int i = 0; i < settings.readers(); i++) {
                Connection reader = config(settings, true).createConnection(url(file));
                database.allReaders.add(reader);
                database.readers.add(reader);
            }
            database.startCheckpoints(settings);
            return database;
        } catch (SQLException e) {
            closeQuietly(writer);
            throw SqliteFailures.translate(file, "opening", settings.busyTimeout(), e);
        }
    }

    static final int WAL_BACKSTOP_PAGES = 16_384;
    static final long WAL_SIZE_LIMIT_BYTES = 64L * 1024 * 1024;

    /**
     * Checkpoints move WAL pages into the database file and, with synchronous=NORMAL, are the only fsyncs.
     * SQLite runs them inside the commit that crosses 1000 WAL pages, which puts a disk flush into a
     * random save; here a background connection runs a PASSIVE checkpoint (it never blocks readers or the
     * writer) every second instead. A PASSIVE checkpoint cannot finish while commits keep arriving back to
     * back (a bulk import, a long pull), so the writer keeps an auto-checkpoint as a backstop at
     * {@value #WAL_BACKSTOP_PAGES} pages (~64 MiB) and the WAL file is cut back to
     * {@value #WAL_SIZE_LIMIT_BYTES} bytes after a checkpoint: without it the WAL grew past 8 GB in a
     * 100k-change sync benchmark.
     */
    private void startCheckpoints(LocalStoreSettings settings) throws SQLException {
        try (Statement statement = writer.createStatement()) {
            statement.execute("PRAGMA wal_autocheckpoint = " + WAL_BACKSTOP_PAGES);
            statement.execute("PRAGMA journal_size_limit = " + WAL_SIZE_LIMIT_BYTES);
        }
        checkpointer = config(settings, false).createConnection(url(file));
        checkpoints = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "curator-wal-checkpoint");
            thread.setDaemon(true);
            return thread;
        });
        checkpoints.scheduleWithFixedDelay(this::checkpointQuietly, 1, 1, TimeUnit.SECONDS);
    }

    private void checkpointQuietly() {
        try (Statement statement = checkpointer.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
        } catch (SQLException | RuntimeException e) {
            // a busy or failed checkpoint is retried next second; the WAL keeps every commit meanwhile
        }
    }

    static String url(Path file) {
        return "jdbc:sqlite:" + file;
    }

    /** The pragmas every connection to the file gets (the migrator's and the backup check's as well). */
    static SQLiteConfig config(LocalStoreSettings settings, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout((int) settings.busyTimeout().toMillis());
        config.enforceForeignKeys(true);
        config.setCacheSize(-settings.cacheSizeKib()); // negative: KiB, not pages
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        // BEGIN IMMEDIATE takes the write lock up front: a deferred transaction that reads first and then
        // writes can fail with SQLITE_BUSY without waiting when another process wrote in between.
        config.setTransactionMode(
                readOnly ? SQLiteConfig.TransactionMode.DEFERRED : SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setReadOnly(readOnly);
        return config;
    }

    Path file() {
        return file;
    }

    Duration busyTimeout() {
        return busyTimeout;
    }

    /** Runs {@code work} on a read connection (a consistent snapshot per statement). */
    <T> T read(String doing, SqlWork<T> work) {
        refuseFxThread(doing);
        Connection connection = borrowReader(doing);
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw SqliteFailures.translate(file, doing, busyTimeout, e);
        } catch (IOException e) {
            throw new LocalStoreUnavailable(file, doing + " failed: " + e, e);
        } finally {
            readers.add(connection);
        }
    }

    /**
     * Runs {@code work} as one transaction on the writer connection: all of it is committed or none.
     * Nested calls on the same thread join the outer transaction.
     */
    <T> T write(String doing, SqlWork<T> work) {
        refuseFxThread(doing);
        writeLock.lock();
        try {
            ensureWritable(doing);
            if (writeLock.getHoldCount() > 1) {
                return work.run(writer);
            }
            // explicit BEGIN/COMMIT with JDBC autocommit left on: when BEGIN fails (busy), the driver's
            // transaction flag cannot get out of step with SQLite's
            writerStatement(writer, "BEGIN IMMEDIATE").execute();
            try {
                T result = work.run(writer);
                writerStatement(writer, "COMMIT").execute();
                return result;
            } catch (SQLException | IOException | RuntimeException e) {
                rollbackQuietly();
                throw e;
            }
        } catch (SQLException e) {
            // sqlite-jdbc finalizes a statement that failed with some codes (SQLITE_FULL, IOERR...): prepare
            // every kept statement afresh rather than find out which
            forgetWriterStatements();
            throw SqliteFailures.translate(file, doing, busyTimeout, e);
        } catch (IOException e) {
            throw new LocalStoreUnavailable(file, doing + " failed: " + e, e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * The writer's statement for {@code sql}, prepared on first use and kept until the store closes, with
     * its parameters cleared. Parsing an INSERT into content_library compiles its FTS triggers as well;
     * on the save path that was about a sixth of the CPU. Only for {@code connection} handed out by
     * {@link #write}/{@link #withWriter}, on the thread holding the write lock; the caller must not close
     * it (closing a ResultSet it returned is fine and needed).
     */
    PreparedStatement writerStatement(Connection connection, String sql) throws SQLException {
        if (connection != writer || !writeLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("a kept statement is for the writer inside write(): " + sql);
        }
        PreparedStatement statement = writerStatements.get(sql);
        if (statement == null || statement.isClosed()) {
            statement = writer.prepareStatement(sql);
            writerStatements.put(sql, statement);
        } else {
            statement.clearParameters();
        }
        return statement;
    }

    private void forgetWriterStatements() {
        for (PreparedStatement statement : writerStatements.values()) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // already finalized by the driver; it is dropped either way
            }
        }
        writerStatements.clear();
    }

    /** Runs {@code work} on the writer outside a transaction (VACUUM, checkpoints, pragmas). */
    <T> T withWriter(String doing, SqlWork<T> work) {
        refuseFxThread(doing);
        writeLock.lock();
        try {
            ensureWritable(doing);
            return work.run(writer);
        } catch (SQLException e) {
            forgetWriterStatements();
            throw SqliteFailures.translate(file, doing, busyTimeout, e);
        } catch (IOException e) {
            throw new LocalStoreUnavailable(file, doing + " failed: " + e, e);
        } finally {
            writeLock.unlock();
        }
    }

    static void refuseFxThread(String doing) {
        if (FX_THREAD_NAME.equals(Thread.currentThread().getName())) {
            throw new IllegalStateException(
                    "local store: " + doing + " was called on the JavaFX Application Thread; run storage work on"
                            + " a background executor so the window stays responsive");
        }
    }

    private Connection borrowReader(String doing) {
        ensureOpen(doing);
        try {
            Connection connection = readers.poll(busyTimeout.toMillis(), TimeUnit.MILLISECONDS);
            if (connection == null) {
                throw new LocalStoreUnavailable(
                        file, doing + ": no read connection free after " + busyTimeout.toMillis() + " ms", null);
            }
            return connection;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStoreUnavailable(file, doing + " was interrupted", e);
        }
    }

    private void ensureOpen(String doing) {
        if (closed) {
            throw new LocalStoreUnavailable(file, doing + ": the local store is closed", null);
        }
    }

    /** From now on every write fails with {@code reason} (reads go on, for what can still be saved elsewhere). */
    void refuseWrites(LocalStoreCorrupt reason) {
        writesRefused = reason;
    }

    private void ensureWritable(String doing) {
        ensureOpen(doing);
        LocalStoreCorrupt refused = writesRefused;
        if (refused != null) {
            throw new LocalStoreCorrupt(file, refused.checkOutput(), refused);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = writer.createStatement()) {
            statement.execute(sql);
        }
    }

    private void rollbackQuietly() {
        try {
            execute("ROLLBACK");
        } catch (SQLException ignored) {
            // the connection is unusable or there was no transaction; the original failure is reported
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            if (checkpoints != null) {
                checkpoints.shutdownNow();
                try {
                    checkpoints.awaitTermination(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            closeQuietly(checkpointer);
            allReaders.forEach(LocalDatabase::closeQuietly);
            forgetWriterStatements();
            try (Statement statement = writer.createStatement()) {
                // fold the WAL into the file so a copy of curator.db alone is complete
                statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            } catch (SQLException ignored) {
                // a checkpoint is an optimisation; SQLite replays the WAL on the next open
            }
            closeQuietly(writer);
        } finally {
            writeLock.unlock();
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing; nothing left to protect
        }
    }
}
