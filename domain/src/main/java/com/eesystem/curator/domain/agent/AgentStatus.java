package com.eesystem.curator.domain.agent;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What an agent reports about itself: the value of agent:{agent_type}:{session_id} in Redis (JSON
 * {@code {"status": "active", "task": "...", "heartbeat_at": "...", "details": {...}}}).
 *
 * @param task what the agent is doing now, in words for the UI
 * @param heartbeatAt when the agent last reported
 */
public record AgentStatus(
        AgentType agentType,
        CoordinationSessionId sessionId,
        CoordinationStatus status,
        String task,
        Instant heartbeatAt,
        Map<String, String> details) {

    public AgentStatus {
        Objects.requireNonNull(agentType, "agent status agent_type");
        Objects.requireNonNull(sessionId, "agent status session_id");
        Objects.requireNonNull(status, "agent status status");
        Objects.requireNonNull(task, "agent status task");
        Objects.requireNonNull(heartbeatAt, "agent status heartbeat_at");
        details = Map.copyOf(Objects.requireNonNull(details, "agent status details"));
    }

    /** The Redis key: agent:{agent_type}:{session_id}. */
    public String redisKey() {
        return "agent:" + agentType.storedValue() + ":" + sessionId;
    }
}
