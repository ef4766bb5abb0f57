package com.eesystem.curator.domain.brand;

import com.eesystem.curator.domain.embedding.Embedding;
import com.eesystem.curator.domain.invariant.Invariants;
import com.eesystem.curator.domain.score.Score;
import java.time.Instant;
import java.util.Optional;

/**
 * A passage of brand knowledge (brand_knowledge row): a guideline, voice note, visual rule, approved
 * claim or compliance text, searchable by keywords and by meaning.
 *
 * @param embedding the semantic vector of {@code title + content} at this version; null until computed,
 *     and dropped by {@link #revise} because it no longer describes the text
 * @param version 1 on creation, +1 with every revision of title or content
 */
public record BrandKnowledge(
        KnowledgeId id,
        KnowledgeType knowledgeType,
        String title,
        String content,
        Embedding embedding,
        Score relevanceScore,
        KnowledgeCategory category,
        KnowledgeStatus status,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    public BrandKnowledge {
        Invariants.notNull("id", id);
        Invariants.notNull("knowledge_type", knowledgeType);
        title = Invariants.nonBlank("title", title).strip();
        content = Invariants.nonBlank("content", content);
        Invariants.notNull("relevance_score", relevanceScore);
        Invariants.notNull("category", category);
        Invariants.notNull("status", status);
        Invariants.atLeast("version", version, 1);
        Invariants.notNull("created_at", createdAt);
        Invariants.notNull("updated_at", updatedAt);
        Invariants.notBefore("updated_at", updatedAt, "created_at", createdAt);
    }

    public static BrandKnowledge draft(
            KnowledgeId id,
            KnowledgeType type,
            KnowledgeCategory category,
            String title,
            String content,
            Score relevance,
            Instant at) {
        return new BrandKnowledge(
                id, type, title, content, null, relevance, category, KnowledgeStatus.DRAFT, 1, at, at);
    }

    public Optional<Embedding> embeddingIfComputed() {
        return Optional.ofNullable(embedding);
    }

    /** New text: the next version, without an embedding until one is computed for it. */
    public BrandKnowledge revise(String newTitle, String newContent, Instant at) {
        requireNot(KnowledgeStatus.DEPRECATED, "revise");
        return new BrandKnowledge(
                id,
                knowledgeType,
                newTitle,
                newContent,
                null,
                relevanceScore,
                category,
                status,
                version + 1,
                createdAt,
                later(at));
    }

    /** The embedding of this version's text (same version: the text did not change). */
    public BrandKnowledge withEmbedding(Embedding computed) {
        Invariants.notNull("embedding", computed);
        return new BrandKnowledge(
                id,
                knowledgeType,
                title,
                content,
                computed,
                relevanceScore,
                category,
                status,
                version,
                createdAt,
                updatedAt);
    }

    public BrandKnowledge activate(Instant at) {
        requireNot(KnowledgeStatus.DEPRECATED, "activate");
        return withStatus(KnowledgeStatus.ACTIVE, at);
    }

    public BrandKnowledge deprecate(Instant at) {
        return withStatus(KnowledgeStatus.DEPRECATED, at);
    }

    private BrandKnowledge withStatus(KnowledgeStatus next, Instant at) {
        return new BrandKnowledge(
                id,
                knowledgeType,
                title,
                content,
                embedding,
                relevanceScore,
                category,
                next,
                version,
                createdAt,
                later(at));
    }

    private void requireNot(KnowledgeStatus forbidden, String action) {
        if (status == forbidden) {
            throw new IllegalStateException(
                    "brand_knowledge.status: cannot " + action + " \"" + title + "\" while " + status.storedValue());
        }
    }

    private Instant later(Instant at) {
        Invariants.notNull("updated_at", at);
        return at.isBefore(updatedAt) ? updatedAt : at;
    }
}
