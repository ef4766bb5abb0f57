package com.eesystem.curator.domain.cache;

import com.eesystem.curator.domain.brand.KnowledgeType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A cached piece of brand knowledge: the value of brand:{knowledge_type}:{key} in Redis, e.g.
 * brand:guideline:medical_claims {@code {"title": ..., "content": ..., "lists": {"requirements": [...]}}}.
 *
 * @param key what the knowledge is about within its type (medical_claims, tone ...); no spaces or ':'
 * @param lists named lists such as requirements and restrictions
 */
public record BrandKnowledgeEntry(
        KnowledgeType knowledgeType,
        String key,
        String title,
        String content,
        Map<String, List<String>> lists,
        Instant cachedAt) {

    public BrandKnowledgeEntry {
        Objects.requireNonNull(knowledgeType, "brand cache knowledge_type");
        Objects.requireNonNull(key, "brand cache key");
        if (key.isBlank() || key.chars().anyMatch(c -> Character.isWhitespace(c) || c == ':')) {
            throw new IllegalArgumentException(
                    "brand cache key: \"" + key + "\" must be non-blank without spaces or ':'");
        }
        Objects.requireNonNull(title, "brand cache title");
        Objects.requireNonNull(content, "brand cache content");
        Objects.requireNonNull(lists, "brand cache lists");
        lists = lists.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> List.copyOf(entry.getValue())));
        Objects.requireNonNull(cachedAt, "brand cache cached_at");
    }

    /** The Redis key: brand:{knowledge_type}:{key}. */
    public String redisKey() {
        return "brand:" + knowledgeType.storedValue() + ":" + key;
    }
}
