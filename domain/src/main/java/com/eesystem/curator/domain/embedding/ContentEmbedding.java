package com.eesystem.curator.domain.embedding;

import com.eesystem.curator.domain.content.ComplianceStatus;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.score.Score;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A content_embeddings row: a piece of content's text, its vector and what search filters on.
 *
 * @param brandAlignmentScore how well the text fits the brand, 0.0 to 1.0 (read stored values with
 *     {@code Score.of("content_embeddings.brand_alignment_score", value)} so a bad one names its column)
 * @param metadata free-form text pairs (source, content_id of a library item, campaign ...)
 */
public record ContentEmbedding(
        ContentEmbeddingId id,
        ContentType contentType,
        Platform platform,
        String contentText,
        Embedding embedding,
        Map<String, String> metadata,
        Score brandAlignmentScore,
        ComplianceStatus complianceStatus,
        Instant createdAt,
        Instant updatedAt) {

    public ContentEmbedding {
        Objects.requireNonNull(id, "content_embeddings.id");
        Objects.requireNonNull(contentType, "content_embeddings.content_type");
        Objects.requireNonNull(platform, "content_embeddings.platform");
        Objects.requireNonNull(contentText, "content_embeddings.content_text");
        if (contentText.isBlank()) {
            throw new IllegalArgumentException("content_embeddings.content_text: is blank (id " + id + ")");
        }
        Objects.requireNonNull(embedding, "content_embeddings.embedding");
        metadata = Map.copyOf(Objects.requireNonNull(metadata, "content_embeddings.metadata"));
        Objects.requireNonNull(brandAlignmentScore, "content_embeddings.brand_alignment_score");
        Objects.requireNonNull(complianceStatus, "content_embeddings.compliance_status");
        Objects.requireNonNull(createdAt, "content_embeddings.created_at");
        Objects.requireNonNull(updatedAt, "content_embeddings.updated_at");
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("content_embeddings.updated_at: " + updatedAt + " is before created_at "
                    + createdAt + " (id " + id + ")");
        }
    }
}
