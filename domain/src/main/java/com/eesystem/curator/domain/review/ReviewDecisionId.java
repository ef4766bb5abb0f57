package com.eesystem.curator.domain.review;

import java.util.UUID;

/** Identity of one review decision. */
public record ReviewDecisionId(UUID value) {

    /** The column this id is stored in, for error messages. */
    public static final String COLUMN = "review_decisions.id";

    public ReviewDecisionId {
        if (value == null) {
            throw new IllegalArgumentException(COLUMN + ": is required (was null)");
        }
    }

    public static ReviewDecisionId random() {
        return new ReviewDecisionId(UUID.randomUUID());
    }

    /** Parses stored or typed text; a bad value fails naming {@value #COLUMN}. */
    public static ReviewDecisionId parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(
                    COLUMN + ": must not be blank (was " + (text == null ? "null" : "\"" + text + "\"") + ")");
        }
        try {
            return new ReviewDecisionId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notUuid) {
            throw new IllegalArgumentException(COLUMN + ": \"" + text + "\" is not a UUID", notUuid);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
