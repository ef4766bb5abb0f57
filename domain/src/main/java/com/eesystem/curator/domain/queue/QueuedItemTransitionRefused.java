package com.eesystem.curator.domain.queue;

/** A queue item asked for a move its lifecycle does not allow from its current state. */
public final class QueuedItemTransitionRefused extends IllegalStateException {

    private final WorkItemId item;
    private final QueuedItem.State from;
    private final String transition;

    public QueuedItemTransitionRefused(WorkItemId item, QueuedItem.State from, String transition, String reason) {
        super("item " + item + ": cannot " + transition + " from " + from + ": " + reason);
        this.item = item;
        this.from = from;
        this.transition = transition;
    }

    public WorkItemId item() {
        return item;
    }

    public QueuedItem.State from() {
        return from;
    }

    public String transition() {
        return transition;
    }
}
