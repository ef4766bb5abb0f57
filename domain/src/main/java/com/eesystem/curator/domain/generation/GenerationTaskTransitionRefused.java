package com.eesystem.curator.domain.generation;

/** A generation task asked for a move its lifecycle does not allow from its current status. */
public final class GenerationTaskTransitionRefused extends IllegalStateException {

    private final GenerationTaskId task;
    private final QueueStatus from;
    private final String transition;

    public GenerationTaskTransitionRefused(GenerationTaskId task, QueueStatus from, String transition, String reason) {
        super("generation task " + task + ": cannot " + transition + " from " + from.storedValue() + ": " + reason);
        this.task = task;
        this.from = from;
        this.transition = transition;
    }

    public GenerationTaskId task() {
        return task;
    }

    public QueueStatus from() {
        return from;
    }

    public String transition() {
        return transition;
    }
}
