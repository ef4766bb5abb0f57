package com.eesystem.curator.storage.local;

import java.time.Clock;

/**
 * A hybrid logical clock for outbox rows: wall-clock milliseconds plus a counter, so rows written in the
 * same millisecond, or after the wall clock stepped back, still get increasing stamps. The text form
 * {@code 0001764064800000-0000} sorts like the stamps; ties across devices are broken by device id.
 */
final class HybridClock {

    private static final int MAX_COUNTER = 9999;

    private final Clock clock;
    private long lastPhysical;
    private int counter;

    HybridClock(Clock clock) {
        this.clock = clock;
    }

    /** Starts after {@code stamp} (the newest stamp already in the outbox), or from zero if null. */
    synchronized void resumeAfter(String stamp) {
        if (stamp == null) {
            return;
        }
        observe(stamp);
    }

    synchronized String next() {
        long now = clock.millis();
        if (now > lastPhysical) {
            lastPhysical = now;
            counter = 0;
        } else if (counter < MAX_COUNTER) {
            counter++;
        } else {
            lastPhysical++;
            counter = 0;
        }
        return format(lastPhysical, counter);
    }

    /** Moves past a stamp seen elsewhere (another device's row, or our own last one after a restart). */
    synchronized void observe(String stamp) {
        int dash = stamp.indexOf('-');
        if (dash < 0) {
            throw new IllegalArgumentException("hlc: \"" + stamp + "\" is not physical-counter");
        }
        long physical = Long.parseLong(stamp.substring(0, dash));
        int seenCounter = Integer.parseInt(stamp.substring(dash + 1));
        if (physical > lastPhysical || (physical == lastPhysical && seenCounter > counter)) {
            lastPhysical = physical;
            counter = seenCounter;
        }
    }

    static String format(long physical, int counter) {
        String millis = Long.toString(physical);
        String count = Integer.toString(counter);
        return "0".repeat(Math.max(0, 16 - millis.length())) + millis + "-"
                + "0".repeat(Math.max(0, 4 - count.length())) + count;
    }
}
