package com.eesystem.curator.domain.embedding;

import java.util.List;

/** Similarity search over content_embeddings (AstraDB vector SAI with cosine similarity). */
public interface VectorIndex {

    /** The index's space; queries from any other space are refused. */
    EmbeddingSpace space();

    /**
     * Up to {@code query.limit()} rows that pass the query's filters, most similar first.
     *
     * @throws EmbeddingSpaceMismatch when the query vector is not in {@link #space()}
     */
    List<Neighbor<ContentEmbedding>> nearest(NearestQuery query);
}
