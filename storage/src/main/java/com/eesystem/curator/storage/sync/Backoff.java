package com.eesystem.curator.storage.sync;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter: after the n-th failure in a row, wait a uniformly random time in
 * [0, min(max, base * 2^n)], so desktops that lost the server together do not come back together.
 */
record Backoff(Duration base, Duration max, RandomGenerator random) {

    Backoff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(random, "random");
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff: base " + base + " must be positive and at most max " + max);
        }
    }

    /** The ceiling after {@code failures} failures in a row (1 = the first failure). */
    Duration ceiling(int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), 30);
        long millis = base.toMillis() << doublings;
        return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
    }

    Duration delay(int failures) {
        return Duration.ofMillis(random.nextLong(ceiling(failures).toMillis() + 1));
    }
}
