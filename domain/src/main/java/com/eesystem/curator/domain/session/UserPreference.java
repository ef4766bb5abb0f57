package com.eesystem.curator.domain.session;

import java.time.Instant;
import java.util.Objects;

/** A user_preferences row: one value per (user_id, preference_key). */
public record UserPreference(String userId, String key, String value, Instant createdAt, Instant updatedAt) {

    public UserPreference {
        Objects.requireNonNull(userId, "user_preferences.user_id");
        if (userId.isBlank()) {
            throw new IllegalArgumentException("user_preferences.user_id: \"" + userId + "\" is blank");
        }
        Objects.requireNonNull(key, "user_preferences.preference_key");
        if (key.isBlank()) {
            throw new IllegalArgumentException(
                    "user_preferences.preference_key: \"" + key + "\" is blank (user " + userId + ")");
        }
        Objects.requireNonNull(value, "user_preferences.preference_value");
        Objects.requireNonNull(createdAt, "user_preferences.created_at");
        Objects.requireNonNull(updatedAt, "user_preferences.updated_at");
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("user_preferences.updated_at: " + updatedAt + " is before created_at "
                    + createdAt + " (user " + userId + ", key " + key + ")");
        }
    }
}
