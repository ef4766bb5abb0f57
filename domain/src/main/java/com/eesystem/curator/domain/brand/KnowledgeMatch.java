package com.eesystem.curator.domain.brand;

import com.eesystem.curator.domain.invariant.Invariants;
import com.eesystem.curator.domain.score.Score;

/**
 * A search hit with how well it matched, 0..1. For semantic search the score is Cassandra's
 * {@code similarity_cosine}, i.e. {@code (1 + cosine) / 2}; {@link #fromCosine} converts a raw cosine the
 * same way so every adapter ranks alike.
 */
public record KnowledgeMatch(BrandKnowledge knowledge, Score score) {

    public KnowledgeMatch {
        Invariants.notNull("knowledge", knowledge);
        Invariants.notNull("score", score);
    }

    public static KnowledgeMatch fromCosine(BrandKnowledge knowledge, double cosine) {
        double clamped = Math.max(-1.0, Math.min(1.0, cosine));
        return new KnowledgeMatch(knowledge, new Score((1.0 + clamped) / 2.0));
    }
}
