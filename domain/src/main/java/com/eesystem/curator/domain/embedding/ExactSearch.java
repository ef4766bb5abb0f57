package com.eesystem.curator.domain.embedding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Exact top-k by cosine similarity over candidates streamed past once, keeping only k in memory.
 * The local store uses it for offline semantic search, and benchmarks use it as the ground truth
 * when they measure an approximate index's recall.
 */
public final class ExactSearch {

    private ExactSearch() {}

    /**
     * The {@code limit} candidates that pass {@code filter} and are most similar to {@code query},
     * most similar first; ties keep the order the candidates came in.
     *
     * @throws EmbeddingSpaceMismatch when a candidate's vector is in another space than the query
     */
    public static <T> List<Neighbor<T>> nearest(
            Embedding query, Iterable<T> candidates, Function<T, Embedding> vectorOf, Predicate<T> filter, int limit) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(candidates, "candidates");
        Objects.requireNonNull(vectorOf, "vectorOf");
        Objects.requireNonNull(filter, "filter");
        if (limit < 1) {
            throw new IllegalArgumentException("limit: " + limit + " is below 1");
        }
        // min-heap on (similarity, then later arrival first out) holds the best `limit` so far
        Comparator<Ranked<T>> worstFirst = Comparator.<Ranked<T>>comparingDouble(Ranked::similarity)
                .thenComparing(Comparator.comparingLong(Ranked<T>::arrival).reversed());
        PriorityQueue<Ranked<T>> best = new PriorityQueue<>(worstFirst);
        long arrival = 0;
        for (T candidate : candidates) {
            if (!filter.test(candidate)) {
                continue;
            }
            double similarity = query.cosineSimilarity(vectorOf.apply(candidate));
            Ranked<T> ranked = new Ranked<>(candidate, similarity, arrival++);
            if (best.size() < limit) {
                best.add(ranked);
            } else if (worstFirst.compare(ranked, best.peek()) > 0) {
                best.poll();
                best.add(ranked);
            }
        }
        List<Ranked<T>> sorted = new ArrayList<>(best);
        sorted.sort(worstFirst.reversed());
        return sorted.stream()
                .map(ranked -> new Neighbor<>(ranked.item(), ranked.similarity()))
                .toList();
    }

    /** {@link #nearest} over content_embeddings rows with a {@link NearestQuery}'s filters. */
    public static List<Neighbor<ContentEmbedding>> nearest(NearestQuery query, Iterable<ContentEmbedding> rows) {
        return nearest(query.vector(), rows, ContentEmbedding::embedding, query::accepts, query.limit());
    }

    private record Ranked<T>(T item, double similarity, long arrival) {}
}
