package com.eesystem.curator.domain.agent;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Which agents are alive in a session (Redis agent:{agent_type}:{session_id}, 5 min TTL). An agent
 * heartbeats well within {@link #TIME_TO_LIVE}; one that stops is gone when the key expires.
 */
public interface AgentPresence {

    Duration TIME_TO_LIVE = Duration.ofMinutes(5);

    /** Writes the status and restarts its {@link #TIME_TO_LIVE}. */
    void heartbeat(AgentStatus status);

    /** The agent's last status, empty when it never reported or its heartbeat lapsed. */
    Optional<AgentStatus> status(AgentType agent, CoordinationSessionId session);

    /** Every agent with a live status in the session. */
    List<AgentStatus> present(CoordinationSessionId session);

    /** Removes the status at once (the agent stopped cleanly). */
    void leave(AgentType agent, CoordinationSessionId session);
}
