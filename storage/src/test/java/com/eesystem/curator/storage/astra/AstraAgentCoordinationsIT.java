package com.eesystem.curator.storage.astra;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.agent.AgentCoordination;
import com.eesystem.curator.domain.agent.AgentType;
import com.eesystem.curator.domain.agent.CoordinationId;
import com.eesystem.curator.domain.agent.CoordinationSessionId;
import com.eesystem.curator.domain.agent.CoordinationStatus;
import com.eesystem.curator.testsupport.CassandraServerExtension;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** agent_coordination on the real Cassandra: a session's lifecycle, every column, reads by session and status. */
@ExtendWith({CassandraServerExtension.class, TeamKeyspace.class})
class AstraAgentCoordinationsIT {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    private AstraAgentCoordinations parts;

    @BeforeEach
    void emptyTable(TeamKeyspace.Shared shared) {
        shared.truncate("agent_coordination");
        parts = new AstraAgentCoordinations(shared.session(), shared.settings().withPageSize(2));
    }

    @Test
    void aSessionsPartsMoveThroughTheirLifecycleAndReadBackWhole() {
        var session = CoordinationSessionId.of(UUID.randomUUID());
        var research = AgentCoordination.begin(id(), session, AgentType.RESEARCH, "find sources", List.of(), T0);
        var creation = AgentCoordination.begin(
                id(), session, AgentType.CREATION, "write the caption", List.of(research.id()), T0.plusSeconds(1));
        var compliance = AgentCoordination.begin(
                id(),
                session,
                AgentType.COMPLIANCE,
                "check claims",
                List.of(research.id(), creation.id()),
                T0.plusSeconds(2));
        List.of(research, creation, compliance).forEach(parts::save);
        parts.save(AgentCoordination.begin(
                id(), CoordinationSessionId.of(UUID.randomUUID()), AgentType.RESEARCH, "other", List.of(), T0));

        assertThat(parts.inSession(session)).containsExactly(research, creation, compliance);
        assertThat(parts.inSession(session, CoordinationStatus.WAITING)).containsExactly(creation, compliance);

        var researched = research.withData("sources", "3 studies").complete("three sources", T0.plusSeconds(30));
        var writing = creation.activate(T0.plusSeconds(31)).withData("draft", "v1");
        var failed = compliance.fail("no reviewer available", T0.plusSeconds(32));
        List.of(researched, writing, failed).forEach(parts::save);
        parts.save(writing); // idempotent

        assertThat(parts.find(research.id())).contains(researched);
        assertThat(parts.find(creation.id())).contains(writing);
        assertThat(parts.find(compliance.id())).contains(failed);
        assertThat(parts.find(id())).isEmpty();
        assertThat(parts.inSession(session, CoordinationStatus.COMPLETED)).containsExactly(researched);
        assertThat(parts.inSession(session, CoordinationStatus.ACTIVE)).containsExactly(writing);
        assertThat(parts.inSession(session, CoordinationStatus.FAILED)).containsExactly(failed);
        assertThat(parts.inSession(session, CoordinationStatus.WAITING)).isEmpty();
    }

    @Test
    void largeSessionsReadAcrossPagesOldestFirst() {
        var session = CoordinationSessionId.of(UUID.randomUUID());
        List<AgentCoordination> saved = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            var part = AgentCoordination.begin(
                    id(), session, AgentType.values()[i % 4], "task " + i, List.of(), T0.plusSeconds(i % 5));
            parts.save(part);
            saved.add(part);
        }
        assertThat(parts.inSession(session))
                .containsExactlyElementsOf(saved.stream()
                        .sorted(AstraAgentCoordinations.OLDEST_FIRST)
                        .toList());
    }

    private static CoordinationId id() {
        return CoordinationId.of(UUID.randomUUID());
    }
}
