package com.eesystem.curator.domain.embedding;

/**
 * A vector that does not belong to the configured model's space: another model, or a length other
 * than the configured dimension (a keyspace made for 1536 given a 384-dimension vector, say).
 */
public final class EmbeddingSpaceMismatch extends IllegalArgumentException {

    private final EmbeddingSpace expected;
    private final EmbeddingModelId actualModel;
    private final int actualLength;

    public EmbeddingSpaceMismatch(EmbeddingSpace expected, EmbeddingModelId actualModel, int actualLength) {
        super(message(expected, actualModel, actualLength));
        this.expected = expected;
        this.actualModel = actualModel;
        this.actualLength = actualLength;
    }

    private static String message(EmbeddingSpace expected, EmbeddingModelId actualModel, int actualLength) {
        if (expected.dimension() != actualLength) {
            return "embedding: vector length " + actualLength + " does not equal the dimension "
                    + expected.dimension() + " of the configured model " + expected.model()
                    + (expected.model().equals(actualModel) ? "" : " (vector made by " + actualModel + ")");
        }
        return "embedding: vector made by model " + actualModel + ", but the configured model is " + expected.model()
                + "; re-embed the text with the configured model";
    }

    public EmbeddingSpace expected() {
        return expected;
    }

    public EmbeddingModelId actualModel() {
        return actualModel;
    }

    public int actualLength() {
        return actualLength;
    }
}
