package com.eesystem.curator.domain.brand;

import com.eesystem.curator.domain.embedding.Embedding;
import com.eesystem.curator.domain.paging.Page;
import com.eesystem.curator.domain.paging.PageRequest;
import java.util.List;
import java.util.Optional;

/** The brand library (brand_knowledge): what editors and generators ground content in. */
public interface BrandKnowledgeBase {

    /** Writes {@code knowledge} unless the store holds a higher version (same version: replaced). */
    KnowledgeSave save(BrandKnowledge knowledge);

    Optional<BrandKnowledge> find(KnowledgeId id);

    /** A page of knowledge matching {@code filter}, most relevant first. */
    Page<BrandKnowledge> list(KnowledgeFilter filter, PageRequest page);

    /**
     * Keyword search over title and content (every word must occur, case-insensitive), best first; the
     * score says how much of the text the words cover, most relevant first on ties.
     */
    List<KnowledgeMatch> search(String keywords, KnowledgeFilter filter, int limit);

    /**
     * Semantic search: the {@code limit} passages whose embeddings are nearest to {@code query} (same model),
     * most similar first. Passages without an embedding are not found this way.
     */
    List<KnowledgeMatch> similarTo(Embedding query, KnowledgeFilter filter, int limit);
}
