package com.eesystem.curator.storage.astra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.eesystem.curator.domain.agent.AgentCoordination;
import com.eesystem.curator.domain.agent.AgentCoordinations;
import com.eesystem.curator.domain.agent.AgentType;
import com.eesystem.curator.domain.agent.CoordinationId;
import com.eesystem.curator.domain.agent.CoordinationSessionId;
import com.eesystem.curator.domain.agent.CoordinationStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * agent_coordination in the team store. A save writes the part's whole state after a lifecycle move
 * (idempotent); a session's parts are found through the SAI index on session_id, with status as a second
 * SAI equality when asked for.
 */
public final class AstraAgentCoordinations implements AgentCoordinations {

    static final String COLUMNS = "id, session_id, agent_type, task_description, status, dependencies, results,"
            + " coordination_data, started_at, completed_at, created_at";
    /** Oldest first, ties by id. */
    static final Comparator<AgentCoordination> OLDEST_FIRST = Comparator.comparing(AgentCoordination::createdAt)
            .thenComparing(part -> part.id().value().toString());

    private final CqlSession session;
    private final AstraSettings settings;
    private final PreparedStatement upsert;
    private final PreparedStatement find;
    private final PreparedStatement inSession;
    private final PreparedStatement inSessionWithStatus;

    public AstraAgentCoordinations(CqlSession session, AstraSettings settings) {
        this.session = session;
        this.settings = settings;
        upsert = session.prepare(
                "INSERT INTO agent_coordination (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        find = session.prepare("SELECT " + COLUMNS + " FROM agent_coordination WHERE id = ?");
        inSession = session.prepare("SELECT " + COLUMNS + " FROM agent_coordination WHERE session_id = ?");
        inSessionWithStatus =
                session.prepare("SELECT " + COLUMNS + " FROM agent_coordination WHERE session_id = ? AND status = ?");
    }

    @Override
    public void save(AgentCoordination part) {
        session.execute(upsert.bind(
                        part.id().value(),
                        part.sessionId().value(),
                        part.agentType().storedValue(),
                        part.taskDescription(),
                        part.status().storedValue(),
                        part.dependencies().stream().map(CoordinationId::value).toList(),
                        part.results().orElse(null),
                        part.coordinationData(),
                        part.startedAt().orElse(null),
                        part.completedAt().orElse(null),
                        part.createdAt())
                .setIdempotent(true));
    }

    @Override
    public Optional<AgentCoordination> find(CoordinationId id) {
        Row row = session.execute(find.bind(id.value()).setIdempotent(true)).one();
        return Optional.ofNullable(row).map(AstraAgentCoordinations::toPart);
    }

    @Override
    public List<AgentCoordination> inSession(CoordinationSessionId sessionId) {
        return read(inSession.bind(sessionId.value()));
    }

    @Override
    public List<AgentCoordination> inSession(CoordinationSessionId sessionId, CoordinationStatus status) {
        return read(inSessionWithStatus.bind(sessionId.value(), status.storedValue()));
    }

    private List<AgentCoordination> read(BoundStatement statement) {
        List<AgentCoordination> parts = new ArrayList<>();
        for (Row row :
                session.execute(statement.setPageSize(settings.pageSize()).setIdempotent(true))) {
            parts.add(toPart(row));
        }
        parts.sort(OLDEST_FIRST);
        return parts;
    }

    static AgentCoordination toPart(Row row) {
        return new AgentCoordination(
                CoordinationId.of(row.getUuid("id")),
                CoordinationSessionId.of(row.getUuid("session_id")),
                AgentType.fromStored(row.getString("agent_type")),
                row.getString("task_description"),
                CoordinationStatus.fromStored(row.getString("status")),
                row.getList("dependencies", UUID.class).stream()
                        .map(CoordinationId::of)
                        .toList(),
                Optional.ofNullable(row.getString("results")),
                row.getMap("coordination_data", String.class, String.class),
                Optional.ofNullable(row.getInstant("started_at")),
                Optional.ofNullable(row.getInstant("completed_at")),
                row.getInstant("created_at"));
    }
}
