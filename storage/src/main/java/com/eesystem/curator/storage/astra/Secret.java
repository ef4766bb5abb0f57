package com.eesystem.curator.storage.astra;

import java.util.Objects;

/**
 * A token or password held in memory only. {@link #toString()} never shows it, so settings records can
 * be logged; the plain value is read only where the driver needs it.
 */
public final class Secret {

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    public static Secret of(String value) {
        Objects.requireNonNull(value, "secret");
        if (value.isBlank()) {
            throw new IllegalArgumentException("secret: is blank");
        }
        return new Secret(value);
    }

    /** The plain value; call only to hand it to the driver. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && secret.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "****";
    }
}
