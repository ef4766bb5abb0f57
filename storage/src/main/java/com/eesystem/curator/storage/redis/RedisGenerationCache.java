package com.eesystem.curator.storage.redis;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Generated content under {@code content_gen:{hash}}, JSON, 24 hours (fixed, from when it was
 * generated). The hash is the SHA-256 (hex) of the canonical JSON of the generation request: the same
 * request, whatever order its fields came in, finds the same cached content.
 */
public final class RedisGenerationCache<R, C> {

    public static final Duration TTL = Duration.ofHours(24);

    private final ExpiringJson values;
    private final Class<C> contentType;

    public RedisGenerationCache(RedisLink link, Class<C> contentType) {
        this.values = new ExpiringJson(link, TTL);
        this.contentType = Objects.requireNonNull(contentType, "contentType");
    }

    /** The key for a request: {@code content_gen:} + SHA-256 of its canonical JSON. */
    public static String key(Object request) {
        return "content_gen:" + CanonicalJson.sha256(request);
    }

    public void put(R request, C content) {
        values.put(key(request), content);
    }

    public Optional<C> find(R request) {
        return values.get(key(request), contentType);
    }
}
