package com.eesystem.curator.domain.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A sessions row. Expiry slides: each activity moves {@code expiresAt} to now + the idle timeout
 * ({@link #IDLE_TIMEOUT}, the 30 minutes of the spec's session:{session_id} key).
 */
public record Session(SessionId id, SessionData data, Instant expiresAt, Instant createdAt, Instant updatedAt) {

    public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);

    public Session {
        Objects.requireNonNull(id, "sessions.id");
        Objects.requireNonNull(data, "sessions.session_data");
        Objects.requireNonNull(expiresAt, "sessions.expires_at");
        Objects.requireNonNull(createdAt, "sessions.created_at");
        Objects.requireNonNull(updatedAt, "sessions.updated_at");
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException(
                    "sessions.updated_at: " + updatedAt + " is before created_at " + createdAt + " (id " + id + ")");
        }
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException(
                    "sessions.expires_at: " + expiresAt + " is not after created_at " + createdAt + " (id " + id + ")");
        }
    }

    /** A new session that expires {@code idleTimeout} after {@code now} unless extended. */
    public static Session start(SessionId id, SessionData data, Instant now, Duration idleTimeout) {
        requirePositive(idleTimeout);
        return new Session(id, data, now.plus(idleTimeout), now, now);
    }

    /** sessions.user_id. */
    public String userId() {
        return data.userId();
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /**
     * The session after activity at {@code now}: expiry moves to {@code now + idleTimeout}, never
     * earlier than it was.
     *
     * @throws SessionExpired when the session had already expired at {@code now}
     */
    public Session extendedAt(Instant now, Duration idleTimeout) {
        requirePositive(idleTimeout);
        if (isExpiredAt(now)) {
            throw new SessionExpired(id, expiresAt, now);
        }
        Instant slid = now.plus(idleTimeout);
        Instant newExpiry = slid.isAfter(expiresAt) ? slid : expiresAt;
        Instant touched = now.isAfter(updatedAt) ? now : updatedAt;
        return new Session(id, data, newExpiry, createdAt, touched);
    }

    public Session withData(SessionData newData, Instant now) {
        Instant touched = now.isAfter(updatedAt) ? now : updatedAt;
        return new Session(id, newData, expiresAt, createdAt, touched);
    }

    private static void requirePositive(Duration idleTimeout) {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout: " + idleTimeout + " is not positive");
        }
    }
}
