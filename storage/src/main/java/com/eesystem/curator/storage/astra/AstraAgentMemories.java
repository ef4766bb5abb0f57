package com.eesystem.curator.storage.astra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.data.CqlVector;
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
import com.eesystem.curator.storage.astra.TeamStoreException.Reason;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * agent_memory in the team store. Saves replace the row (idempotent). Expiry is judged by the adapter's
 * clock, like the local store, rather than by a Cassandra TTL: a TTL would follow the server's clock and
 * could drop a memory a desktop still considers valid. {@link #removeExpired} finds expired rows through
 * the SAI index on expires_at and deletes them by id. Recall is vector ANN restricted to the agent type and
 * the query's model (SAI), over-fetching so expired rows left out still leave {@code limit} hits.
 */
public final class AstraAgentMemories implements AgentMemories {

    static final String COLUMNS = "id, agent_type, memory_type, memory_key, memory_content, embedding,"
            + " embedding_model, relevance_score, context_data, expires_at, created_at, updated_at";
    private static final int OVERFETCH = 4;

    private final CqlSession session;
    private final AstraSettings settings;
    private final EmbeddingSpace space;
    private final Clock clock;
    private final PreparedStatement upsert;
    private final PreparedStatement find;
    private final PreparedStatement byKey;
    private final PreparedStatement nearest;
    private final PreparedStatement expired;
    private final PreparedStatement delete;

    public AstraAgentMemories(CqlSession session, AstraSettings settings, EmbeddingSpace space, Clock clock) {
        if (space.dimension() != settings.vectorDimension()) {
            throw new TeamStoreException(
                    Reason.SCHEMA_MISMATCH,
                    "embedding model " + space.model() + " makes " + space.dimension() + "-dimension vectors, keyspace "
                            + settings.keyspace() + " stores " + settings.vectorDimension());
        }
        this.session = session;
        this.settings = settings;
        this.space = space;
        this.clock = clock;
        upsert = session.prepare(
                "INSERT INTO agent_memory (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        find = session.prepare("SELECT " + COLUMNS + " FROM agent_memory WHERE id = ?");
        byKey = session.prepare("SELECT " + COLUMNS + " FROM agent_memory WHERE agent_type = ? AND memory_key = ?");
        nearest = session.prepare("SELECT " + COLUMNS + ", similarity_cosine(embedding, ?) AS score FROM agent_memory"
                + " WHERE agent_type = ? AND embedding_model = ? ORDER BY embedding ANN OF ? LIMIT ?");
        expired = session.prepare("SELECT id FROM agent_memory WHERE expires_at <= ?");
        delete = session.prepare("DELETE FROM agent_memory WHERE id = ?");
    }

    @Override
    public void save(AgentMemory memory) {
        memory.embedding().ifPresent(space::check);
        session.execute(upsert.bind(
                        memory.id().value(),
                        memory.agentType().storedValue(),
                        memory.memoryType().storedValue(),
                        memory.memoryKey(),
                        memory.memoryContent(),
                        memory.embedding().map(AstraContentEmbeddings::vector).orElse(null),
                        memory.embedding()
                                .map(embedding -> embedding.model().value())
                                .orElse(null),
                        memory.relevanceScore().asFloat(),
                        memory.contextData(),
                        memory.expiresAt().orElse(null),
                        memory.createdAt(),
                        memory.updatedAt())
                .setIdempotent(true));
    }

    @Override
    public Optional<AgentMemory> find(MemoryId id) {
        Row row = session.execute(find.bind(id.value()).setIdempotent(true)).one();
        Instant now = clock.instant();
        return Optional.ofNullable(row).map(AstraAgentMemories::toMemory).filter(memory -> !memory.isExpiredAt(now));
    }

    @Override
    public List<AgentMemory> byKey(AgentType agent, String memoryKey) {
        Instant now = clock.instant();
        List<AgentMemory> memories = new ArrayList<>();
        for (Row row : session.execute(byKey.bind(agent.storedValue(), memoryKey)
                .setPageSize(settings.pageSize())
                .setIdempotent(true))) {
            AgentMemory memory = toMemory(row);
            if (!memory.isExpiredAt(now)) {
                memories.add(memory);
            }
        }
        memories.sort(Comparator.comparing(AgentMemory::createdAt, Comparator.reverseOrder())
                .thenComparing(memory -> memory.id().value().toString()));
        return memories;
    }

    @Override
    public List<Neighbor<AgentMemory>> recall(AgentType agent, Embedding query, int limit) {
        space.check(query);
        if (limit < 1) {
            throw new IllegalArgumentException("limit: " + limit + " is not positive");
        }
        int fetch = Math.min(1000, limit * OVERFETCH);
        CqlVector<Float> vector = AstraContentEmbeddings.vector(query);
        BoundStatement statement = nearest.bind(
                        vector, agent.storedValue(), space.model().value(), vector, fetch)
                .setConsistencyLevel(AstraContentEmbeddings.ANN_CONSISTENCY)
                .setPageSize(fetch)
                .setIdempotent(true);
        Instant now = clock.instant();
        List<Neighbor<AgentMemory>> neighbors = new ArrayList<>();
        for (Row row : session.execute(statement)) {
            if (neighbors.size() == limit) {
                break;
            }
            AgentMemory memory = toMemory(row);
            if (!memory.isExpiredAt(now)) {
                neighbors.add(new Neighbor<>(memory, AstraContentEmbeddings.cosine(row.getFloat("score"))));
            }
        }
        return neighbors;
    }

    @Override
    public int removeExpired() {
        List<UUID> ids = new ArrayList<>();
        for (Row row : session.execute(
                expired.bind(clock.instant()).setPageSize(settings.pageSize()).setIdempotent(true))) {
            ids.add(row.getUuid("id"));
        }
        CompletableFuture.allOf(ids.stream()
                        .map(id -> session.executeAsync(delete.bind(id).setIdempotent(true))
                                .toCompletableFuture())
                        .toArray(CompletableFuture[]::new))
                .join();
        return ids.size();
    }

    static AgentMemory toMemory(Row row) {
        CqlVector<Float> stored = row.getVector("embedding", Float.class);
        Optional<Embedding> embedding = Optional.empty();
        if (stored != null) {
            String model = row.getString("embedding_model");
            embedding = Optional.of(
                    new EmbeddingSpace(new EmbeddingModelId(model == null ? "unknown" : model), stored.size())
                            .embeddingOf(AstraContentEmbeddings.components(stored)));
        }
        return new AgentMemory(
                MemoryId.of(row.getUuid("id")),
                AgentType.fromStored(row.getString("agent_type")),
                MemoryType.fromStored(row.getString("memory_type")),
                row.getString("memory_key"),
                row.getString("memory_content"),
                embedding,
                Score.of("agent_memory.relevance_score", AstraContentEmbeddings.widen(row.getFloat("relevance_score"))),
                row.getMap("context_data", String.class, String.class),
                Optional.ofNullable(row.getInstant("expires_at")),
                row.getInstant("created_at"),
                row.getInstant("updated_at"));
    }
}
