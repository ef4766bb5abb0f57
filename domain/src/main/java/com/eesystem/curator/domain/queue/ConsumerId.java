package com.eesystem.curator.domain.queue;

import java.util.Objects;

/** Who holds a claim: one worker of one desktop (e.g. {@code desktop-7f3a/generation-1}). */
public record ConsumerId(String value) {

    public ConsumerId {
        Objects.requireNonNull(value, "consumer id");
        if (value.isBlank() || value.length() > 200 || value.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(
                    "consumer id: \"" + value + "\" must be 1..200 characters without spaces");
        }
    }

    public static ConsumerId of(String value) {
        return new ConsumerId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
