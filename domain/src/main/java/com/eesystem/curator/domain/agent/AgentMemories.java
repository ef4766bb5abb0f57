package com.eesystem.curator.domain.agent;

import com.eesystem.curator.domain.embedding.Embedding;
import com.eesystem.curator.domain.embedding.Neighbor;
import java.util.List;
import java.util.Optional;

/** What agents remember (AstraDB agent_memory). Expired memories are never returned. */
public interface AgentMemories {

    /** Inserts or replaces the memory with this id. */
    void save(AgentMemory memory);

    Optional<AgentMemory> find(MemoryId id);

    /** The unexpired memories of {@code agent} under {@code memoryKey}, newest first. */
    List<AgentMemory> byKey(AgentType agent, String memoryKey);

    /**
     * The {@code limit} unexpired memories of {@code agent} closest in meaning to {@code query},
     * most similar first; memories without an embedding are not considered.
     */
    List<Neighbor<AgentMemory>> recall(AgentType agent, Embedding query, int limit);

    /** Deletes memories expired by the adapter's clock; returns how many. */
    int removeExpired();
}
