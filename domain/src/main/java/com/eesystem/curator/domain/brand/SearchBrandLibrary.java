package com.eesystem.curator.domain.brand;

import com.eesystem.curator.domain.embedding.Embedding;
import com.eesystem.curator.domain.embedding.EmbeddingModel;
import com.eesystem.curator.domain.embedding.EmbeddingUnavailable;
import com.eesystem.curator.domain.invariant.Invariants;
import com.eesystem.curator.domain.policy.Outcome;
import com.eesystem.curator.domain.user.Permission;
import com.eesystem.curator.domain.user.PermissionPolicy;
import com.eesystem.curator.domain.user.User;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds brand knowledge by keywords, by meaning, or both. Offline the embedding model may be out of reach:
 * the search then falls back to keywords and says so, rather than failing.
 */
public final class SearchBrandLibrary {

    public static final int MAX_RESULTS = 100;

    public enum Mode {
        KEYWORDS,
        MEANING,
        BOTH
    }

    private final BrandKnowledgeBase knowledge;
    private final EmbeddingModel embedder;
    private final PermissionPolicy policy;

    /** @param embedder the model the brand knowledge was embedded with (its space must match) */
    public SearchBrandLibrary(BrandKnowledgeBase knowledge, EmbeddingModel embedder, PermissionPolicy policy) {
        this.knowledge = Invariants.notNull("knowledge", knowledge);
        this.embedder = Invariants.notNull("embedder", embedder);
        this.policy = Invariants.notNull("policy", policy);
    }

    public record Command(User actor, String query, KnowledgeFilter filter, Mode mode, int limit) {
        public Command {
            Invariants.notNull("actor", actor);
            query = Invariants.nonBlank("query", query).strip();
            filter = filter == null ? KnowledgeFilter.activeOnly() : filter;
            mode = mode == null ? Mode.BOTH : mode;
            Invariants.inRange("limit", limit, 1, MAX_RESULTS);
        }
    }

    /** @param byMeaning whether semantic search took part (false when the model was unreachable) */
    public record Found(List<KnowledgeMatch> matches, boolean byMeaning) {
        public Found {
            matches = List.copyOf(matches);
        }
    }

    public Outcome<Found> search(Command command) {
        var denied = policy.check(command.actor(), Permission.SEARCH_BRAND_LIBRARY);
        if (denied.isPresent()) {
            return Outcome.refused(denied.get());
        }
        Map<KnowledgeId, KnowledgeMatch> best = new LinkedHashMap<>();
        boolean byMeaning = false;
        if (command.mode() != Mode.KEYWORDS) {
            Optional<Embedding> vector = queryVector(command.query());
            if (vector.isPresent()) {
                byMeaning = true;
                keepBest(best, knowledge.similarTo(vector.get(), command.filter(), command.limit()));
            }
        }
        if (command.mode() != Mode.MEANING || !byMeaning) {
            keepBest(best, knowledge.search(command.query(), command.filter(), command.limit()));
        }
        List<KnowledgeMatch> ranked = best.values().stream()
                .sorted(Comparator.comparing(KnowledgeMatch::score)
                        .thenComparing(match -> match.knowledge().relevanceScore())
                        .reversed()
                        .thenComparing(match -> match.knowledge().id().value()))
                .limit(command.limit())
                .toList();
        return Outcome.done(new Found(ranked, byMeaning));
    }

    private Optional<Embedding> queryVector(String query) {
        try {
            return Optional.of(embedder.embed(query));
        } catch (EmbeddingUnavailable offline) {
            // expected offline with a remote model: keywords still work
            return Optional.empty();
        }
    }

    private static void keepBest(Map<KnowledgeId, KnowledgeMatch> best, List<KnowledgeMatch> matches) {
        for (KnowledgeMatch match : matches) {
            best.merge(match.knowledge().id(), match, (a, b) -> a.score().compareTo(b.score()) >= 0 ? a : b);
        }
    }
}
