package com.eesystem.curator.domain.cache;

import com.eesystem.curator.domain.generation.GeneratedContent;
import com.eesystem.curator.domain.generation.GenerationRequest;
import java.time.Duration;
import java.util.Optional;

/**
 * Generated content by request (Redis content_gen:{hash}, 24 h): asking twice for the same request
 * within a day costs one generation. The hash is {@link GenerationRequest#cacheKeyHash()}.
 */
public interface GenerationCache {

    Duration TIME_TO_LIVE = Duration.ofHours(24);

    /** The Redis key of {@code request}: {@code content_gen:} + its SHA-256 hex hash. */
    static String keyOf(GenerationRequest request) {
        return "content_gen:" + request.cacheKeyHash();
    }

    Optional<GeneratedContent> find(GenerationRequest request);

    /** Stores the content for {@link #TIME_TO_LIVE}, replacing any earlier one. */
    void store(GenerationRequest request, GeneratedContent content);
}
