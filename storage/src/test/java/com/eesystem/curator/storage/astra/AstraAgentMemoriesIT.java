package com.eesystem.curator.storage.astra;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.agent.AgentMemory;
import com.eesystem.curator.domain.agent.AgentType;
import com.eesystem.curator.domain.agent.MemoryId;
import com.eesystem.curator.domain.agent.MemoryType;
import com.eesystem.curator.domain.embedding.EmbeddingModel;
import com.eesystem.curator.domain.embedding.EmbeddingModelId;
import com.eesystem.curator.domain.embedding.EmbeddingSpace;
import com.eesystem.curator.domain.embedding.ExactSearch;
import com.eesystem.curator.domain.embedding.HashingEmbeddingModel;
import com.eesystem.curator.domain.embedding.Neighbor;
import com.eesystem.curator.domain.score.Score;
import com.eesystem.curator.testsupport.CassandraServerExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** agent_memory on the real Cassandra: every column, lookups by key, recall by meaning, expiry by the adapter's clock. */
@ExtendWith({CassandraServerExtension.class, TeamKeyspace.class})
class AstraAgentMemoriesIT {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final EmbeddingModel MODEL = new HashingEmbeddingModel();

    private TeamKeyspace.Shared shared;
    private AstraAgentMemories memories;

    @BeforeEach
    void emptyTable(TeamKeyspace.Shared keyspace) {
        shared = keyspace;
        keyspace.truncate("agent_memory");
        memories = at(NOW);
    }

    private AstraAgentMemories at(Instant now) {
        return new AstraAgentMemories(
                shared.session(), shared.settings().withPageSize(3), MODEL.space(), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void everyColumnRoundTripsAndExpiredMemoriesAreNeverReturnedThenRemoved() {
        var permanent = memory(AgentType.RESEARCH, "topic:sleep", "users ask about sleep", true, Optional.empty(), 0);
        var lapsing = memory(
                AgentType.RESEARCH, "topic:sleep", "trend this week", false, Optional.of(NOW.plusSeconds(60)), 1);
        memories.save(permanent);
        memories.save(lapsing);
        memories.save(lapsing);
        assertThat(memories.find(permanent.id())).contains(permanent);
        assertThat(memories.find(lapsing.id())).contains(lapsing);
        assertThat(memories.byKey(AgentType.RESEARCH, "topic:sleep")).containsExactly(lapsing, permanent);
        assertThat(memories.byKey(AgentType.CREATION, "topic:sleep")).isEmpty();

        AstraAgentMemories later = at(NOW.plusSeconds(61));
        assertThat(later.find(lapsing.id())).isEmpty();
        assertThat(later.byKey(AgentType.RESEARCH, "topic:sleep")).containsExactly(permanent);
        assertThat(memories.removeExpired())
                .as("nothing expired yet by the first clock")
                .isZero();
        assertThat(later.removeExpired()).isEqualTo(1);
        assertThat(memories.find(lapsing.id())).as("deleted, not just hidden").isEmpty();
        assertThat(memories.find(permanent.id())).contains(permanent);
    }

    @Test
    void recallFindsTheNearestUnexpiredMemoriesOfOneAgent() {
        String[] texts = {
            "sleep", "breathing", "founders", "testimonial", "light therapy", "wellness center", "calm voice"
        };
        List<AgentMemory> saved = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Optional<Instant> expires = i % 5 == 0 ? Optional.of(NOW.minusSeconds(1)) : Optional.empty();
            var memory = memory(
                    i % 3 == 0 ? AgentType.COMPLIANCE : AgentType.CREATION,
                    "k" + i,
                    texts[i % texts.length] + " note " + i,
                    i % 4 != 3,
                    expires,
                    i);
            memories.save(memory);
            saved.add(memory);
        }
        var query = MODEL.embed("calm breathing for sleep");
        // the query's own vector under another model's name: closest of all, yet not comparable
        var foreignSpace = new EmbeddingSpace(new EmbeddingModelId("other/model"), 384);
        var foreign = new AgentMemory(
                MemoryId.of(UUID.randomUUID()),
                AgentType.CREATION,
                MemoryType.SEMANTIC,
                "foreign",
                "foreign",
                Optional.of(foreignSpace.embeddingOf(query.vector())),
                Score.ONE,
                Map.of(),
                Optional.empty(),
                NOW.minusSeconds(10),
                NOW.minusSeconds(10));
        new AstraAgentMemories(shared.session(), shared.settings(), foreignSpace, Clock.fixed(NOW, ZoneOffset.UTC))
                .save(foreign);
        List<Neighbor<AgentMemory>> recalled = memories.recall(AgentType.CREATION, query, 4);
        var exact = ExactSearch.nearest(
                query,
                saved,
                memory -> memory.embedding().orElse(null),
                memory -> memory.agentType() == AgentType.CREATION
                        && memory.embedding().isPresent()
                        && !memory.isExpiredAt(NOW),
                4);
        // equal similarities may come in either order: the same memories, and the same similarity at each rank
        assertThat(recalled)
                .extracting(Neighbor::item)
                .containsExactlyInAnyOrderElementsOf(
                        exact.stream().map(Neighbor::item).toList());
        assertThat(recalled).noneMatch(neighbor -> neighbor.item().id().equals(foreign.id()));
        for (int i = 0; i < recalled.size(); i++) {
            assertThat(recalled.get(i).similarity())
                    .isCloseTo(exact.get(i).similarity(), org.assertj.core.api.Assertions.within(1e-4));
        }
    }

    private static AgentMemory memory(
            AgentType agent, String key, String content, boolean embedded, Optional<Instant> expires, int n) {
        Instant created = NOW.minus(Duration.ofHours(2)).plusSeconds(n);
        return new AgentMemory(
                MemoryId.of(UUID.randomUUID()),
                agent,
                MemoryType.values()[n % MemoryType.values().length],
                key,
                content,
                embedded ? Optional.of(MODEL.embed(content)) : Optional.empty(),
                new Score(0.25 + (n % 3) / 4.0),
                Map.of("source", "it", "n", Integer.toString(n)),
                expires,
                created,
                created.plusSeconds(5));
    }
}
