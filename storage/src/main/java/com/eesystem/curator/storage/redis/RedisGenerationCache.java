package com.eesystem.curator.storage.redis;

import com.eesystem.curator.domain.cache.GenerationCache;
import com.eesystem.curator.domain.generation.GeneratedContent;
import com.eesystem.curator.domain.generation.GenerationRequest;
import java.util.Optional;

/**
 * Generated content under {@code content_gen:{hash}}, JSON, 24 hours from generation (reading does not
 * extend it). The hash is {@link GenerationRequest#cacheKeyHash()}: SHA-256 of the canonical request.
 */
public final class RedisGenerationCache implements GenerationCache {

    private final ExpiringValues values;

    public RedisGenerationCache(RedisLink link) {
        this.values = new ExpiringValues(link, TIME_TO_LIVE);
    }

    @Override
    public Optional<GeneratedContent> find(GenerationRequest request) {
        return values.get(GenerationCache.keyOf(request)).map(RedisJson::generatedContent);
    }

    @Override
    public void store(GenerationRequest request, GeneratedContent content) {
        values.put(GenerationCache.keyOf(request), RedisJson.generatedContent(content));
    }
}
