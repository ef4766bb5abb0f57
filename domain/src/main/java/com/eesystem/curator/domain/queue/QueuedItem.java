package com.eesystem.curator.domain.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The lifecycle of one work-queue item, as every {@link WorkQueue} adapter must implement it (the
 * Redis scripts, a SQLite fallback), written once here so it can be tested and used as a model:
 *
 * <pre>
 * waiting --claim (attempt + 1)--> in_flight --ack--> (removed)
 *    ^  <---release (attempt - 1)----|
 *    +<--fail / expire, attempts left-+
 *                                    +--fail / expire, last attempt--> dead --redrive--> waiting
 * </pre>
 *
 * A claim is identified by its receipt. It settles (ack, release, fail) while the item is still in
 * flight under that receipt, even a little past its deadline if nobody has redelivered the item
 * yet; once the item was expired back to waiting, claimed again or dead-lettered, the old receipt
 * is {@link Settlement#CLAIM_LOST}.
 *
 * <p>The current claim's holder, receipt and deadline are present exactly while in flight.
 *
 * @param attempts claims made so far, not counting released ones
 * @param lastError the reason of the last failed or expired attempt
 */
public record QueuedItem<T>(
        WorkItemId id,
        T payload,
        State state,
        int attempts,
        int maxAttempts,
        Optional<ConsumerId> holder,
        Optional<String> receipt,
        Optional<Instant> deadline,
        Optional<String> lastError) {

    public enum State {
        WAITING,
        IN_FLIGHT,
        DEAD
    }

    public QueuedItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(lastError, "lastError");
        String where = " (item " + id + ", " + state + ")";
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts: " + maxAttempts + " is below 1" + where);
        }
        if (attempts < 0 || attempts > maxAttempts) {
            throw new IllegalArgumentException(
                    "attempts: " + attempts + " is outside 0..maxAttempts " + maxAttempts + where);
        }
        boolean inFlight = state == State.IN_FLIGHT;
        if (holder.isPresent() != inFlight || receipt.isPresent() != inFlight || deadline.isPresent() != inFlight) {
            throw new IllegalArgumentException(
                    "claim: holder, receipt and deadline must be present exactly while in" + " flight" + where);
        }
        if (inFlight && attempts == 0) {
            throw new IllegalArgumentException("attempts: 0 while in flight" + where);
        }
        if (state == State.WAITING && attempts == maxAttempts) {
            throw new IllegalArgumentException(
                    "attempts: " + attempts + " equals maxAttempts on a waiting item" + where);
        }
        if (state == State.DEAD && lastError.isEmpty()) {
            throw new IllegalArgumentException("lastError: missing on a dead item" + where);
        }
    }

    /** A freshly enqueued item. */
    public static <T> QueuedItem<T> waiting(WorkItemId id, T payload, int maxAttempts) {
        return new QueuedItem<>(
                id,
                payload,
                State.WAITING,
                0,
                maxAttempts,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /** waiting -> in flight under a new receipt, counting an attempt. */
    public QueuedItem<T> claim(ConsumerId consumer, String newReceipt, Instant now, Duration visibilityTimeout) {
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(newReceipt, "receipt");
        requirePositive(visibilityTimeout);
        if (state != State.WAITING) {
            throw new QueuedItemTransitionRefused(id, state, "claim", "only a waiting item can be claimed");
        }
        return new QueuedItem<>(
                id,
                payload,
                State.IN_FLIGHT,
                attempts + 1,
                maxAttempts,
                Optional.of(consumer),
                Optional.of(newReceipt),
                Optional.of(now.plus(visibilityTimeout)),
                lastError);
    }

    /** The claim a consumer receives for this in-flight item. */
    public Claim<T> toClaim() {
        if (state != State.IN_FLIGHT) {
            throw new QueuedItemTransitionRefused(id, state, "hand out a claim", "only an in-flight item has one");
        }
        return new Claim<>(id, payload, attempts, deadline.orElseThrow(), holder.orElseThrow(), receipt.orElseThrow());
    }

    /** Whether {@code claimReceipt} still holds this item. */
    public boolean isHeldBy(String claimReceipt) {
        return state == State.IN_FLIGHT && receipt.orElseThrow().equals(claimReceipt);
    }

    /** Whether an acknowledgement with {@code claimReceipt} removes the item. */
    public Settlement ack(String claimReceipt) {
        return isHeldBy(claimReceipt) ? Settlement.SETTLED : Settlement.CLAIM_LOST;
    }

    /** in flight -> waiting, giving the attempt back; empty when the claim is lost. */
    public Optional<QueuedItem<T>> release(String claimReceipt) {
        if (!isHeldBy(claimReceipt)) {
            return Optional.empty();
        }
        return Optional.of(new QueuedItem<>(
                id,
                payload,
                State.WAITING,
                attempts - 1,
                maxAttempts,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                lastError));
    }

    /** Moves the deadline of a held claim; empty when the claim is lost. */
    public Optional<QueuedItem<T>> extend(String claimReceipt, Instant now, Duration visibilityTimeout) {
        requirePositive(visibilityTimeout);
        if (!isHeldBy(claimReceipt)) {
            return Optional.empty();
        }
        return Optional.of(new QueuedItem<>(
                id,
                payload,
                state,
                attempts,
                maxAttempts,
                holder,
                receipt,
                Optional.of(now.plus(visibilityTimeout)),
                lastError));
    }

    /** The outcome of {@link #fail} and the item after it. */
    public record Failure<T>(FailOutcome outcome, QueuedItem<T> next) {}

    /** A failed attempt: back to waiting while attempts remain, dead after the last. */
    public Failure<T> fail(String claimReceipt, String reason) {
        Objects.requireNonNull(reason, "reason");
        if (!isHeldBy(claimReceipt)) {
            return new Failure<>(new FailOutcome.ClaimLost(), this);
        }
        QueuedItem<T> next = afterFailedAttempt(reason);
        FailOutcome outcome = next.state == State.DEAD
                ? new FailOutcome.DeadLettered(attempts, reason)
                : new FailOutcome.WillRetry(attempts, maxAttempts);
        return new Failure<>(outcome, next);
    }

    /** An in-flight item past its deadline at {@code now} is redelivered or dead-lettered; others stay. */
    public QueuedItem<T> expireAt(Instant now) {
        if (state != State.IN_FLIGHT || now.isBefore(deadline.orElseThrow())) {
            return this;
        }
        return afterFailedAttempt(
                "visibility timeout expired on attempt " + attempts + " (consumer " + holder.orElseThrow() + ")");
    }

    /** The dead letter of a dead item. */
    public DeadLetter<T> toDeadLetter(Instant deadAt) {
        if (state != State.DEAD) {
            throw new QueuedItemTransitionRefused(id, state, "make a dead letter", "only a dead item is one");
        }
        return new DeadLetter<>(id, payload, attempts, lastError.orElseThrow(), deadAt);
    }

    /** dead -> waiting with a fresh attempt count. */
    public QueuedItem<T> redrive() {
        if (state != State.DEAD) {
            throw new QueuedItemTransitionRefused(id, state, "redrive", "only a dead item can be redriven");
        }
        return new QueuedItem<>(
                id,
                payload,
                State.WAITING,
                0,
                maxAttempts,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                lastError);
    }

    private QueuedItem<T> afterFailedAttempt(String reason) {
        State next = attempts < maxAttempts ? State.WAITING : State.DEAD;
        return new QueuedItem<>(
                id,
                payload,
                next,
                attempts,
                maxAttempts,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(reason));
    }

    private static void requirePositive(Duration visibilityTimeout) {
        Objects.requireNonNull(visibilityTimeout, "visibilityTimeout");
        if (visibilityTimeout.isNegative() || visibilityTimeout.isZero()) {
            throw new IllegalArgumentException("visibilityTimeout: " + visibilityTimeout + " is not positive");
        }
    }
}
