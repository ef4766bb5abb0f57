package com.eesystem.curator.domain.cache;

import com.eesystem.curator.domain.brand.KnowledgeType;
import java.time.Duration;
import java.util.Optional;

/**
 * Brand knowledge the compliance checks read on every keystroke (Redis brand:{knowledge_type}:{key},
 * 1 h). A guideline change must call {@link #invalidate(KnowledgeType)} so no check runs on stale rules.
 */
public interface BrandKnowledgeCache {

    Duration TIME_TO_LIVE = Duration.ofHours(1);

    Optional<BrandKnowledgeEntry> find(KnowledgeType type, String key);

    /** Stores the entry for {@link #TIME_TO_LIVE}. */
    void store(BrandKnowledgeEntry entry);

    void invalidate(KnowledgeType type, String key);

    /** Drops every cached entry of {@code type} (after a guideline of that type changed). */
    void invalidate(KnowledgeType type);
}
