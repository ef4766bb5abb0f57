package com.eesystem.curator.domain.sync;

import java.util.Objects;

/** One desktop installation; chosen once, kept in the local store, written on every change it makes. */
public record DeviceId(String value) implements Comparable<DeviceId> {

    public DeviceId {
        Objects.requireNonNull(value, "device_id");
        if (value.isBlank()
                || value.length() > 64
                || value.chars().anyMatch(c -> Character.isWhitespace(c) || c == ':')) {
            throw new IllegalArgumentException(
                    "device_id: \"" + value + "\" must be 1..64 characters without spaces or ':'");
        }
    }

    public static DeviceId of(String value) {
        return new DeviceId(value);
    }

    @Override
    public int compareTo(DeviceId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
