package com.eesystem.curator.domain.embedding;

import com.eesystem.curator.domain.content.ComplianceStatus;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.platform.Platform;
import java.util.Objects;
import java.util.Optional;

/**
 * A top-k similarity search over content_embeddings with optional equality filters (each one an
 * SAI-indexed column in AstraDB).
 */
public record NearestQuery(
        Embedding vector,
        int limit,
        Optional<ContentType> contentType,
        Optional<Platform> platform,
        Optional<ComplianceStatus> complianceStatus) {

    /** AstraDB caps ANN queries at 1000 rows. */
    public static final int MAX_LIMIT = 1000;

    public NearestQuery {
        Objects.requireNonNull(vector, "vector");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit: " + limit + " is outside 1.." + MAX_LIMIT);
        }
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(complianceStatus, "complianceStatus");
    }

    /** The {@code limit} nearest vectors with no filter. */
    public static NearestQuery topK(Embedding vector, int limit) {
        return new NearestQuery(vector, limit, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public NearestQuery withContentType(ContentType type) {
        return new NearestQuery(vector, limit, Optional.of(type), platform, complianceStatus);
    }

    public NearestQuery withPlatform(Platform value) {
        return new NearestQuery(vector, limit, contentType, Optional.of(value), complianceStatus);
    }

    public NearestQuery withComplianceStatus(ComplianceStatus status) {
        return new NearestQuery(vector, limit, contentType, platform, Optional.of(status));
    }

    /** Whether {@code candidate} passes every filter set on this query. */
    public boolean accepts(ContentEmbedding candidate) {
        return contentType.map(candidate.contentType()::equals).orElse(true)
                && platform.map(candidate.platform()::equals).orElse(true)
                && complianceStatus.map(candidate.complianceStatus()::equals).orElse(true);
    }
}
