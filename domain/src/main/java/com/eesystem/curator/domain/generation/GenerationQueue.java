package com.eesystem.curator.domain.generation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The local generation queue (SQLite generation_queue). It works offline; on reconnect the sync
 * engine republishes pending tasks to content_generation_queue as {@link GenerationJob}s. Every
 * state change goes through {@link GenerationTask}'s lifecycle, so an adapter can refuse the same
 * moves the domain refuses. Adapters read time from their {@link java.time.Clock}.
 */
public interface GenerationQueue {

    /** Adds a pending task with {@link GenerationTask#DEFAULT_MAX_ATTEMPTS} attempts. */
    GenerationTask enqueue(GenerationRequest request, GenerationPriority priority);

    /**
     * Starts the next pending task: highest priority first, then oldest created_at, then lowest id.
     * Two callers never get the same task.
     */
    Optional<GenerationTask> claimNext();

    /** @throws GenerationTaskTransitionRefused unless the task is processing */
    GenerationTask complete(GenerationTaskId id, GeneratedContent result);

    /**
     * Records a failed attempt: back to pending while attempts remain, failed after the last one.
     *
     * @throws GenerationTaskTransitionRefused unless the task is processing
     */
    GenerationTask fail(GenerationTaskId id, String errorMessage);

    Optional<GenerationTask> find(GenerationTaskId id);

    /** Tasks in {@code status}, in claim order for pending, newest first otherwise. */
    List<GenerationTask> withStatus(QueueStatus status, int limit);

    /**
     * Fails (as one attempt) every task processing since before {@code stalledBefore}: the worker
     * died. Returns how many. Run at start.
     */
    int recoverStalled(Instant stalledBefore);

    /** Deletes completed and failed tasks processed before {@code cutoff}; returns how many. */
    int removeFinishedBefore(Instant cutoff);
}
