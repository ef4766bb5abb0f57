package com.eesystem.curator.domain.embedding;

import java.util.List;
import java.util.Optional;

/** The content_embeddings rows: one vector per piece of content, replaced when the text changes. */
public interface ContentEmbeddings {

    /**
     * Inserts or replaces the row with this id. Writing twice is harmless (idempotent).
     *
     * @throws EmbeddingSpaceMismatch when the vector is not in the store's configured space
     */
    void upsert(ContentEmbedding embedding);

    Optional<ContentEmbedding> find(ContentEmbeddingId id);

    /** Removes the row; removing an absent row does nothing. */
    void remove(ContentEmbeddingId id);

    /**
     * Up to {@code limit} rows whose vector was made by another model than {@code current} (the
     * model id is stored with each vector): after a model change, re-embed their text and upsert
     * them until this returns nothing.
     */
    List<ContentEmbedding> madeByOtherModel(EmbeddingSpace current, int limit);
}
