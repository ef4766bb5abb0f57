package com.eesystem.curator.domain.agent;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of coord:{session_id} in Redis (JSON {@code {"agent": "research", "event": "started",
 * "timestamp": "...", "data": {...}}}).
 *
 * @param event what happened, a short lowercase word or phrase (started, handoff, completed ...)
 */
public record CoordinationEvent(AgentType agent, String event, Instant timestamp, Map<String, String> data) {

    public CoordinationEvent {
        Objects.requireNonNull(agent, "coordination event agent");
        Objects.requireNonNull(event, "coordination event event");
        if (event.isBlank()) {
            throw new IllegalArgumentException(
                    "coordination event event: is blank (agent " + agent.storedValue() + ")");
        }
        Objects.requireNonNull(timestamp, "coordination event timestamp");
        data = Map.copyOf(Objects.requireNonNull(data, "coordination event data"));
    }
}
