package com.eesystem.curator.domain.embedding;

import java.util.Objects;

/**
 * One result of a nearest-neighbour search: the item and its cosine similarity to the query, in
 * [-1, 1], higher is closer. (AstraDB's similarity_cosine reports (1 + cos) / 2; adapters convert.)
 */
public record Neighbor<T>(T item, double similarity) {

    public Neighbor {
        Objects.requireNonNull(item, "item");
        if (!(similarity >= -1.0 && similarity <= 1.0)) {
            throw new IllegalArgumentException("similarity: " + similarity + " is outside -1.0..1.0");
        }
    }
}
