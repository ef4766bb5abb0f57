package com.eesystem.curator.domain.agent;

import java.util.List;
import java.util.Optional;

/** The parts agents play in coordination sessions (AstraDB agent_coordination). */
public interface AgentCoordinations {

    /** Inserts or replaces the part with this id (the state after a lifecycle move). */
    void save(AgentCoordination part);

    Optional<AgentCoordination> find(CoordinationId id);

    /** Every part of the session, oldest first. */
    List<AgentCoordination> inSession(CoordinationSessionId session);

    /** The session's parts in {@code status}, oldest first (waiting parts to activate, say). */
    List<AgentCoordination> inSession(CoordinationSessionId session, CoordinationStatus status);
}
