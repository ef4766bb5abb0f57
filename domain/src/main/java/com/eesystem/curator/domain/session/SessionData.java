package com.eesystem.curator.domain.session;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a session carries: sessions.session_data in SQLite and the value of session:{session_id} in
 * Redis (JSON {@code {"user_id": "user123", "preferences": {...}, "attributes": {...}}}).
 *
 * @param userId the signed-in user
 * @param preferences the user's preferences as loaded at sign-in (theme, layout ...)
 * @param attributes what the workstation remembers for this session (open item, last view ...)
 */
public record SessionData(String userId, Map<String, String> preferences, Map<String, String> attributes) {

    public SessionData {
        Objects.requireNonNull(userId, "session_data.user_id");
        if (userId.isBlank()) {
            throw new IllegalArgumentException("session_data.user_id: \"" + userId + "\" is blank");
        }
        preferences = Map.copyOf(Objects.requireNonNull(preferences, "session_data.preferences"));
        attributes = Map.copyOf(Objects.requireNonNull(attributes, "session_data.attributes"));
    }

    /** A session of {@code userId} with nothing remembered yet. */
    public static SessionData of(String userId) {
        return new SessionData(userId, Map.of(), Map.of());
    }

    public SessionData withAttribute(String key, String value) {
        Objects.requireNonNull(key, "attribute key");
        Objects.requireNonNull(value, "attribute value");
        var copy = new HashMap<>(attributes);
        copy.put(key, value);
        return new SessionData(userId, preferences, copy);
    }
}
