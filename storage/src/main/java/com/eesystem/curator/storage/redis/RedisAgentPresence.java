package com.eesystem.curator.storage.redis;

import com.eesystem.curator.domain.agent.AgentType;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Agent status under {@code agent:{agent_type}:{session_id}}, JSON, 5 minutes, refreshed by each
 * heartbeat: an agent that stops beating disappears 5 minutes after its last sign of life.
 */
public final class RedisAgentPresence<S> {

    public static final Duration TTL = Duration.ofMinutes(5);

    private final ExpiringJson values;
    private final Class<S> statusType;

    public RedisAgentPresence(RedisLink link, Class<S> statusType) {
        this.values = new ExpiringJson(link, TTL);
        this.statusType = Objects.requireNonNull(statusType, "statusType");
    }

    static String key(AgentType agent, String sessionId) {
        return "agent:" + agent.storedValue() + ":" + RedisKeys.part("session_id", sessionId);
    }

    /** Stores the status and restarts the 5 minutes. */
    public void report(AgentType agent, String sessionId, S status) {
        values.put(key(agent, sessionId), status);
    }

    /** Restarts the 5 minutes; false when the status already expired (the agent must report again). */
    public boolean heartbeat(AgentType agent, String sessionId) {
        return values.touch(key(agent, sessionId));
    }

    public Optional<S> status(AgentType agent, String sessionId) {
        return values.get(key(agent, sessionId), statusType);
    }

    /** Every agent alive in the session (one GET per agent type: their keys sit in different slots). */
    public Map<AgentType, S> alive(String sessionId) {
        Map<AgentType, S> alive = new EnumMap<>(AgentType.class);
        for (AgentType agent : AgentType.values()) {
            status(agent, sessionId).ifPresent(status -> alive.put(agent, status));
        }
        return alive;
    }

    public void leave(AgentType agent, String sessionId) {
        values.remove(key(agent, sessionId));
    }
}
