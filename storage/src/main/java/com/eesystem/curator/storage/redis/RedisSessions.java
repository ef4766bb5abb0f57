package com.eesystem.curator.storage.redis;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Session data under {@code session:{session_id}}, JSON, 30 minutes, sliding: every read and every
 * {@link #touch} restarts the 30 minutes, so a session ends 30 minutes after its last activity.
 */
public final class RedisSessions<T> {

    public static final Duration TTL = Duration.ofMinutes(30);

    private final ExpiringJson values;
    private final Class<T> type;

    public RedisSessions(RedisLink link, Class<T> type) {
        this.values = new ExpiringJson(link, TTL);
        this.type = Objects.requireNonNull(type, "type");
    }

    static String key(String sessionId) {
        return "session:" + RedisKeys.part("session_id", sessionId);
    }

    public void save(String sessionId, T data) {
        values.put(key(sessionId), data);
    }

    /** The session's data, if it has not expired; reading it counts as activity. */
    public Optional<T> find(String sessionId) {
        return values.getAndTouch(key(sessionId), type);
    }

    /** Activity without reading; false when the session has already expired. */
    public boolean touch(String sessionId) {
        return values.touch(key(sessionId));
    }

    public void end(String sessionId) {
        values.remove(key(sessionId));
    }
}
