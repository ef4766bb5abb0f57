package com.eesystem.curator.storage.local;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns SQLite's result codes into the named failures of the local store. */
final class SqliteFailures {

    private static final int FULL = SQLiteErrorCode.SQLITE_FULL.code;
    private static final int BUSY = SQLiteErrorCode.SQLITE_BUSY.code;
    private static final int LOCKED = SQLiteErrorCode.SQLITE_LOCKED.code;
    private static final int CORRUPT = SQLiteErrorCode.SQLITE_CORRUPT.code;
    private static final int NOT_A_DATABASE = SQLiteErrorCode.SQLITE_NOTADB.code;

    private SqliteFailures() {}

    static LocalStoreException translate(Path database, String doing, Duration busyTimeout, SQLException e) {
        int primary = primaryCode(e);
        if (primary == FULL) {
            return new LocalStoreFull(database, e);
        }
        if (primary == BUSY || primary == LOCKED) {
            return new LocalStoreLocked(database, busyTimeout, e);
        }
        if (primary == CORRUPT || primary == NOT_A_DATABASE) {
            return new LocalStoreCorrupt(database, firstLine(e.getMessage()), e);
        }
        return new LocalStoreUnavailable(database, doing + " failed: " + firstLine(e.getMessage()), e);
    }

    /** The primary SQLite result code (the low byte of an extended code), or -1 if not from SQLite. */
    static int primaryCode(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            return sqlite.getResultCode().code & 0xff;
        }
        return e.getErrorCode() & 0xff;
    }

    static String firstLine(String message) {
        return message == null ? "unknown error" : message.lines().findFirst().orElse(message);
    }
}
