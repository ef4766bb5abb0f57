package com.eesystem.curator.storage.sync;

import com.eesystem.curator.domain.cache.CacheEntry;
import com.eesystem.curator.storage.codec.JsonCodec;
import com.eesystem.curator.storage.local.SqliteLiveOutbox;
import com.eesystem.curator.storage.redis.RedisGenerationCache;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refills the live layer's generation cache ({@code content_gen:<hash>}) after a reconnect with the
 * generated content this desktop cached locally under the same key, each for the time it has left. A value
 * Redis already holds is kept (it is as new or newer), so warming never replaces another desktop's result.
 */
public final class GenerationCacheWarmer {

    private static final Logger LOG = LoggerFactory.getLogger(GenerationCacheWarmer.class);
    private static final int PAGE = 256;

    private final SqliteLiveOutbox local;
    private final RedisGenerationCache cache;
    private final Clock clock;

    public GenerationCacheWarmer(SqliteLiveOutbox local, RedisGenerationCache cache, Clock clock) {
        this.local = Objects.requireNonNull(local, "local");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Offers every unexpired local entry; returns how many Redis took. Redis failing throws its own error. */
    public int warm() {
        int written = 0;
        String after = "";
        while (true) {
            List<CacheEntry> page = local.cachedGenerations(after, PAGE);
            for (CacheEntry entry : page) {
                Duration left = Duration.between(clock.instant(), entry.expiresAt());
                try {
                    written += cache.offer(entry.key(), entry.value(), left) ? 1 : 0;
                } catch (IllegalArgumentException | JsonCodec.JsonCodecException e) {
                    // one bad local entry must not keep the others out of Redis
                    LOG.warn("cached generation {} not warmed: {}", entry.key(), e.getMessage());
                }
            }
            if (page.size() < PAGE) {
                return written;
            }
            after = page.getLast().key();
        }
    }
}
