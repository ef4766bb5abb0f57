package com.eesystem.curator.domain.session;

import java.util.Map;
import java.util.Optional;

/**
 * A user's preferences (the user_preferences table: one value per user and key). The UI remembers
 * its theme, window layout and last choices through this port.
 */
public interface UserPreferences {

    Optional<String> get(String userId, String key);

    /** Stores or replaces the value of {@code key} for {@code userId}. */
    void put(String userId, String key, String value);

    /** Every preference of the user, by key. */
    Map<String, String> all(String userId);
}
