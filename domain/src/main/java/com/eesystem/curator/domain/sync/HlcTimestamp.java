package com.eesystem.curator.domain.sync;

import java.time.Instant;
import java.util.Objects;

/**
 * A hybrid logical clock reading: the largest physical time (Unix milliseconds) seen, and a counter
 * that orders events within that millisecond. Ordered by physical time, then logical counter; ties
 * between devices are broken by {@link DeviceId} where a total order is needed.
 *
 * <p>{@link #toText()} is fixed-width ({@code 000001764072000000-0000000003}) so text order equals
 * timestamp order in SQLite and CQL columns.
 */
public record HlcTimestamp(long physicalMillis, int logical) implements Comparable<HlcTimestamp> {

    public static final HlcTimestamp ZERO = new HlcTimestamp(0, 0);

    private static final long MAX_PHYSICAL = 999_999_999_999_999L;

    public HlcTimestamp {
        if (physicalMillis < 0 || physicalMillis > MAX_PHYSICAL) {
            throw new IllegalArgumentException(
                    "hlc physical time: " + physicalMillis + " is outside 0.." + MAX_PHYSICAL);
        }
        if (logical < 0) {
            throw new IllegalArgumentException("hlc logical counter: " + logical + " is negative");
        }
    }

    /** Sortable fixed-width text: 18 digits of milliseconds, '-', 10 digits of counter. */
    public String toText() {
        return String.format("%018d-%010d", physicalMillis, logical);
    }

    /** Parses {@link #toText()}; a bad value fails naming the text. */
    public static HlcTimestamp parse(String text) {
        Objects.requireNonNull(text, "hlc timestamp");
        if (text.length() != 29 || text.charAt(18) != '-') {
            throw new IllegalArgumentException("hlc timestamp: \"" + text + "\" is not 18 digits, '-', 10 digits");
        }
        try {
            return new HlcTimestamp(Long.parseLong(text, 0, 18, 10), Integer.parseInt(text, 19, 29, 10));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("hlc timestamp: \"" + text + "\" is not 18 digits, '-', 10 digits", e);
        }
    }

    public Instant physicalTime() {
        return Instant.ofEpochMilli(physicalMillis);
    }

    public boolean isAfter(HlcTimestamp other) {
        return compareTo(other) > 0;
    }

    public boolean isBefore(HlcTimestamp other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(HlcTimestamp other) {
        int byPhysical = Long.compare(physicalMillis, other.physicalMillis);
        return byPhysical != 0 ? byPhysical : Integer.compare(logical, other.logical);
    }

    @Override
    public String toString() {
        return toText();
    }
}
