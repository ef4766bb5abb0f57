package com.eesystem.curator.storage.redis;

import com.eesystem.curator.domain.agent.AgentPresence;
import com.eesystem.curator.domain.agent.AgentStatus;
import com.eesystem.curator.domain.agent.AgentType;
import com.eesystem.curator.domain.agent.CoordinationSessionId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Agent status under {@code agent:{agent_type}:{session_id}}, JSON, 5 minutes, restarted by each
 * heartbeat: an agent that stops beating disappears 5 minutes after its last sign of life.
 */
public final class RedisAgentPresence implements AgentPresence {

    private final ExpiringValues values;

    public RedisAgentPresence(RedisLink link) {
        this.values = new ExpiringValues(link, TIME_TO_LIVE);
    }

    static String key(AgentType agent, CoordinationSessionId session) {
        return "agent:" + agent.storedValue() + ":" + session;
    }

    @Override
    public void heartbeat(AgentStatus status) {
        values.put(key(status.agentType(), status.sessionId()), RedisJson.agentStatus(status));
    }

    @Override
    public Optional<AgentStatus> status(AgentType agent, CoordinationSessionId session) {
        return values.get(key(agent, session)).map(RedisJson::agentStatus);
    }

    /** One GET per agent type: their keys sit in different Redis Cluster slots. */
    @Override
    public List<AgentStatus> present(CoordinationSessionId session) {
        List<AgentStatus> present = new ArrayList<>();
        for (AgentType agent : AgentType.values()) {
            status(agent, session).ifPresent(present::add);
        }
        return present;
    }

    @Override
    public void leave(AgentType agent, CoordinationSessionId session) {
        values.remove(key(agent, session));
    }
}
