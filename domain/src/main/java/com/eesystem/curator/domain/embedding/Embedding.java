package com.eesystem.curator.domain.embedding;

import java.util.Arrays;
import java.util.Objects;

/**
 * A vector in an {@link EmbeddingSpace}. The array is copied in and out, so an {@code Embedding}
 * never changes after construction; equality is by space and content.
 */
public record Embedding(EmbeddingSpace space, float[] vector) {

    public Embedding {
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(vector, "vector");
        if (vector.length != space.dimension()) {
            throw new EmbeddingSpaceMismatch(space, space.model(), vector.length);
        }
        vector = vector.clone();
        for (int i = 0; i < vector.length; i++) {
            if (!Float.isFinite(vector[i])) {
                throw new IllegalArgumentException(
                        "embedding: component " + i + " is " + vector[i] + " (model " + space.model() + ")");
            }
        }
    }

    /** A copy of the components. */
    @Override
    public float[] vector() {
        return vector.clone();
    }

    public EmbeddingModelId model() {
        return space.model();
    }

    public int dimension() {
        return vector.length;
    }

    public float component(int index) {
        return vector[index];
    }

    /** Euclidean length. */
    public double norm() {
        double sum = 0;
        for (float value : vector) {
            sum += (double) value * value;
        }
        return Math.sqrt(sum);
    }

    /**
     * Cosine similarity in [-1, 1]; 0 when either vector is all zeros.
     *
     * @throws EmbeddingSpaceMismatch when {@code other} comes from another space
     */
    public double cosineSimilarity(Embedding other) {
        space.check(other);
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < vector.length; i++) {
            dot += (double) vector[i] * other.vector[i];
            normA += (double) vector[i] * vector[i];
            normB += (double) other.vector[i] * other.vector[i];
        }
        if (normA == 0 || normB == 0) {
            return 0;
        }
        return Math.max(-1, Math.min(1, dot / Math.sqrt(normA * normB)));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Embedding that && space.equals(that.space) && Arrays.equals(vector, that.vector);
    }

    @Override
    public int hashCode() {
        return 31 * space.hashCode() + Arrays.hashCode(vector);
    }

    @Override
    public String toString() {
        StringBuilder head = new StringBuilder("Embedding[").append(space).append(", [");
        for (int i = 0; i < Math.min(3, vector.length); i++) {
            head.append(i == 0 ? "" : ", ").append(vector[i]);
        }
        return head.append(vector.length > 3 ? ", ...]]" : "]]").toString();
    }
}
