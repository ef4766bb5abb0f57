package com.eesystem.curator.domain.brand;

import java.util.UUID;

/** Identity of a brand guideline (brand_guidelines.id). */
public record GuidelineId(UUID value) {

    /** The column this id is stored in, for error messages. */
    public static final String COLUMN = "brand_guidelines.id";

    public GuidelineId {
        if (value == null) {
            throw new IllegalArgumentException(COLUMN + ": is required (was null)");
        }
    }

    public static GuidelineId random() {
        return new GuidelineId(UUID.randomUUID());
    }

    /** Parses stored or typed text; a bad value fails naming {@value #COLUMN}. */
    public static GuidelineId parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(
                    COLUMN + ": must not be blank (was " + (text == null ? "null" : "\"" + text + "\"") + ")");
        }
        try {
            return new GuidelineId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notUuid) {
            throw new IllegalArgumentException(COLUMN + ": \"" + text + "\" is not a UUID", notUuid);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
