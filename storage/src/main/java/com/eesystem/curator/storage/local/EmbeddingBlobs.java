package com.eesystem.curator.storage.local;

import com.eesystem.curator.domain.embedding.Embedding;
import com.eesystem.curator.domain.embedding.EmbeddingModelId;
import com.eesystem.curator.domain.embedding.EmbeddingSpace;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Embeddings as BLOB columns: float32 little-endian, the model id beside it, the dimension from the length. */
final class EmbeddingBlobs {

    private EmbeddingBlobs() {}

    static byte[] bytes(Embedding embedding) {
        float[] vector = embedding.vector();
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    static Embedding embedding(String column, byte[] blob, String model) {
        if (blob.length % Float.BYTES != 0) {
            throw new IllegalStateException(
                    column + ": " + blob.length + " bytes is not a whole number of float32 values");
        }
        float[] vector = new float[blob.length / Float.BYTES];
        ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return new EmbeddingSpace(new EmbeddingModelId(model), vector.length).embeddingOf(vector);
    }
}
