package com.eesystem.curator.storage.local;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The sync_state key-value rows: watermarks of the sync engine and this device's id. */
final class SyncStateTable {

    static final String DEVICE_ID = "device_id";

    private SyncStateTable() {}

    static Optional<String> get(Connection connection, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT value FROM sync_state WHERE key = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    static void put(Connection connection, String key, String value, String now) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO sync_state (key, value, updated_at) VALUES (?, ?, ?)"
                        + " ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at")) {
            upsert.setString(1, key);
            upsert.setString(2, value);
            upsert.setString(3, now);
            upsert.executeUpdate();
        }
    }
}
