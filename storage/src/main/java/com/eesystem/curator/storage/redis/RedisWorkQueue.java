package com.eesystem.curator.storage.redis;

import com.eesystem.curator.domain.queue.Claim;
import com.eesystem.curator.domain.queue.ConsumerId;
import com.eesystem.curator.domain.queue.DeadLetter;
import com.eesystem.curator.domain.queue.FailOutcome;
import com.eesystem.curator.domain.queue.QueueDepth;
import com.eesystem.curator.domain.queue.Settlement;
import com.eesystem.curator.domain.queue.WorkItemId;
import com.eesystem.curator.domain.queue.WorkQueue;
import com.eesystem.curator.storage.redis.ReliableQueue.Lease;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link WorkQueue} of typed payloads over a {@link ReliableQueue}: the three named queue adapters
 * differ only in their JSON and their ordering score. Redis unreachable → {@link RedisUnavailable};
 * the caller then uses its SQLite queue (docs/queues.md, "Offline").
 */
abstract class RedisWorkQueue<T> implements WorkQueue<T> {

    private static final Logger log = LoggerFactory.getLogger(RedisWorkQueue.class);

    private final ReliableQueue queue;

    RedisWorkQueue(ReliableQueue queue) {
        this.queue = queue;
    }

    abstract String write(T payload);

    abstract T read(String json);

    /** The ordering score: lower first (a priority rank, or the due time in epoch millis). */
    abstract long score(T payload);

    final ReliableQueue mechanics() {
        return queue;
    }

    @Override
    public String name() {
        return queue.name();
    }

    @Override
    public int maxAttempts() {
        return queue.maxAttempts();
    }

    @Override
    public boolean enqueue(WorkItemId id, T payload) {
        return queue.enqueue(id.value(), write(payload), score(payload));
    }

    /**
     * Enqueues many items in one round trip (one script per 256 items, pipelined; each script atomic);
     * per item whether it was added (false: a duplicate id).
     */
    public List<Boolean> enqueueAll(Map<WorkItemId, T> items) {
        List<ReliableQueue.Item> batch = new ArrayList<>(items.size());
        items.forEach((id, payload) -> batch.add(new ReliableQueue.Item(id.value(), write(payload), score(payload))));
        return queue.enqueueAll(batch);
    }

    @Override
    public Optional<Claim<T>> claim(ConsumerId consumer, Duration visibilityTimeout) {
        while (true) {
            Optional<Lease> lease = queue.claim(consumer.value(), visibilityTimeout);
            if (lease.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(claimOf(lease.get(), read(lease.get().payload()), consumer));
            } catch (RuntimeException e) {
                // an unreadable item can never succeed: park it for a person instead of retrying it
                log.warn(
                        "{}: item {} is unreadable, dead-lettered: {}",
                        name(),
                        lease.get().id(),
                        e.getMessage());
                queue.deadLetter(lease.get(), "unreadable payload: " + e.getMessage());
            }
        }
    }

    @Override
    public Optional<Claim<T>> extend(Claim<T> claim, Duration visibilityTimeout) {
        return queue.extend(leaseOf(claim), visibilityTimeout)
                .map(lease -> new Claim<>(
                        claim.itemId(),
                        claim.payload(),
                        claim.attempt(),
                        lease.deadline(),
                        claim.consumer(),
                        claim.receipt()));
    }

    @Override
    public Settlement ack(Claim<T> claim) {
        return settlement(queue.ack(leaseOf(claim)));
    }

    @Override
    public Settlement release(Claim<T> claim) {
        return settlement(queue.release(leaseOf(claim)));
    }

    @Override
    public FailOutcome fail(Claim<T> claim, String reason) {
        ReliableQueue.Failed failed = queue.fail(leaseOf(claim), reason);
        return switch (failed.kind()) {
            case WILL_RETRY -> new FailOutcome.WillRetry(failed.attempts(), maxAttempts());
            case DEAD_LETTERED -> new FailOutcome.DeadLettered(failed.attempts(), reason);
            case CLAIM_LOST -> new FailOutcome.ClaimLost();
        };
    }

    @Override
    public List<DeadLetter<T>> deadLetters() {
        List<DeadLetter<T>> letters = new ArrayList<>();
        for (ReliableQueue.DeadLetter letter : queue.deadLetters()) {
            try {
                letters.add(new DeadLetter<>(
                        WorkItemId.of(letter.id()),
                        read(letter.payload()),
                        Math.max(1, letter.attempts()),
                        letter.reason(),
                        letter.at()));
            } catch (RuntimeException e) {
                log.warn("{}: dead letter {} is unreadable and not listed: {}", name(), letter.id(), e.getMessage());
            }
        }
        return letters;
    }

    @Override
    public boolean redrive(WorkItemId id) {
        return queue.redrive(id.value());
    }

    @Override
    public QueueDepth depth() {
        ReliableQueue.Depth depth = queue.depth();
        return new QueueDepth(depth.waiting(), depth.inFlight(), depth.deadLettered());
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + name() + ", maxAttempts=" + maxAttempts() + "]";
    }

    private Claim<T> claimOf(Lease lease, T payload, ConsumerId consumer) {
        return new Claim<>(
                WorkItemId.of(lease.id()), payload, lease.attempt(), lease.deadline(), consumer, lease.receipt());
    }

    private static Lease leaseOf(Claim<?> claim) {
        return new Lease(claim.itemId().value(), "", claim.attempt(), claim.deadline(), claim.receipt());
    }

    private static Settlement settlement(ReliableQueue.Settled settled) {
        return switch (settled) {
            case SETTLED -> Settlement.SETTLED;
            case CLAIM_LOST -> Settlement.CLAIM_LOST;
        };
    }
}
