package com.eesystem.curator.domain.generation;

import java.util.Objects;
import java.util.Optional;

/**
 * An item of the Redis content_generation_queue: the request, its priority (higher first, FIFO
 * within a priority) and, when it was first queued locally while offline, the generation_queue row
 * it came from (so the result can be written back and a re-published item is recognised).
 */
public record GenerationJob(
        GenerationRequest request, GenerationPriority priority, Optional<GenerationTaskId> localTask) {

    public GenerationJob {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(localTask, "localTask");
    }

    public static GenerationJob of(GenerationRequest request, GenerationPriority priority) {
        return new GenerationJob(request, priority, Optional.empty());
    }

    /** The job for a local task being moved to Redis on reconnect. */
    public static GenerationJob from(GenerationTask task) {
        return new GenerationJob(task.request(), task.priority(), Optional.of(task.id()));
    }
}
