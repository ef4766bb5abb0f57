package com.eesystem.curator.storage.local;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * Runs {@code PRAGMA integrity_check} (or the cheaper {@code quick_check}, which checks every page and
 * b-tree but not that indexes match their tables) on a file before it is opened for use or swapped in.
 */
final class IntegrityCheck {

    private IntegrityCheck() {}

    /**
     * Checks {@code file} read-only.
     *
     * @throws LocalStoreCorrupt naming the file and SQLite's report when the check is not "ok" or the
     *     file is not a database
     */
    static void verify(Path file) {
        verify(file, true);
    }

    /**
     * Checks the store's own file at start. Opened read-write: after a crash the WAL may need recovering,
     * which a read-only connection cannot do (it would fail to open and look like damage).
     */
    static void verifyForOpening(Path file, boolean full) {
        verify(file, false, full);
    }

    private static void verify(Path file, boolean readOnly) {
        verify(file, readOnly, true);
    }

    private static void verify(Path file, boolean readOnly, boolean full) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        try (Connection connection = config.createConnection(LocalDatabase.url(file));
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery(full ? "PRAGMA integrity_check(20)" : "PRAGMA quick_check(20)")) {
            List<String> report = new ArrayList<>();
            while (rows.next()) {
                report.add(rows.getString(1));
            }
            if (!report.equals(List.of("ok"))) {
                throw new LocalStoreCorrupt(file, String.join("; ", report), null);
            }
        } catch (SQLException e) {
            throw new LocalStoreCorrupt(file, SqliteFailures.firstLine(e.getMessage()), e);
        }
    }
}
