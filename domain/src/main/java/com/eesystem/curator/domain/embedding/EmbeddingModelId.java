package com.eesystem.curator.domain.embedding;

import java.util.Objects;

/** Names the model that produced a vector; stored beside every vector so a model change is detectable. */
public record EmbeddingModelId(String value) {

    public EmbeddingModelId {
        Objects.requireNonNull(value, "embedding model id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("embedding model id: \"" + value + "\" is blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
