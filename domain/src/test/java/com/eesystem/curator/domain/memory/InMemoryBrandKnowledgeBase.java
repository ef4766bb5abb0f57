package com.eesystem.curator.domain.memory;

import com.eesystem.curator.domain.brand.BrandKnowledge;
import com.eesystem.curator.domain.brand.BrandKnowledgeBase;
import com.eesystem.curator.domain.brand.KnowledgeFilter;
import com.eesystem.curator.domain.brand.KnowledgeId;
import com.eesystem.curator.domain.brand.KnowledgeMatch;
import com.eesystem.curator.domain.brand.KnowledgeSave;
import com.eesystem.curator.domain.embedding.Embedding;
import com.eesystem.curator.domain.paging.Page;
import com.eesystem.curator.domain.paging.PageRequest;
import com.eesystem.curator.domain.score.Score;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The brand knowledge port in a map: keyword search by word coverage, semantic search by exact cosine. */
public final class InMemoryBrandKnowledgeBase implements BrandKnowledgeBase {

    private final Map<KnowledgeId, BrandKnowledge> knowledge = new LinkedHashMap<>();

    @Override
    public synchronized KnowledgeSave save(BrandKnowledge item) {
        BrandKnowledge stored = knowledge.get(item.id());
        if (stored != null && stored.version() > item.version()) {
            return new KnowledgeSave.StaleVersion(item.id(), item.version(), stored.version());
        }
        knowledge.put(item.id(), item);
        return new KnowledgeSave.Saved(item);
    }

    @Override
    public synchronized Optional<BrandKnowledge> find(KnowledgeId id) {
        return Optional.ofNullable(knowledge.get(id));
    }

    @Override
    public synchronized Page<BrandKnowledge> list(KnowledgeFilter filter, PageRequest page) {
        return Page.last(knowledge.values().stream()
                .filter(filter::matches)
                .sorted(Comparator.comparing(BrandKnowledge::relevanceScore).reversed())
                .limit(page.size())
                .toList());
    }

    @Override
    public synchronized List<KnowledgeMatch> search(String keywords, KnowledgeFilter filter, int limit) {
        List<String> words = Arrays.asList(keywords.toLowerCase(Locale.ROOT).split("\\s+"));
        return knowledge.values().stream()
                .filter(filter::matches)
                .filter(item -> words.stream().allMatch(text(item)::contains))
                .map(item -> new KnowledgeMatch(
                        item,
                        new Score(Math.min(
                                1.0,
                                (double) String.join("", words).length()
                                        / text(item).length()))))
                .sorted(Comparator.comparing(KnowledgeMatch::score).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<KnowledgeMatch> similarTo(Embedding query, KnowledgeFilter filter, int limit) {
        return knowledge.values().stream()
                .filter(filter::matches)
                .filter(item ->
                        item.embedding() != null && item.embedding().space().equals(query.space()))
                .map(item -> KnowledgeMatch.fromCosine(item, item.embedding().cosineSimilarity(query)))
                .sorted(Comparator.comparing(KnowledgeMatch::score).reversed())
                .limit(limit)
                .toList();
    }

    private static String text(BrandKnowledge item) {
        return (item.title() + "\n" + item.content()).toLowerCase(Locale.ROOT);
    }
}
