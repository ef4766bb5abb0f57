package com.eesystem.curator.domain.agent;

/** An agent's coordination part asked for a move its lifecycle does not allow. */
public final class CoordinationTransitionRefused extends IllegalStateException {

    private final CoordinationId part;
    private final CoordinationStatus from;
    private final String transition;

    public CoordinationTransitionRefused(
            CoordinationId part, CoordinationStatus from, String transition, String reason) {
        super("coordination " + part + ": cannot " + transition + " from " + from.storedValue() + ": " + reason);
        this.part = part;
        this.from = from;
        this.transition = transition;
    }

    public CoordinationId part() {
        return part;
    }

    public CoordinationStatus from() {
        return from;
    }

    public String transition() {
        return transition;
    }
}
