package com.eesystem.curator.domain.embedding;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The local embedding model: deterministic feature hashing, no weights, no network, so semantic
 * search works offline on a fresh install.
 *
 * <p>The text is NFKC-normalised, lowercased and split into words (runs of letters and digits);
 * common English function words are dropped ("not", "no" and "never" are kept, since negation
 * matters to compliance). Features are the words (weight 1), adjacent word pairs (0.5) and the
 * character trigrams of each word padded with a boundary mark (0.25, so "heal" and "healing" share
 * features). Each feature is hashed (64-bit FNV-1a over UTF-8, then a SplitMix64 finaliser) to one
 * of 384 positions with a sign taken from another bit of the hash, which keeps collisions from
 * piling up in one direction. The sum is scaled to unit length, so cosine similarity is the dot
 * product. A text with no letters or digits maps to the zero vector, similar to nothing.
 *
 * <p>It captures shared wording, not meaning: "treats insomnia" and "cures sleeplessness" are far
 * apart. Changing anything here changes every vector: give the model a new id in
 * {@link EmbeddingSpace#LOCAL_HASHING_384} so stored vectors are re-embedded.
 */
public final class HashingEmbeddingModel implements EmbeddingModel {

    static final double WORD_WEIGHT = 1.0;
    static final double PAIR_WEIGHT = 0.5;
    static final double TRIGRAM_WEIGHT = 0.25;

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is",
            "are", "was", "were", "be", "been", "being", "am", "it", "its", "this", "that", "these", "those", "i",
            "you", "your", "we", "our", "us", "they", "their", "he", "she", "his", "her", "my", "me", "so", "do",
            "does", "did", "has", "have", "had", "will", "would", "can", "could", "just", "than", "then", "there",
            "here", "about", "into", "up", "out", "if", "all", "any", "more", "most");

    private final EmbeddingSpace space;

    public HashingEmbeddingModel() {
        this.space = EmbeddingSpace.LOCAL_HASHING_384;
    }

    @Override
    public EmbeddingSpace space() {
        return space;
    }

    @Override
    public Embedding embed(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("text: is blank; there is nothing to embed");
        }
        double[] sum = new double[space.dimension()];
        List<String> words = words(text);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            add(sum, "w:" + word, WORD_WEIGHT);
            if (i + 1 < words.size()) {
                add(sum, "p:" + word + ' ' + words.get(i + 1), PAIR_WEIGHT);
            }
            String padded = '^' + word + '$';
            for (int start = 0; start + 3 <= padded.length(); start++) {
                add(sum, "t:" + padded.substring(start, start + 3), TRIGRAM_WEIGHT);
            }
        }
        double norm = 0;
        for (double value : sum) {
            norm += value * value;
        }
        norm = Math.sqrt(norm);
        float[] vector = new float[sum.length];
        if (norm > 0) {
            for (int i = 0; i < sum.length; i++) {
                vector[i] = (float) (sum[i] / norm);
            }
        }
        return new Embedding(space, vector);
    }

    static List<String> words(String text) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= normalised.length(); i++) {
            boolean wordChar = i < normalised.length() && Character.isLetterOrDigit(normalised.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                String word = normalised.substring(start, i);
                if (!FUNCTION_WORDS.contains(word)) {
                    words.add(word);
                }
                start = -1;
            }
        }
        return words;
    }

    private void add(double[] sum, String feature, double weight) {
        long hash = mix(fnv1a(feature));
        int index = (int) Long.remainderUnsigned(hash, sum.length);
        sum[index] += (hash >>> 63) == 0 ? weight : -weight;
    }

    private static long fnv1a(String feature) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : feature.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xFF;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
