package com.eesystem.curator.storage.local;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;

/**
 * Removes rows whose time is up: expired sessions, content_cache and temp_content rows and agent
 * memories, and generation_queue rows that finished (completed or failed) longer ago than the retention.
 * One transaction, so a cleanup is all or nothing; each DELETE walks its expires_at index.
 */
final class LocalCleanup {

    private final LocalDatabase database;
    private final Clock clock;
    private final Duration finishedRetention;

    LocalCleanup(LocalDatabase database, Clock clock, Duration finishedRetention) {
        this.database = database;
        this.clock = clock;
        this.finishedRetention = finishedRetention;
    }

    CleanupReport run() {
        String now = Timestamps.text(clock.instant());
        String finishedBefore = Timestamps.text(clock.instant().minus(finishedRetention));
        return database.write(
                "removing expired rows",
                connection -> new CleanupReport(
                        delete(connection, "DELETE FROM sessions WHERE expires_at <= ?", now),
                        delete(connection, "DELETE FROM content_cache WHERE expires_at <= ?", now),
                        delete(connection, "DELETE FROM temp_content WHERE expires_at <= ?", now),
                        delete(
                                connection,
                                "DELETE FROM generation_queue WHERE status IN ('completed', 'failed')"
                                        + " AND coalesce(processed_at, updated_at) <= ?",
                                finishedBefore),
                        delete(
                                connection,
                                "DELETE FROM agent_memory WHERE expires_at IS NOT NULL AND expires_at <= ?",
                                now)));
    }

    private static int delete(Connection connection, String sql, String bound) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setString(1, bound);
            return delete.executeUpdate();
        }
    }
}
