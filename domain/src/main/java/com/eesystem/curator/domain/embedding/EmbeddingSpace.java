package com.eesystem.curator.domain.embedding;

import java.util.Objects;

/**
 * A model and the dimension of its vectors. Vectors are comparable only within one space: the
 * AstraDB keyspace is created for one space (VECTOR&lt;FLOAT, 1536&gt; or 384), and {@link #check}
 * refuses a vector from any other.
 */
public record EmbeddingSpace(EmbeddingModelId model, int dimension) {

    /** OpenAI text-embedding-3-large, the data spec's model: 1536 dimensions as the spec stores it. */
    public static final EmbeddingSpace OPENAI_TEXT_EMBEDDING_3_LARGE =
            new EmbeddingSpace(new EmbeddingModelId("openai/text-embedding-3-large"), 1536);

    /** The local model that needs no network or weights: {@link HashingEmbeddingModel}, 384 dimensions. */
    public static final EmbeddingSpace LOCAL_HASHING_384 =
            new EmbeddingSpace(new EmbeddingModelId("curator/hashing-v1"), 384);

    /** Upper bound well above any production model (3072) so a corrupt dimension fails early. */
    public static final int MAX_DIMENSION = 8192;

    public EmbeddingSpace {
        Objects.requireNonNull(model, "model");
        if (dimension < 1 || dimension > MAX_DIMENSION) {
            throw new IllegalArgumentException(
                    "dimension: " + dimension + " is outside 1.." + MAX_DIMENSION + " (model " + model + ")");
        }
    }

    /**
     * Accepts {@code embedding} when it belongs to this space.
     *
     * @throws EmbeddingSpaceMismatch naming the expected and the actual model and dimension
     */
    public Embedding check(Embedding embedding) {
        Objects.requireNonNull(embedding, "embedding");
        if (!equals(embedding.space())) {
            throw new EmbeddingSpaceMismatch(this, embedding.model(), embedding.dimension());
        }
        return embedding;
    }

    /** Accepts a raw vector (as read from a store) when its length equals this space's dimension. */
    public Embedding embeddingOf(float[] vector) {
        Objects.requireNonNull(vector, "vector");
        if (vector.length != dimension) {
            throw new EmbeddingSpaceMismatch(this, model, vector.length);
        }
        return new Embedding(this, vector);
    }

    @Override
    public String toString() {
        return model + "/" + dimension;
    }
}
