package com.eesystem.curator.domain.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.embedding.HashingEmbeddingModel;
import com.eesystem.curator.domain.score.Score;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AgentRecordsTest {

    static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
    static final MemoryId ID = MemoryId.of(new UUID(0, 7));

    static AgentMemory memory(double relevance, Optional<Instant> expiresAt) {
        return memory(new Score(relevance), expiresAt);
    }

    static AgentMemory memory(Score relevance, Optional<Instant> expiresAt) {
        return new AgentMemory(
                ID,
                AgentType.RESEARCH,
                MemoryType.EPISODIC,
                "winter-campaign",
                "Reels about evening routines performed best",
                Optional.of(new HashingEmbeddingModel().embed("evening routines performed best")),
                relevance,
                Map.of("source", "metrics"),
                expiresAt,
                T0,
                T0);
    }

    @Test
    void aMemoryWithoutExpiryIsPermanent() {
        var memory = memory(0.7, Optional.empty());

        assertThat(memory.isPermanent()).isTrue();
        assertThat(memory.isExpiredAt(T0.plusSeconds(1_000_000_000))).isFalse();
    }

    @Test
    void aMemoryExpiresAtItsExpiry() {
        var memory = memory(0.7, Optional.of(T0.plusSeconds(60)));

        assertThat(memory.isExpiredAt(T0.plusSeconds(59))).isFalse();
        assertThat(memory.isExpiredAt(T0.plusSeconds(60))).isTrue();
    }

    @Test
    void aMissingRelevanceIsRefusedNamingTheColumn() {
        assertThatThrownBy(() -> memory((Score) null, Optional.empty())).hasMessage("agent_memory.relevance_score");
        assertThatThrownBy(() -> Score.of("agent_memory.relevance_score", 1.01))
                .hasMessage("agent_memory.relevance_score: 1.01 is outside 0.0..1.0");
    }

    @Test
    void anExpiryNotAfterCreationIsRefused() {
        assertThatThrownBy(() -> memory(0.5, Optional.of(T0)))
                .hasMessageStartingWith("agent_memory.expires_at: " + T0 + " is not after created_at");
    }

    @Test
    void agentStatusNamesItsRedisKey() {
        var session = CoordinationSessionId.of(new UUID(0, 1));
        var status = new AgentStatus(
                AgentType.RESEARCH, session, CoordinationStatus.ACTIVE, "collect sources", T0, Map.of());

        assertThat(status.redisKey()).isEqualTo("agent:research:" + session);
    }

    @Test
    void aBlankEventIsRefused() {
        assertThatThrownBy(() -> new CoordinationEvent(AgentType.RESEARCH, " ", T0, Map.of()))
                .hasMessage("coordination event event: is blank (agent research)");
    }
}
