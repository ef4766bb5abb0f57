package com.eesystem.curator.storage.local;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Shared set-up for the SQLite tests: settings in a temp dir, a settable clock, raw SQL for checks. */
final class LocalStoreFixture {

    static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

    private LocalStoreFixture() {}

    static LocalStoreSettings settings(Path folder) {
        return LocalStoreSettings.defaults(folder.resolve("curator.db"), folder.resolve("backups"))
                .withBusyTimeout(Duration.ofMillis(300));
    }

    static MutableClock clock() {
        return new MutableClock(START);
    }

    /** A plain connection, outside the store, for checking what is really in the file. */
    static Connection raw(Path database) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + database);
    }

    static List<List<String>> query(Path database, String sql) throws SQLException {
        try (Connection connection = raw(database);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<List<String>> result = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rows.getString(i));
                }
                result.add(row);
            }
            return result;
        }
    }

    static String single(Path database, String sql) throws SQLException {
        return query(database, sql).getFirst().getFirst();
    }

    static void execute(Path database, String sql) throws SQLException {
        try (Connection connection = raw(database);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
