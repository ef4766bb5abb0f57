package com.eesystem.curator.domain.queue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A reliable work queue: at-least-once delivery with a visibility timeout.
 *
 * <ul>
 *   <li>{@link #claim} hands out the next item (in the queue's order) and hides it until the claim's
 *       deadline; each claim counts one attempt.
 *   <li>{@link #ack} removes a finished item. An item not acknowledged by its deadline (the consumer
 *       died) is delivered again, to any consumer.
 *   <li>{@link #fail} returns the item for another attempt, or after {@link #maxAttempts} attempts moves
 *       it to the dead letters; an item whose claims keep expiring is dead-lettered the same way.
 *   <li>{@link #release} gives the item back untouched (the consumer is shutting down); it does not
 *       use up an attempt.
 * </ul>
 *
 * Since an item can be delivered twice, consumers must be idempotent per {@link WorkItemId}.
 * Adapters read time from their {@link java.time.Clock} (or the server's clock for Redis).
 */
public interface WorkQueue<T> {

    int DEFAULT_MAX_ATTEMPTS = 5;

    /** The queue's name, e.g. content_generation_queue. */
    String name();

    int maxAttempts();

    /**
     * Queues {@code payload} under {@code id}. Returns false, changing nothing, when an item with
     * this id is already waiting, in flight or dead-lettered.
     */
    boolean enqueue(WorkItemId id, T payload);

    /** The next deliverable item, hidden from other consumers for {@code visibilityTimeout}. */
    Optional<Claim<T>> claim(ConsumerId consumer, Duration visibilityTimeout);

    /** Moves the claim's deadline to now + {@code visibilityTimeout}, for long work; empty if lost. */
    Optional<Claim<T>> extend(Claim<T> claim, Duration visibilityTimeout);

    /** The item is done: removes it for good. */
    Settlement ack(Claim<T> claim);

    /** Gives the item back at once without counting the attempt. */
    Settlement release(Claim<T> claim);

    /** Records a failed attempt with its reason: retried, or dead-lettered after the last attempt. */
    FailOutcome fail(Claim<T> claim, String reason);

    /** The dead letters, oldest first. */
    List<DeadLetter<T>> deadLetters();

    /** Puts a dead letter back in the queue with a fresh attempt count; false if no such dead letter. */
    boolean redrive(WorkItemId id);

    QueueDepth depth();
}
