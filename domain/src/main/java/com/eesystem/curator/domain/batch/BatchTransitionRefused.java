package com.eesystem.curator.domain.batch;

/** A batch operation asked for a move its lifecycle does not allow from its current status. */
public final class BatchTransitionRefused extends IllegalStateException {

    private final BatchId batch;
    private final BatchStatus from;
    private final String transition;

    public BatchTransitionRefused(BatchId batch, BatchStatus from, String transition, String reason) {
        super("batch " + batch + ": cannot " + transition + " from " + from.storedValue() + ": " + reason);
        this.batch = batch;
        this.from = from;
        this.transition = transition;
    }

    public BatchId batch() {
        return batch;
    }

    public BatchStatus from() {
        return from;
    }

    public String transition() {
        return transition;
    }
}
