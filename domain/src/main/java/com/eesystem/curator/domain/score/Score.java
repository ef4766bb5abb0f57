package com.eesystem.curator.domain.score;

/**
 * A weighting or confidence between 0.0 and 1.0 inclusive: brand_alignment_score, relevance_score,
 * confidence_score, performance_score and similarity of search matches.
 */
public record Score(double value) implements Comparable<Score> {

    public static final Score ZERO = new Score(0.0);
    public static final Score ONE = new Score(1.0);

    public Score {
        if (Double.isNaN(value) || value < 0.0 || value > 1.0) {
            throw new IllegalArgumentException("score: " + value + " is outside 0.0..1.0");
        }
    }

    /** A score for a named field (e.g. "relevance_score"), so a bad stored value names its column. */
    public static Score of(String field, double value) {
        if (Double.isNaN(value) || value < 0.0 || value > 1.0) {
            throw new IllegalArgumentException(field + ": " + value + " is outside 0.0..1.0");
        }
        return new Score(value);
    }

    public float asFloat() {
        return (float) value;
    }

    @Override
    public int compareTo(Score other) {
        return Double.compare(value, other.value);
    }
}
