package com.eesystem.curator.domain.generation;

/** generation_queue.id: the SQLite row id, assigned when the task is enqueued. */
public record GenerationTaskId(long value) {

    public GenerationTaskId {
        if (value < 1) {
            throw new IllegalArgumentException("generation_queue.id: " + value + " is not positive");
        }
    }

    public static GenerationTaskId of(long value) {
        return new GenerationTaskId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
