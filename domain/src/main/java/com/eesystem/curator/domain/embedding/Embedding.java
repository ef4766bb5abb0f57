package com.eesystem.curator.domain.embedding;

import java.util.Arrays;

/**
 * A semantic vector and the model that produced it (VECTOR&lt;FLOAT, 1536&gt; columns). Vectors of
 * different models are not comparable, so the model id travels with the numbers.
 *
 * <p>Minimal version written by helper core so brand_knowledge can carry one; helper ops owns this
 * package and its checks against the configured model's dimension.
 */
public record Embedding(float[] vector, String modelId) {

    public Embedding {
        if (modelId == null || modelId.isBlank()) {
            throw new IllegalArgumentException("embedding model: must not be blank (was "
                    + (modelId == null ? "null" : "\"" + modelId + "\"") + ")");
        }
        if (vector == null || vector.length == 0) {
            throw new IllegalArgumentException("embedding: must have at least one dimension (model " + modelId + ")");
        }
        for (int i = 0; i < vector.length; i++) {
            if (!Float.isFinite(vector[i])) {
                throw new IllegalArgumentException("embedding[" + i + "]: " + vector[i] + " is not a finite number");
            }
        }
        vector = vector.clone();
    }

    /** A copy: the record stays immutable. */
    @Override
    public float[] vector() {
        return vector.clone();
    }

    public int dimension() {
        return vector.length;
    }

    /** Fails naming both dimensions when this vector does not fit a model of {@code expected} dimensions. */
    public Embedding requireDimension(int expected) {
        if (vector.length != expected) {
            throw new IllegalArgumentException(
                    "embedding: " + vector.length + " dimensions, model " + modelId + " needs " + expected);
        }
        return this;
    }

    /** Cosine similarity in -1..1; both vectors must come from the same model. */
    public double cosineSimilarity(Embedding other) {
        if (!modelId.equals(other.modelId) || vector.length != other.vector.length) {
            throw new IllegalArgumentException("embedding: cannot compare " + modelId + "/" + vector.length + " with "
                    + other.modelId + "/" + other.vector.length);
        }
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
        return dot / (Math.sqrt(normA) * Math.sqrt(normB));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Embedding that && modelId.equals(that.modelId) && Arrays.equals(vector, that.vector);
    }

    @Override
    public int hashCode() {
        return 31 * modelId.hashCode() + Arrays.hashCode(vector);
    }

    @Override
    public String toString() {
        return "Embedding[" + modelId + ", " + vector.length + " dimensions]";
    }
}
