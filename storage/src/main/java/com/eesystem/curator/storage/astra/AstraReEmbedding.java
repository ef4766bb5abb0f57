package com.eesystem.curator.storage.astra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.eesystem.curator.domain.embedding.EmbeddingModel;
import com.eesystem.curator.storage.astra.TeamStoreException.Reason;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * The migration path when the embedding model changes: every vector whose embedding_model is not the
 * new model's id is recomputed from its row's text and written back with the new id. Rows are read in
 * pages, so the run is safe to stop and start again: rows already carrying the new id are skipped.
 * While it runs, ANN search skips rows of the old model (their vectors are not comparable).
 *
 * <p>A model of another dimension cannot share the keyspace (the vector type is fixed when the table
 * is created): create a keyspace for the new dimension, import an export into it, then run this there.
 */
public final class AstraReEmbedding {

    /** The vector tables and the column holding each one's text. */
    static final Map<String, String> TEXT_COLUMNS = textColumns();

    private final CqlSession session;
    private final AstraSettings settings;
    private final EmbeddingModel model;
    private final Clock clock;

    public AstraReEmbedding(CqlSession session, AstraSettings settings, EmbeddingModel model, Clock clock) {
        if (model.space().dimension() != settings.vectorDimension()) {
            throw new TeamStoreException(
                    Reason.SCHEMA_MISMATCH,
                    "model " + model.space().model() + " makes " + model.space().dimension() + "-dimension vectors;"
                            + " keyspace " + settings.keyspace() + " stores " + settings.vectorDimension()
                            + ": create a keyspace for the new dimension, import an export into it and re-embed there");
        }
        this.session = session;
        this.settings = settings;
        this.model = model;
        this.clock = clock;
    }

    /** Re-embeds every stale row of every vector table; returns rows re-embedded per table. */
    public Map<String, Long> run(BooleanSupplier cancelled) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (var table : TEXT_COLUMNS.entrySet()) {
            counts.put(table.getKey(), reEmbed(table.getKey(), table.getValue(), cancelled));
        }
        return counts;
    }

    long reEmbed(String table, String textColumn, BooleanSupplier cancelled) {
        // identifiers come from the fixed TEXT_COLUMNS map above, never from input
        PreparedStatement scan = session.prepare("SELECT id, " + textColumn + ", embedding_model FROM " + table);
        PreparedStatement update = session.prepare(
                "UPDATE " + table + " SET embedding = ?, embedding_model = ?, updated_at = ? WHERE id = ?");
        String target = model.space().model().value();
        long count = 0;
        for (Row row : session.execute(scan.bind().setPageSize(settings.pageSize()))) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            String text = row.getString(textColumn);
            if (target.equals(row.getString("embedding_model")) || text == null || text.isBlank()) {
                continue;
            }
            UUID id = row.getUuid("id");
            var embedding = model.embed(text);
            session.execute(update.bind(AstraContentEmbeddings.vector(embedding), target, clock.instant(), id)
                    .setIdempotent(true));
            count++;
        }
        return count;
    }

    private static Map<String, String> textColumns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("content_embeddings", "content_text");
        columns.put("brand_knowledge", "content");
        columns.put("agent_memory", "memory_content");
        return java.util.Collections.unmodifiableMap(columns);
    }
}
