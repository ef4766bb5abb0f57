package com.eesystem.curator.domain.brand;

import java.util.UUID;

/** Identity of a piece of brand knowledge (brand_knowledge.id). */
public record KnowledgeId(UUID value) {

    /** The column this id is stored in, for error messages. */
    public static final String COLUMN = "brand_knowledge.id";

    public KnowledgeId {
        if (value == null) {
            throw new IllegalArgumentException(COLUMN + ": is required (was null)");
        }
    }

    public static KnowledgeId random() {
        return new KnowledgeId(UUID.randomUUID());
    }

    /** Parses stored or typed text; a bad value fails naming {@value #COLUMN}. */
    public static KnowledgeId parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(
                    COLUMN + ": must not be blank (was " + (text == null ? "null" : "\"" + text + "\"") + ")");
        }
        try {
            return new KnowledgeId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notUuid) {
            throw new IllegalArgumentException(COLUMN + ": \"" + text + "\" is not a UUID", notUuid);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
