package com.eesystem.curator.domain.embedding;

import java.util.Objects;
import java.util.UUID;

/**
 * Id of a content_embeddings row. When the text is a content_library item the row uses the item's
 * id (one vector per item, replaced on upsert), so {@link #of(UUID)} takes the content id as is.
 */
public record ContentEmbeddingId(UUID value) {

    public ContentEmbeddingId {
        Objects.requireNonNull(value, "content_embeddings.id");
    }

    public static ContentEmbeddingId of(UUID value) {
        return new ContentEmbeddingId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
