package com.eesystem.curator.domain.batch;

import java.util.Objects;

/** batch_operations.id. */
public record BatchId(String value) {

    public BatchId {
        Objects.requireNonNull(value, "batch_operations.id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("batch_operations.id: \"" + value + "\" is blank");
        }
    }

    public static BatchId of(String value) {
        return new BatchId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
