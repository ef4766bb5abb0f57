package com.eesystem.curator.domain.queue;

import java.time.Instant;
import java.util.Objects;

/**
 * One delivery of a queue item to a consumer. The item stays invisible to other consumers until
 * {@code deadline}; unless acknowledged by then, it is delivered again.
 *
 * @param attempt which delivery this is, 1 for the first
 * @param receipt identifies this delivery: acknowledging with the receipt of an earlier, expired
 *     delivery is refused, so a slow consumer cannot settle an item another consumer now holds
 */
public record Claim<T>(
        WorkItemId itemId, T payload, int attempt, Instant deadline, ConsumerId consumer, String receipt) {

    public Claim {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(payload, "payload");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt: " + attempt + " is below 1 (item " + itemId + ")");
        }
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(receipt, "receipt");
        if (receipt.isBlank()) {
            throw new IllegalArgumentException("receipt: is blank (item " + itemId + ")");
        }
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(deadline);
    }
}
