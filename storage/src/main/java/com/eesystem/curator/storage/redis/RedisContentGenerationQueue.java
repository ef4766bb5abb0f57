package com.eesystem.curator.storage.redis;

import com.eesystem.curator.domain.generation.GenerationJob;
import com.eesystem.curator.domain.generation.GenerationPriority;
import com.eesystem.curator.domain.queue.ContentGenerationQueue;
import java.time.Clock;
import java.time.Duration;

/**
 * content_generation_queue in Redis: priority 10 first down to 1, first in first out within a
 * priority (the arrival number Redis assigns at enqueue).
 */
public final class RedisContentGenerationQueue extends RedisWorkQueue<GenerationJob> implements ContentGenerationQueue {

    public RedisContentGenerationQueue(RedisLink link, int maxAttempts, Duration ackedRetention, Clock clock) {
        super(new ReliableQueue(
                link, NAME, ReliableQueue.Ordering.SCORE_THEN_ARRIVAL, maxAttempts, ackedRetention, clock));
    }

    public RedisContentGenerationQueue(RedisLink link, Clock clock) {
        this(link, DEFAULT_MAX_ATTEMPTS, Duration.ofHours(24), clock);
    }

    @Override
    String write(GenerationJob payload) {
        return RedisJson.generationJob(payload);
    }

    @Override
    GenerationJob read(String json) {
        return RedisJson.generationJob(json);
    }

    /** 0 for priority 10 ... 9 for priority 1: the sorted set serves the lowest score first. */
    @Override
    long score(GenerationJob payload) {
        return GenerationPriority.HIGHEST - payload.priority().value();
    }
}
