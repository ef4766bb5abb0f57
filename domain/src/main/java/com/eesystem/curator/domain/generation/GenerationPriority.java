package com.eesystem.curator.domain.generation;

/**
 * generation_queue.priority: 1 to 10, higher is more urgent, 5 by default. The same number orders
 * content_generation_queue in Redis.
 */
public record GenerationPriority(int value) implements Comparable<GenerationPriority> {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 10;
    public static final GenerationPriority DEFAULT = new GenerationPriority(5);

    public GenerationPriority {
        if (value < LOWEST || value > HIGHEST) {
            throw new IllegalArgumentException(
                    "priority: " + value + " is outside " + LOWEST + ".." + HIGHEST + " (higher is more urgent)");
        }
    }

    public static GenerationPriority of(int value) {
        return new GenerationPriority(value);
    }

    public boolean isMoreUrgentThan(GenerationPriority other) {
        return value > other.value;
    }

    /** Ascending by urgency: 1 before 10. Sort reversed to serve the most urgent first. */
    @Override
    public int compareTo(GenerationPriority other) {
        return Integer.compare(value, other.value);
    }
}
