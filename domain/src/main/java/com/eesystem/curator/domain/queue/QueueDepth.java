package com.eesystem.curator.domain.queue;

/**
 * How many items a queue holds.
 *
 * @param waiting items not claimed (for the publication queue, due or not)
 * @param inFlight items claimed and not yet settled
 * @param deadLettered items that used up their attempts
 */
public record QueueDepth(long waiting, long inFlight, long deadLettered) {

    public QueueDepth {
        if (waiting < 0 || inFlight < 0 || deadLettered < 0) {
            throw new IllegalArgumentException("queue depth: waiting " + waiting + ", in flight " + inFlight + ", dead "
                    + deadLettered + "; none may be negative");
        }
    }
}
