package com.eesystem.curator.domain.queue;

import java.util.Objects;

/**
 * Identity of one item in a work queue. Enqueueing the same id twice queues it once, which makes
 * republishing after a reconnect safe; consumers use it to make their work idempotent.
 */
public record WorkItemId(String value) {

    public WorkItemId {
        Objects.requireNonNull(value, "work item id");
        if (value.isBlank() || value.length() > 200 || value.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(
                    "work item id: \"" + value + "\" must be 1..200 characters without spaces");
        }
    }

    public static WorkItemId of(String value) {
        return new WorkItemId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
