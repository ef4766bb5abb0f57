package com.eesystem.curator.storage.redis;

import com.eesystem.curator.domain.queue.ComplianceReviewQueue;
import com.eesystem.curator.domain.queue.ComplianceReviewTask;
import java.time.Clock;
import java.time.Duration;

/**
 * compliance_review_queue in Redis: priority 1 (critical) first, then 2 ... 5, first in first out
 * within a priority.
 */
public final class RedisComplianceReviewQueue extends RedisWorkQueue<ComplianceReviewTask>
        implements ComplianceReviewQueue {

    public RedisComplianceReviewQueue(RedisLink link, int maxAttempts, Duration ackedRetention, Clock clock) {
        super(new ReliableQueue(
                link, NAME, ReliableQueue.Ordering.SCORE_THEN_ARRIVAL, maxAttempts, ackedRetention, clock));
    }

    public RedisComplianceReviewQueue(RedisLink link, Clock clock) {
        this(link, DEFAULT_MAX_ATTEMPTS, Duration.ofHours(24), clock);
    }

    @Override
    String write(ComplianceReviewTask payload) {
        return RedisJson.complianceReviewTask(payload);
    }

    @Override
    ComplianceReviewTask read(String json) {
        return RedisJson.complianceReviewTask(json);
    }

    @Override
    long score(ComplianceReviewTask payload) {
        return payload.priority().value();
    }
}
