package com.eesystem.curator.domain.embedding;

/** A model that could not produce a vector: the service is unreachable, refused the key, or timed out. */
public final class EmbeddingUnavailable extends RuntimeException {

    private final EmbeddingModelId model;

    public EmbeddingUnavailable(EmbeddingModelId model, String reason, Throwable cause) {
        super("embedding model " + model + ": " + reason, cause);
        this.model = model;
    }

    public EmbeddingModelId model() {
        return model;
    }
}
