package com.eesystem.curator.storage.redis;

import com.eesystem.curator.domain.queue.PublicationQueue;
import com.eesystem.curator.domain.queue.PublicationTask;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * publication_queue in Redis: an item is deliverable from its scheduled_at (by this adapter's clock),
 * never before; due items go earliest scheduled_at first, then in enqueue order.
 */
public final class RedisPublicationQueue extends RedisWorkQueue<PublicationTask> implements PublicationQueue {

    public RedisPublicationQueue(RedisLink link, int maxAttempts, Duration ackedRetention, Clock clock) {
        super(new ReliableQueue(link, NAME, ReliableQueue.Ordering.DUE_TIME, maxAttempts, ackedRetention, clock));
    }

    public RedisPublicationQueue(RedisLink link, Clock clock) {
        this(link, DEFAULT_MAX_ATTEMPTS, Duration.ofHours(24), clock);
    }

    /**
     * When a claim may next return something: the earliest scheduled_at of the waiting items, or the
     * earliest claim deadline if sooner (an expired claim is delivered again).
     */
    @Override
    public Optional<Instant> nextDueAt() {
        return Stream.of(mechanics().lowestWaitingScore(), mechanics().earliestDeadline())
                .flatMap(Optional::stream)
                .min(Long::compare)
                .map(Instant::ofEpochMilli);
    }

    @Override
    String write(PublicationTask payload) {
        return RedisJson.publicationTask(payload);
    }

    @Override
    PublicationTask read(String json) {
        return RedisJson.publicationTask(json);
    }

    @Override
    long score(PublicationTask payload) {
        return payload.scheduledAt().toEpochMilli();
    }
}
