package com.eesystem.curator.storage.redis;

import com.eesystem.curator.domain.cache.GenerationCache;
import com.eesystem.curator.domain.generation.GeneratedContent;
import com.eesystem.curator.domain.generation.GenerationRequest;
import java.time.Duration;
import java.util.Optional;

/**
 * Generated content under {@code content_gen:{hash}}, JSON, 24 hours from generation (reading does not
 * extend it). The hash is {@link GenerationRequest#cacheKeyHash()}: SHA-256 of the canonical request.
 */
public final class RedisGenerationCache implements GenerationCache {

    private static final String PREFIX = "content_gen:";

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

    /**
     * Offers an entry kept elsewhere (a desktop's local cache, filled while Redis was away) under its
     * {@code content_gen:} key for the time it has left; a value Redis already holds is kept. True when
     * written. A key or value that is not a generation cache entry fails with a message naming it.
     */
    public boolean offer(String key, String json, Duration timeLeft) {
        if (!key.startsWith(PREFIX) || key.length() != PREFIX.length() + 64) {
            throw new IllegalArgumentException(
                    "generation cache key: \"" + key + "\" is not content_gen:<sha-256 hex>");
        }
        RedisJson.generatedContent(json); // refuses a value readers could not parse
        return values.putIfAbsent(key, json, timeLeft);
    }
}
