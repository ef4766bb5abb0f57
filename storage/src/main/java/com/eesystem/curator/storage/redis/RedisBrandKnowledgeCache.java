package com.eesystem.curator.storage.redis;

import com.eesystem.curator.domain.brand.KnowledgeType;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Brand data under {@code brand:{knowledge_type}:{key}}, JSON, 1 hour, dropped as soon as a guideline
 * changes (a cached answer may quote the old guideline).
 *
 * <p>To drop entries without KEYS/SCAN (slow, and per node on Redis Cluster) every write also records
 * the key in the set {@code brand_index:{knowledge_type}}, which lives as long as its newest entry.
 */
public final class RedisBrandKnowledgeCache<T> {

    public static final Duration TTL = Duration.ofHours(1);

    private final RedisLink link;
    private final ExpiringJson values;
    private final Class<T> type;

    public RedisBrandKnowledgeCache(RedisLink link, Class<T> type) {
        this.link = link;
        this.values = new ExpiringJson(link, TTL);
        this.type = Objects.requireNonNull(type, "type");
    }

    static String key(KnowledgeType knowledgeType, String key) {
        return "brand:" + knowledgeType.storedValue() + ":" + RedisKeys.part("brand key", key);
    }

    static String index(KnowledgeType knowledgeType) {
        return "brand_index:" + knowledgeType.storedValue();
    }

    public void put(KnowledgeType knowledgeType, String key, T value) {
        String fullKey = key(knowledgeType, key);
        values.put(fullKey, value);
        String index = index(knowledgeType);
        link.call("SADD " + index, redis -> {
            redis.sadd(index, fullKey);
            return redis.expire(index, TTL);
        });
    }

    public Optional<T> find(KnowledgeType knowledgeType, String key) {
        return values.get(key(knowledgeType, key), type);
    }

    /** Drops every cached entry of one knowledge type. */
    public void invalidate(KnowledgeType knowledgeType) {
        String index = index(knowledgeType);
        link.call("invalidate " + index, redis -> {
            Set<String> keys = redis.smembers(index);
            // one DEL per key: on Redis Cluster the entries sit in different slots
            keys.forEach(redis::del);
            return redis.del(index);
        });
    }

    /** A brand guideline changed: every brand entry may embed it, so all of them go. */
    public void guidelineChanged() {
        List.of(KnowledgeType.values()).forEach(this::invalidate);
    }
}
