package com.eesystem.curator.domain.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A content_cache row: a short-lived local copy of a generated text, an AI response or an API result. */
public record CacheEntry(
        String key, String value, CachedContentType contentType, Instant expiresAt, Instant createdAt) {

    public CacheEntry {
        Objects.requireNonNull(key, "content_cache.key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("content_cache.key: \"" + key + "\" is blank");
        }
        Objects.requireNonNull(value, "content_cache.value");
        Objects.requireNonNull(contentType, "content_cache.content_type");
        Objects.requireNonNull(expiresAt, "content_cache.expires_at");
        Objects.requireNonNull(createdAt, "content_cache.created_at");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("content_cache.expires_at: " + expiresAt + " is not after created_at "
                    + createdAt + " (key " + key + ")");
        }
    }

    /** An entry created at {@code now} that lives for {@code timeToLive}. */
    public static CacheEntry of(String key, String value, CachedContentType type, Instant now, Duration timeToLive) {
        Objects.requireNonNull(timeToLive, "timeToLive");
        if (timeToLive.isNegative() || timeToLive.isZero()) {
            throw new IllegalArgumentException("timeToLive: " + timeToLive + " is not positive (key " + key + ")");
        }
        return new CacheEntry(key, value, type, now.plus(timeToLive), now);
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
