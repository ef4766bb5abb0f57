package com.eesystem.curator.domain.invariant;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Construction checks shared by the domain records. Every failure names the field and the offending
 * value, so a bad row read from a store or a bad command says what and where.
 */
public final class Invariants {

    private Invariants() {}

    public static <T> T notNull(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": is required (was null)");
        }
        return value;
    }

    public static String nonBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(
                    field + ": must not be blank (was " + (value == null ? "null" : "\"" + value + "\"") + ")");
        }
        return value;
    }

    /** Optional text: null becomes the empty string, so records never carry null text. */
    public static String text(String value) {
        return value == null ? "" : value;
    }

    public static int inRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + ": " + value + " is outside " + min + ".." + max);
        }
        return value;
    }

    public static long atLeast(String field, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException(field + ": " + value + " is below the minimum " + min);
        }
        return value;
    }

    public static int maxLength(String field, String value, int max) {
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            throw new IllegalArgumentException(field + ": " + length + " chars, limit " + max);
        }
        return length;
    }

    /** {@code later} must not be before {@code earlier}; both are UTC instants. */
    public static void notBefore(String laterField, Instant later, String earlierField, Instant earlier) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            throw new IllegalArgumentException(
                    laterField + ": " + later + " is before " + earlierField + " " + earlier);
        }
    }

    /** An immutable copy of a list whose elements may not be null; null becomes the empty list. */
    public static <T> List<T> listOf(String field, Collection<? extends T> values) {
        if (values == null) {
            return List.of();
        }
        int index = 0;
        for (T value : values) {
            if (value == null) {
                throw new IllegalArgumentException(field + "[" + index + "]: is required (was null)");
            }
            index++;
        }
        return List.copyOf(values);
    }

    /** An immutable, order-keeping copy of a map without null keys or values; null becomes empty. */
    public static <K, V> Map<K, V> mapOf(String field, Map<? extends K, ? extends V> values) {
        if (values == null || values.isEmpty()) {
            return Map.of();
        }
        Map<K, V> copy = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (key == null) {
                throw new IllegalArgumentException(field + ": has a null key");
            }
            if (value == null) {
                throw new IllegalArgumentException(field + "[" + key + "]: is required (was null)");
            }
            copy.put(key, value);
        });
        return Collections.unmodifiableMap(copy);
    }
}
