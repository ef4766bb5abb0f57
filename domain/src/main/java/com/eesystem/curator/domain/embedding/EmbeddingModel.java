package com.eesystem.curator.domain.embedding;

import java.util.List;

/**
 * Turns text into vectors. One implementation per model: the OpenAI adapter (1536) and the local
 * {@link HashingEmbeddingModel} (384). Every vector it returns lies in {@link #space()}.
 */
public interface EmbeddingModel {

    EmbeddingSpace space();

    /**
     * The vector of {@code text}.
     *
     * @throws IllegalArgumentException when the text is blank
     * @throws EmbeddingUnavailable when a remote model cannot be reached
     */
    Embedding embed(String text);

    /** The vectors of {@code texts}, in order. Remote models override this to send one request. */
    default List<Embedding> embedAll(List<String> texts) {
        return texts.stream().map(this::embed).toList();
    }
}
