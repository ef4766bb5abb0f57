package com.eesystem.curator.domain.agent;

import com.eesystem.curator.domain.embedding.Embedding;
import com.eesystem.curator.domain.score.Score;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An agent_memory row: something an agent remembers, found again by key or by meaning.
 *
 * @param relevanceScore importance weighting, 0.0 to 1.0
 * @param expiresAt when the memory lapses; empty for permanent memories
 */
public record AgentMemory(
        MemoryId id,
        AgentType agentType,
        MemoryType memoryType,
        String memoryKey,
        String memoryContent,
        Optional<Embedding> embedding,
        Score relevanceScore,
        Map<String, String> contextData,
        Optional<Instant> expiresAt,
        Instant createdAt,
        Instant updatedAt) {

    public AgentMemory {
        Objects.requireNonNull(id, "agent_memory.id");
        Objects.requireNonNull(agentType, "agent_memory.agent_type");
        Objects.requireNonNull(memoryType, "agent_memory.memory_type");
        Objects.requireNonNull(memoryKey, "agent_memory.memory_key");
        String where = " (memory " + id + ")";
        if (memoryKey.isBlank()) {
            throw new IllegalArgumentException("agent_memory.memory_key: \"" + memoryKey + "\" is blank" + where);
        }
        Objects.requireNonNull(memoryContent, "agent_memory.memory_content");
        if (memoryContent.isBlank()) {
            throw new IllegalArgumentException("agent_memory.memory_content: is blank" + where);
        }
        Objects.requireNonNull(embedding, "agent_memory.embedding");
        Objects.requireNonNull(relevanceScore, "agent_memory.relevance_score");
        contextData = Map.copyOf(Objects.requireNonNull(contextData, "agent_memory.context_data"));
        Objects.requireNonNull(expiresAt, "agent_memory.expires_at");
        Objects.requireNonNull(createdAt, "agent_memory.created_at");
        Objects.requireNonNull(updatedAt, "agent_memory.updated_at");
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException(
                    "agent_memory.updated_at: " + updatedAt + " is before created_at " + createdAt + where);
        }
        if (expiresAt.isPresent() && !expiresAt.get().isAfter(createdAt)) {
            throw new IllegalArgumentException(
                    "agent_memory.expires_at: " + expiresAt.get() + " is not after created_at " + createdAt + where);
        }
    }

    public boolean isPermanent() {
        return expiresAt.isEmpty();
    }

    public boolean isExpiredAt(Instant now) {
        return expiresAt.map(at -> !now.isBefore(at)).orElse(false);
    }
}
