package com.eesystem.curator.domain.content;

import java.util.UUID;

/** Identity of a content item (content_library.id; content_id elsewhere). */
public record ContentId(UUID value) {

    /** The column this id is stored in, for error messages. */
    public static final String COLUMN = "content_library.id";

    public ContentId {
        if (value == null) {
            throw new IllegalArgumentException(COLUMN + ": is required (was null)");
        }
    }

    public static ContentId random() {
        return new ContentId(UUID.randomUUID());
    }

    /** Parses stored or typed text; a bad value fails naming {@value #COLUMN}. */
    public static ContentId parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(
                    COLUMN + ": must not be blank (was " + (text == null ? "null" : "\"" + text + "\"") + ")");
        }
        try {
            return new ContentId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notUuid) {
            throw new IllegalArgumentException(COLUMN + ": \"" + text + "\" is not a UUID", notUuid);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
