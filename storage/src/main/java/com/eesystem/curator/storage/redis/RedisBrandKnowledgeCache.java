package com.eesystem.curator.storage.redis;

import com.eesystem.curator.domain.brand.KnowledgeType;
import com.eesystem.curator.domain.cache.BrandKnowledgeCache;
import com.eesystem.curator.domain.cache.BrandKnowledgeEntry;
import java.util.Optional;
import java.util.Set;

/**
 * Brand knowledge under {@code brand:{knowledge_type}:{key}}, JSON, 1 hour, dropped as soon as a
 * guideline of its type changes ({@link #invalidate(KnowledgeType)}).
 *
 * <p>To drop a whole type without KEYS/SCAN (slow, and per node on Redis Cluster) every write also
 * records the key in the set {@code brand_index:{knowledge_type}}, which lives as long as its newest
 * entry.
 */
public final class RedisBrandKnowledgeCache implements BrandKnowledgeCache {

    private final RedisLink link;
    private final ExpiringValues values;

    public RedisBrandKnowledgeCache(RedisLink link) {
        this.link = link;
        this.values = new ExpiringValues(link, TIME_TO_LIVE);
    }

    static String key(KnowledgeType type, String key) {
        return "brand:" + type.storedValue() + ":" + RedisKeys.part("brand key", key);
    }

    static String index(KnowledgeType type) {
        return "brand_index:" + type.storedValue();
    }

    @Override
    public Optional<BrandKnowledgeEntry> find(KnowledgeType type, String key) {
        return values.get(key(type, key)).map(RedisJson::brandEntry);
    }

    @Override
    public void store(BrandKnowledgeEntry entry) {
        String fullKey = key(entry.knowledgeType(), entry.key());
        values.put(fullKey, RedisJson.brandEntry(entry));
        String index = index(entry.knowledgeType());
        link.call("SADD " + index, redis -> {
            redis.sadd(index, fullKey);
            return redis.expire(index, TIME_TO_LIVE);
        });
    }

    @Override
    public void invalidate(KnowledgeType type, String key) {
        String fullKey = key(type, key);
        String index = index(type);
        link.call("DEL " + fullKey, redis -> {
            redis.del(fullKey);
            return redis.srem(index, fullKey);
        });
    }

    @Override
    public void invalidate(KnowledgeType type) {
        String index = index(type);
        link.call("invalidate " + index, redis -> {
            Set<String> keys = redis.smembers(index);
            // one DEL per key: on Redis Cluster the entries sit in different slots
            keys.forEach(redis::del);
            return redis.del(index);
        });
    }
}
