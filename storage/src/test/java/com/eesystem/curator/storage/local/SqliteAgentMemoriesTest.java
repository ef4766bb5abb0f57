package com.eesystem.curator.storage.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.agent.AgentMemories;
import com.eesystem.curator.domain.agent.AgentMemory;
import com.eesystem.curator.domain.agent.AgentType;
import com.eesystem.curator.domain.agent.MemoryId;
import com.eesystem.curator.domain.agent.MemoryType;
import com.eesystem.curator.domain.embedding.Embedding;
import com.eesystem.curator.domain.embedding.EmbeddingModelId;
import com.eesystem.curator.domain.embedding.EmbeddingSpace;
import com.eesystem.curator.domain.embedding.Neighbor;
import com.eesystem.curator.domain.score.Score;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteAgentMemoriesTest {

    static final EmbeddingSpace SPACE = new EmbeddingSpace(new EmbeddingModelId("test-model-3"), 3);

    @TempDir
    Path folder;

    LocalStoreFixture.MutableClock clock = LocalStoreFixture.clock();
    LocalStore store;
    AgentMemories memories;

    @BeforeEach
    void open() {
        store = LocalStore.open(LocalStoreFixture.settings(folder), clock);
        memories = store.agentMemories();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private AgentMemory memory(String key, float[] vector, Optional<Instant> expires) {
        return new AgentMemory(
                new MemoryId(UUID.randomUUID()),
                AgentType.RESEARCH,
                MemoryType.SEMANTIC,
                key,
                "about " + key,
                vector == null ? Optional.empty() : Optional.of(SPACE.embeddingOf(vector)),
                new Score(0.5),
                Map.of("source", "test"),
                expires,
                clock.instant(),
                clock.instant());
    }

    @Test
    void anEmbeddingIsStoredAsAFloatBlobWithItsModelAndReadBack() throws SQLException {
        AgentMemory saved = memory("sleep", new float[] {0.25f, -1.5f, 3f}, Optional.empty());
        memories.save(saved);

        assertThat(memories.find(saved.id())).contains(saved);
        assertThat(LocalStoreFixture.query(
                        store.settings().database(), "SELECT length(embedding), embedding_model FROM agent_memory"))
                .containsExactly(java.util.List.of("12", "test-model-3"));
    }

    @Test
    void recallReturnsTheNearestUnexpiredMemoriesFirst() {
        AgentMemory near = memory("near", new float[] {1f, 0f, 0f}, Optional.empty());
        AgentMemory far = memory("far", new float[] {0f, 1f, 0f}, Optional.empty());
        AgentMemory expired = memory(
                "gone", new float[] {1f, 0.01f, 0f}, Optional.of(clock.instant().plus(Duration.ofMinutes(1))));
        AgentMemory noVector = memory("plain", null, Optional.empty());
        for (AgentMemory m : new AgentMemory[] {far, near, expired, noVector}) {
            memories.save(m);
        }
        clock.advance(Duration.ofMinutes(2));

        Embedding query = SPACE.embeddingOf(new float[] {0.9f, 0.1f, 0f});

        assertThat(memories.recall(AgentType.RESEARCH, query, 5))
                .extracting(Neighbor::item)
                .containsExactly(near, far);
        assertThat(memories.byKey(AgentType.RESEARCH, "gone")).isEmpty();
        assertThat(memories.removeExpired()).isOne();
    }
}
