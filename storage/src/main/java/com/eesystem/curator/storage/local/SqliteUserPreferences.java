package com.eesystem.curator.storage.local;

import com.eesystem.curator.domain.session.UserPreferences;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** user_preferences rows; one value per (user_id, preference_key), as the table's UNIQUE says. */
final class SqliteUserPreferences implements UserPreferences {

    private final LocalDatabase database;
    private final Clock clock;

    SqliteUserPreferences(LocalDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public Optional<String> get(String userId, String key) {
        requireText("userId", userId);
        requireText("key", key);
        return database.read("reading preference " + key, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT preference_value FROM user_preferences WHERE user_id = ? AND preference_key = ?")) {
                select.setString(1, userId);
                select.setString(2, key);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void put(String userId, String key, String value) {
        requireText("userId", userId);
        requireText("key", key);
        String now = Timestamps.text(clock.instant());
        database.write("saving preference " + key, connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO user_preferences (user_id, preference_key, preference_value, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (user_id, preference_key)
                    DO UPDATE SET preference_value = excluded.preference_value, updated_at = excluded.updated_at
                    """)) {
                upsert.setString(1, userId);
                upsert.setString(2, key);
                upsert.setString(3, value);
                upsert.setString(4, now);
                upsert.setString(5, now);
                return upsert.executeUpdate();
            }
        });
    }

    @Override
    public Map<String, String> all(String userId) {
        requireText("userId", userId);
        return database.read("reading preferences", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT preference_key, preference_value FROM user_preferences WHERE user_id = ?"
                            + " ORDER BY preference_key")) {
                select.setString(1, userId);
                Map<String, String> preferences = new LinkedHashMap<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        preferences.put(rows.getString(1), rows.getString(2));
                    }
                }
                return preferences;
            }
        });
    }

    private static void requireText(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank");
        }
    }
}
