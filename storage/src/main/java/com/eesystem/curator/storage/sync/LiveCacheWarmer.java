package com.eesystem.curator.storage.sync;

import com.eesystem.curator.domain.brand.BrandGuideline;
import com.eesystem.curator.domain.brand.BrandGuidelines;
import com.eesystem.curator.domain.brand.BrandKnowledge;
import com.eesystem.curator.domain.brand.BrandKnowledgeBase;
import com.eesystem.curator.domain.brand.KnowledgeFilter;
import com.eesystem.curator.domain.brand.KnowledgeType;
import com.eesystem.curator.domain.cache.BrandKnowledgeCache;
import com.eesystem.curator.domain.cache.BrandKnowledgeEntry;
import com.eesystem.curator.domain.paging.Page;
import com.eesystem.curator.domain.paging.PageRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Refills the live layer's brand cache ({@code brand:{knowledge_type}:{key}}, 1 h) from the local store
 * after a reconnect, so the compliance checks of every desktop read current rules from Redis at once
 * instead of each one missing and loading them. One entry per guideline category
 * ({@code brand:guideline:medical}: its guidelines' requirements and restrictions) and one per knowledge
 * type and category of the active brand knowledge ({@code brand:claim:medical}); with
 * {@link #alsoGenerations}, the generation cache too ({@link GenerationCacheWarmer}).
 */
public final class LiveCacheWarmer {

    private final BrandGuidelines guidelines;
    private final BrandKnowledgeBase knowledge;
    private final BrandKnowledgeCache cache;
    private final Clock clock;
    private final Optional<GenerationCacheWarmer> generations;

    public LiveCacheWarmer(
            BrandGuidelines guidelines, BrandKnowledgeBase knowledge, BrandKnowledgeCache cache, Clock clock) {
        this(guidelines, knowledge, cache, clock, Optional.empty());
    }

    private LiveCacheWarmer(
            BrandGuidelines guidelines,
            BrandKnowledgeBase knowledge,
            BrandKnowledgeCache cache,
            Clock clock,
            Optional<GenerationCacheWarmer> generations) {
        this.guidelines = Objects.requireNonNull(guidelines, "guidelines");
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.generations = generations;
    }

    /** This warmer, refilling the generation cache as well. */
    public LiveCacheWarmer alsoGenerations(GenerationCacheWarmer warmer) {
        return new LiveCacheWarmer(
                guidelines, knowledge, cache, clock, Optional.of(Objects.requireNonNull(warmer, "warmer")));
    }

    /** Writes every entry (and offers the cached generations); returns how many. Redis failing throws its own unavailable error. */
    public int warm() {
        List<BrandKnowledgeEntry> entries = new ArrayList<>();
        Map<String, List<BrandGuideline>> byCategory = new TreeMap<>();
        for (BrandGuideline guideline : guidelines.all()) {
            byCategory
                    .computeIfAbsent(guideline.category().storedValue(), c -> new ArrayList<>())
                    .add(guideline);
        }
        byCategory.forEach((category, group) -> {
            List<String> requirements = new ArrayList<>();
            List<String> restrictions = new ArrayList<>();
            StringBuilder content = new StringBuilder();
            for (BrandGuideline guideline : group) {
                requirements.addAll(guideline.requirements());
                restrictions.addAll(guideline.restrictions());
                content.append(guideline.title())
                        .append(": ")
                        .append(guideline.description())
                        .append('\n');
            }
            entries.add(new BrandKnowledgeEntry(
                    KnowledgeType.GUIDELINE,
                    category,
                    "Brand guidelines: " + category,
                    content.toString().strip(),
                    Map.of("requirements", requirements, "restrictions", restrictions),
                    clock.instant()));
        });

        Map<String, List<BrandKnowledge>> byTypeAndCategory = new LinkedHashMap<>();
        PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
        while (true) {
            Page<BrandKnowledge> found = knowledge.list(KnowledgeFilter.activeOnly(), page);
            for (BrandKnowledge piece : found.items()) {
                byTypeAndCategory
                        .computeIfAbsent(
                                piece.knowledgeType().storedValue() + "|"
                                        + piece.category().storedValue(),
                                k -> new ArrayList<>())
                        .add(piece);
            }
            if (found.next().isEmpty()) {
                break;
            }
            page = page.after(found.next().get());
        }
        byTypeAndCategory.forEach((typeAndCategory, group) -> {
            BrandKnowledge first = group.getFirst();
            List<String> titles = group.stream().map(BrandKnowledge::title).toList();
            String content = String.join(
                    "\n\n", group.stream().map(BrandKnowledge::content).toList());
            entries.add(new BrandKnowledgeEntry(
                    first.knowledgeType(),
                    first.category().storedValue(),
                    first.knowledgeType().storedValue() + " / "
                            + first.category().storedValue(),
                    content,
                    Map.of("titles", titles),
                    clock.instant()));
        });
        entries.forEach(cache::store);
        return entries.size() + generations.map(GenerationCacheWarmer::warm).orElse(0);
    }
}
