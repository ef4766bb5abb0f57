package com.eesystem.curator.domain.queue;

import java.time.Instant;
import java.util.Objects;

/** An item that used up its attempts: kept aside with the last reason for a person to look at. */
public record DeadLetter<T>(WorkItemId itemId, T payload, int attempts, String lastError, Instant deadAt) {

    public DeadLetter {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(payload, "payload");
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts: " + attempts + " is below 1 (item " + itemId + ")");
        }
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(deadAt, "deadAt");
    }
}
