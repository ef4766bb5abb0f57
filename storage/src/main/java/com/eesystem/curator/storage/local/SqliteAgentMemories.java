package com.eesystem.curator.storage.local;

import com.eesystem.curator.domain.agent.AgentMemories;
import com.eesystem.curator.domain.agent.AgentMemory;
import com.eesystem.curator.domain.agent.AgentType;
import com.eesystem.curator.domain.agent.MemoryId;
import com.eesystem.curator.domain.agent.MemoryType;
import com.eesystem.curator.domain.embedding.Embedding;
import com.eesystem.curator.domain.embedding.ExactSearch;
import com.eesystem.curator.domain.embedding.Neighbor;
import com.eesystem.curator.domain.score.Score;
import com.eesystem.curator.domain.sync.ChangeOperation;
import com.eesystem.curator.storage.codec.JsonCodec;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Offline agent_memory with embeddings as BLOBs. Recall is an exact cosine scan of one agent's embedded
 * memories ({@link ExactSearch}): a desktop holds thousands of memories, not millions, so no ANN index.
 * A save is synced (an outbox row in the same transaction); expiry is not a change: every store drops
 * expired memories by itself.
 */
final class SqliteAgentMemories implements AgentMemories {

    static final String ENTITY = "agent_memory";

    private static final String COLUMNS = "id, agent_type, memory_type, memory_key, memory_content, embedding,"
            + " embedding_model, relevance_score, context_data, expires_at, created_at, updated_at";
    private static final String UNEXPIRED = "(expires_at IS NULL OR expires_at > ?)";
    private static final TypeReference<Map<String, String>> TEXT_MAP = new TypeReference<>() {};

    private final LocalDatabase database;
    private final Clock clock;
    private final OutboxWriter outbox;
    private final JsonCodec codec = JsonCodec.instance();

    SqliteAgentMemories(LocalDatabase database, Clock clock, OutboxWriter outbox) {
        this.database = database;
        this.clock = clock;
        this.outbox = outbox;
    }

    @Override
    public void save(AgentMemory memory) {
        database.write("saving agent memory " + memory.id(), connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT OR REPLACE INTO agent_memory ("
                    + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                upsert.setString(1, memory.id().value().toString());
                upsert.setString(2, memory.agentType().storedValue());
                upsert.setString(3, memory.memoryType().storedValue());
                upsert.setString(4, memory.memoryKey());
                upsert.setString(5, memory.memoryContent());
                if (memory.embedding().isPresent()) {
                    upsert.setBytes(6, EmbeddingBlobs.bytes(memory.embedding().get()));
                    upsert.setString(7, memory.embedding().get().model().value());
                } else {
                    upsert.setNull(6, Types.BLOB);
                    upsert.setNull(7, Types.VARCHAR);
                }
                upsert.setDouble(8, memory.relevanceScore().value());
                upsert.setString(9, codec.write(memory.contextData()));
                upsert.setString(10, Timestamps.text(memory.expiresAt().orElse(null)));
                upsert.setString(11, Timestamps.text(memory.createdAt()));
                upsert.setString(12, Timestamps.text(memory.updatedAt()));
                upsert.executeUpdate();
            }
            return outbox.append(
                    connection, ENTITY, memory.id().value().toString(), ChangeOperation.UPSERT, payload(memory));
        });
    }

    /** The memory's components as JSON (without the derived {@code permanent}, which readers refuse). */
    private String payload(AgentMemory memory) {
        ObjectNode node = codec.mapper().valueToTree(memory);
        node.remove("permanent");
        return codec.write(node);
    }

    @Override
    public Optional<AgentMemory> find(MemoryId id) {
        return select("reading agent memory " + id, "id = ?", List.of(id.value().toString()), "id").stream()
                .findFirst();
    }

    @Override
    public List<AgentMemory> byKey(AgentType agent, String memoryKey) {
        return select(
                "reading " + agent.storedValue() + " memories of " + memoryKey,
                "agent_type = ? AND memory_key = ?",
                List.of(agent.storedValue(), memoryKey),
                "created_at DESC, id");
    }

    @Override
    public List<Neighbor<AgentMemory>> recall(AgentType agent, Embedding query, int limit) {
        List<AgentMemory> candidates = select(
                "recalling " + agent.storedValue() + " memories",
                "agent_type = ? AND embedding IS NOT NULL",
                List.of(agent.storedValue()),
                "id");
        return ExactSearch.nearest(
                query, candidates, memory -> memory.embedding().orElseThrow(), memory -> true, limit);
    }

    @Override
    public int removeExpired() {
        String now = Timestamps.text(clock.instant());
        return database.write("removing expired agent memories", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM agent_memory WHERE expires_at IS NOT NULL AND expires_at <= ?")) {
                delete.setString(1, now);
                return delete.executeUpdate();
            }
        });
    }

    private List<AgentMemory> select(String doing, String where, List<String> values, String order) {
        String now = Timestamps.text(clock.instant());
        return database.read(doing, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM agent_memory WHERE " + where + " AND " + UNEXPIRED + " ORDER BY " + order)) {
                int index = 1;
                for (String value : values) {
                    select.setString(index++, value);
                }
                select.setString(index, now);
                List<AgentMemory> memories = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        memories.add(memory(rows));
                    }
                }
                return memories;
            }
        });
    }

    private AgentMemory memory(ResultSet row) throws SQLException {
        byte[] blob = row.getBytes(6);
        return new AgentMemory(
                MemoryId.parse(row.getString(1)),
                AgentType.fromStored(row.getString(2)),
                MemoryType.fromStored(row.getString(3)),
                row.getString(4),
                row.getString(5),
                blob == null
                        ? Optional.empty()
                        : Optional.of(EmbeddingBlobs.embedding("agent_memory.embedding", blob, row.getString(7))),
                new Score(row.getDouble(8)),
                codec.read(row.getString(9), TEXT_MAP),
                Optional.ofNullable(Timestamps.instant("agent_memory.expires_at", row.getString(10))),
                Timestamps.instant("agent_memory.created_at", row.getString(11)),
                Timestamps.instant("agent_memory.updated_at", row.getString(12)));
    }
}
