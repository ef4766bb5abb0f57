package com.eesystem.curator.domain.generation;

import java.util.Objects;

/** temp_content.id. */
public record TempContentId(String value) {

    public TempContentId {
        Objects.requireNonNull(value, "temp_content.id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("temp_content.id: \"" + value + "\" is blank");
        }
    }

    public static TempContentId of(String value) {
        return new TempContentId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
