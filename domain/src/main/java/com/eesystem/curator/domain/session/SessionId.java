package com.eesystem.curator.domain.session;

import java.util.Objects;

/** Id of a user session: sessions.id in SQLite and the {session_id} of session:{session_id} in Redis. */
public record SessionId(String value) {

    public SessionId {
        Objects.requireNonNull(value, "sessions.id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("sessions.id: \"" + value + "\" is blank");
        }
        if (value.length() > 128 || value.chars().anyMatch(c -> Character.isWhitespace(c) || c == ':')) {
            // it becomes part of a Redis key: no separators or spaces
            throw new IllegalArgumentException(
                    "sessions.id: \"" + value + "\" must be at most 128 characters without spaces or ':'");
        }
    }

    public static SessionId of(String value) {
        return new SessionId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
