package com.eesystem.curator.domain.template;

import java.util.UUID;

/** Identity of a content template (content_templates.id). */
public record TemplateId(UUID value) {

    /** The column this id is stored in, for error messages. */
    public static final String COLUMN = "content_templates.id";

    public TemplateId {
        if (value == null) {
            throw new IllegalArgumentException(COLUMN + ": is required (was null)");
        }
    }

    public static TemplateId random() {
        return new TemplateId(UUID.randomUUID());
    }

    /** Parses stored or typed text; a bad value fails naming {@value #COLUMN}. */
    public static TemplateId parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(
                    COLUMN + ": must not be blank (was " + (text == null ? "null" : "\"" + text + "\"") + ")");
        }
        try {
            return new TemplateId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notUuid) {
            throw new IllegalArgumentException(COLUMN + ": \"" + text + "\" is not a UUID", notUuid);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
