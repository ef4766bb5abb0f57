package com.eesystem.curator.domain.queue;

import com.eesystem.curator.domain.compliance.SeverityLevel;

/**
 * Priority of a compliance review, 1 to 5, where <b>1 is the most urgent</b> (the spec's example
 * {@code "priority": 1} is a critical medical claim). The compliance_review_queue serves 1 first,
 * then 2 ..., first in first out within a priority.
 *
 * <ul>
 *   <li>1 critical: a critical severity violation (disease claim, FDA claim) blocks publication
 *   <li>2 important: an important severity violation
 *   <li>3 normal: a preferred severity violation, or a routine manual review
 *   <li>4 low, 5 lowest: re-checks and spot checks
 * </ul>
 */
public record ReviewPriority(int value) implements Comparable<ReviewPriority> {

    public static final int MOST_URGENT = 1;
    public static final int LEAST_URGENT = 5;
    public static final ReviewPriority CRITICAL = new ReviewPriority(1);
    public static final ReviewPriority IMPORTANT = new ReviewPriority(2);
    public static final ReviewPriority NORMAL = new ReviewPriority(3);

    public ReviewPriority {
        if (value < MOST_URGENT || value > LEAST_URGENT) {
            throw new IllegalArgumentException("priority: " + value + " is outside " + MOST_URGENT + ".." + LEAST_URGENT
                    + " (1 is critical, the most urgent)");
        }
    }

    public static ReviewPriority of(int value) {
        return new ReviewPriority(value);
    }

    /** The priority a finding of {@code severity} gets. */
    public static ReviewPriority of(SeverityLevel severity) {
        return switch (severity) {
            case CRITICAL -> CRITICAL;
            case IMPORTANT -> IMPORTANT;
            case PREFERRED -> NORMAL;
        };
    }

    public boolean isCritical() {
        return value == MOST_URGENT;
    }

    public boolean isMoreUrgentThan(ReviewPriority other) {
        return value < other.value;
    }

    /** Most urgent first: sorting ascending serves critical reviews first. */
    @Override
    public int compareTo(ReviewPriority other) {
        return Integer.compare(value, other.value);
    }
}
