package com.eesystem.curator.domain.compliance;

/**
 * How alike two texts are in meaning, 0..1 (cosine similarity of their embeddings). The brand-voice
 * check compares each sentence of a draft with the restricted examples of the guidelines when one is
 * given; without one, that part of the check is off.
 */
@FunctionalInterface
public interface TextSimilarity {
    double similarity(String text, String example);
}
