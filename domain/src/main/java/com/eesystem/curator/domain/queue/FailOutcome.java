package com.eesystem.curator.domain.queue;

/** What became of a failed attempt. */
public sealed interface FailOutcome {

    /** The item is back in the queue for another attempt. */
    record WillRetry(int attemptsMade, int maxAttempts) implements FailOutcome {}

    /** That was the last attempt: the item moved to the dead letters with the reason. */
    record DeadLettered(int attemptsMade, String reason) implements FailOutcome {}

    /** The claim was no longer held; nothing changed (see {@link Settlement#CLAIM_LOST}). */
    record ClaimLost() implements FailOutcome {}
}
