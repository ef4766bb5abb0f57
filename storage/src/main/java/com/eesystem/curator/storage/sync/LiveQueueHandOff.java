package com.eesystem.curator.storage.sync;

import com.eesystem.curator.domain.generation.GenerationJob;
import com.eesystem.curator.domain.generation.GenerationTask;
import com.eesystem.curator.domain.queue.ComplianceReviewTask;
import com.eesystem.curator.domain.queue.WorkItemId;
import com.eesystem.curator.storage.local.SqliteLiveOutbox;
import com.eesystem.curator.storage.local.SqliteLiveOutbox.HeldReview;
import com.eesystem.curator.storage.redis.RedisComplianceReviewQueue;
import com.eesystem.curator.storage.redis.RedisContentGenerationQueue;
import com.eesystem.curator.storage.redis.RedisUnavailable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Hands the work queued locally while Redis was unreachable to the Redis queues, exactly once: each item
 * is enqueued under its stable id (Redis refuses an id it already holds or acknowledged in the last 24 h)
 * and recorded locally only after Redis acknowledged it. A crash or a Redis restart in between repeats the
 * enqueue, which Redis refuses, so no item is lost and none is doubled (docs/queues.md, "Offline").
 */
public final class LiveQueueHandOff {

    /** Items per Redis round trip (the batch script takes 256 per call, pipelined). */
    static final int BATCH = 256;

    private final SqliteLiveOutbox local;
    private final RedisContentGenerationQueue generation;
    private final RedisComplianceReviewQueue review;

    public LiveQueueHandOff(
            SqliteLiveOutbox local, RedisContentGenerationQueue generation, RedisComplianceReviewQueue review) {
        this.local = Objects.requireNonNull(local, "local");
        this.generation = Objects.requireNonNull(generation, "generation");
        this.review = Objects.requireNonNull(review, "review");
    }

    /** What one hand-off moved. */
    public record HandOff(int generationTasks, int reviewRequests) {
        public int total() {
            return generationTasks + reviewRequests;
        }
    }

    /**
     * Moves everything waiting; throws {@link RedisUnavailable} when Redis fails part way (what Redis
     * acknowledged before is recorded and not sent again).
     */
    public HandOff publishWaiting() {
        int tasks = 0;
        while (true) {
            List<GenerationTask> pending = local.pendingGenerationTasks(BATCH);
            if (pending.isEmpty()) {
                break;
            }
            Map<WorkItemId, GenerationTask> byId = new LinkedHashMap<>();
            Map<WorkItemId, GenerationJob> jobs = new LinkedHashMap<>();
            for (GenerationTask task : pending) {
                WorkItemId id = local.itemIdOf(task);
                byId.put(id, task);
                jobs.put(id, GenerationJob.from(task));
            }
            generation.enqueueAll(jobs); // false per item = a duplicate id: already there, fine
            int moved = local.generationTasksMoved(byId);
            tasks += moved;
            if (moved == 0) {
                break; // every one was claimed by a local worker meanwhile: nothing left to move now
            }
        }
        int reviews = 0;
        while (true) {
            List<HeldReview> held = local.heldReviewRequests(BATCH);
            if (held.isEmpty()) {
                break;
            }
            Map<WorkItemId, ComplianceReviewTask> items = new LinkedHashMap<>();
            held.forEach(h -> items.put(h.itemId(), h.task()));
            review.enqueueAll(items);
            local.reviewRequestsPublished(List.copyOf(items.keySet()));
            reviews += held.size();
        }
        return new HandOff(tasks, reviews);
    }
}
