package com.eesystem.curator.domain.compliance;

import com.eesystem.curator.domain.embedding.EmbeddingModel;
import com.eesystem.curator.domain.embedding.HashingEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Similarity of a sentence to known critical claims ({@code [terms example_claim]} in the rule pack),
 * with the local embedding model (feature hashing: shared words, word pairs and trigrams, no weights). It
 * is a second opinion for sentences the lexical rules left open: a sentence that names a condition,
 * medication, aid or body part but matched no claim pattern, and reads like a known claim, goes to a
 * reviewer (manual review) instead of passing as a mere reference. It never fails a check on its own.
 */
final class ClaimLikeness {

    /** Cosine similarity from which a sentence reads like a known claim; chosen on the corpus (docs/compliance.md). */
    static final double THRESHOLD = 0.40;

    static final String EXAMPLES = "example_claim";

    private final EmbeddingModel model;
    private final List<float[]> examples = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();

    ClaimLikeness(RulePack pack) {
        this.model = new HashingEmbeddingModel();
        for (List<String> forms : pack.terms(EXAMPLES)) {
            for (String example : forms) {
                examples.add(model.embed(example).vector());
                texts.add(example);
            }
        }
    }

    boolean isEmpty() {
        return examples.isEmpty();
    }

    /** The closest example and its similarity; similarity 0 when the sentence has no words. */
    Nearest nearest(String sentence) {
        if (sentence.isBlank() || examples.isEmpty()) {
            return new Nearest("", 0);
        }
        float[] vector = model.embed(sentence).vector();
        double best = 0;
        int bestIndex = -1;
        for (int e = 0; e < examples.size(); e++) {
            float[] example = examples.get(e);
            double dot = 0;
            for (int i = 0; i < vector.length; i++) {
                dot += vector[i] * example[i];
            }
            if (dot > best) {
                best = dot;
                bestIndex = e;
            }
        }
        return bestIndex < 0 ? new Nearest("", 0) : new Nearest(texts.get(bestIndex), best);
    }

    record Nearest(String example, double similarity) {}
}
