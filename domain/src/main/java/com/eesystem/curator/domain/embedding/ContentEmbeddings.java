package com.eesystem.curator.domain.embedding;

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
}
