package com.eesystem.curator.domain.user;

import java.util.UUID;

/** Identity of a person using Curator: author, reviewer, admin (user_id, reviewer_id). UUID-backed because compliance_checks.reviewer_id is a UUID. */
public record UserId(UUID value) {

    /** The column this id is stored in, for error messages. */
    public static final String COLUMN = "user_id";

    public UserId {
        if (value == null) {
            throw new IllegalArgumentException(COLUMN + ": is required (was null)");
        }
    }

    public static UserId random() {
        return new UserId(UUID.randomUUID());
    }

    /** Parses stored or typed text; a bad value fails naming {@value #COLUMN}. */
    public static UserId parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(
                    COLUMN + ": must not be blank (was " + (text == null ? "null" : "\"" + text + "\"") + ")");
        }
        try {
            return new UserId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notUuid) {
            throw new IllegalArgumentException(COLUMN + ": \"" + text + "\" is not a UUID", notUuid);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
