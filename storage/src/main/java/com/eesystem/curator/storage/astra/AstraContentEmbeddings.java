package com.eesystem.curator.storage.astra;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.data.CqlVector;
import com.eesystem.curator.domain.content.ComplianceStatus;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.embedding.ContentEmbedding;
import com.eesystem.curator.domain.embedding.ContentEmbeddingId;
import com.eesystem.curator.domain.embedding.ContentEmbeddings;
import com.eesystem.curator.domain.embedding.Embedding;
import com.eesystem.curator.domain.embedding.EmbeddingModelId;
import com.eesystem.curator.domain.embedding.EmbeddingSpace;
import com.eesystem.curator.domain.embedding.NearestQuery;
import com.eesystem.curator.domain.embedding.Neighbor;
import com.eesystem.curator.domain.embedding.VectorIndex;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.score.Score;
import com.eesystem.curator.storage.astra.TeamStoreException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * content_embeddings in the team store: idempotent upserts with the model id beside each vector, and
 * top-k ANN search (vector SAI, cosine) with optional SAI equality filters on content_type, platform
 * and compliance_status. Every statement is prepared once, here in the constructor.
 */
public final class AstraContentEmbeddings implements ContentEmbeddings, VectorIndex {

    private static final String COLUMNS = "id, content_type, platform, content_text, embedding, embedding_model,"
            + " metadata, brand_alignment_score, compliance_status, created_at, updated_at";
    /** Open-source Cassandra 5.0 rejects ANN reads above ONE/LOCAL_ONE; AstraDB accepts them as well. */
    static final ConsistencyLevel ANN_CONSISTENCY = ConsistencyLevel.LOCAL_ONE;

    private final CqlSession session;
    private final EmbeddingSpace space;
    private final PreparedStatement upsert;
    private final PreparedStatement find;
    private final PreparedStatement remove;
    /** One ANN statement per combination of filters (bit 0 type, bit 1 platform, bit 2 compliance status). */
    private final PreparedStatement[] nearest = new PreparedStatement[8];

    public AstraContentEmbeddings(CqlSession session, AstraSettings settings, EmbeddingSpace space) {
        if (space.dimension() != settings.vectorDimension()) {
            throw new TeamStoreException(
                    Reason.SCHEMA_MISMATCH,
                    "embedding model " + space.model() + " makes " + space.dimension() + "-dimension vectors, keyspace "
                            + settings.keyspace() + " stores " + settings.vectorDimension());
        }
        this.session = session;
        this.space = space;
        this.upsert = session.prepare(
                "INSERT INTO content_embeddings (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.find = session.prepare("SELECT " + COLUMNS + " FROM content_embeddings WHERE id = ?");
        this.remove = session.prepare("DELETE FROM content_embeddings WHERE id = ?");
        for (int filters = 0; filters < nearest.length; filters++) {
            List<String> where = new ArrayList<>();
            if ((filters & 1) != 0) {
                where.add("content_type = ?");
            }
            if ((filters & 2) != 0) {
                where.add("platform = ?");
            }
            if ((filters & 4) != 0) {
                where.add("compliance_status = ?");
            }
            nearest[filters] = session.prepare("SELECT " + COLUMNS
                    + ", similarity_cosine(embedding, ?) AS score FROM content_embeddings"
                    + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                    + " ORDER BY embedding ANN OF ? LIMIT ?");
        }
    }

    @Override
    public EmbeddingSpace space() {
        return space;
    }

    @Override
    public void upsert(ContentEmbedding embedding) {
        session.execute(bindUpsert(embedding));
    }

    /** The same write as {@link #upsert}, asynchronously (bulk loads keep many in flight). */
    public CompletionStage<Void> upsertAsync(ContentEmbedding embedding) {
        return session.executeAsync(bindUpsert(embedding)).thenApply(result -> null);
    }

    BoundStatement bindUpsert(ContentEmbedding embedding) {
        space.check(embedding.embedding());
        return upsert.bind(
                        embedding.id().value(),
                        embedding.contentType().storedValue(),
                        embedding.platform().storedValue(),
                        embedding.contentText(),
                        vector(embedding.embedding()),
                        embedding.embedding().model().value(),
                        embedding.metadata(),
                        embedding.brandAlignmentScore().asFloat(),
                        embedding.complianceStatus().storedValue(),
                        embedding.createdAt(),
                        embedding.updatedAt())
                .setIdempotent(true);
    }

    @Override
    public Optional<ContentEmbedding> find(ContentEmbeddingId id) {
        Row row = session.execute(find.bind(id.value()).setIdempotent(true)).one();
        return Optional.ofNullable(row).map(AstraContentEmbeddings::toEmbedding);
    }

    @Override
    public void remove(ContentEmbeddingId id) {
        session.execute(remove.bind(id.value()).setIdempotent(true));
    }

    @Override
    public List<Neighbor<ContentEmbedding>> nearest(NearestQuery query) {
        space.check(query.vector());
        int filters = (query.contentType().isPresent() ? 1 : 0)
                | (query.platform().isPresent() ? 2 : 0)
                | (query.complianceStatus().isPresent() ? 4 : 0);
        CqlVector<Float> vector = vector(query.vector());
        List<Object> values = new ArrayList<>();
        values.add(vector);
        query.contentType().ifPresent(type -> values.add(type.storedValue()));
        query.platform().ifPresent(platform -> values.add(platform.storedValue()));
        query.complianceStatus().ifPresent(status -> values.add(status.storedValue()));
        values.add(vector);
        values.add(query.limit());
        BoundStatement statement = nearest[filters]
                .bind(values.toArray())
                .setConsistencyLevel(ANN_CONSISTENCY)
                // ANN results cannot be paged: ask for all of them in one page
                .setPageSize(query.limit())
                .setIdempotent(true);
        List<Neighbor<ContentEmbedding>> neighbors = new ArrayList<>();
        for (Row row : session.execute(statement)) {
            // rows still carrying an older model's vector (a re-embedding in progress) are not comparable
            if (!space.model().value().equals(row.getString("embedding_model"))) {
                continue;
            }
            neighbors.add(new Neighbor<>(toEmbedding(row), cosine(row.getFloat("score"))));
        }
        return neighbors;
    }

    /** similarity_cosine reports (1 + cos) / 2 in [0, 1]; the domain speaks plain cosine in [-1, 1]. */
    static double cosine(float storeScore) {
        return Math.max(-1.0, Math.min(1.0, 2.0 * storeScore - 1.0));
    }

    /**
     * The spec stores scores as 32-bit FLOAT; widening 0.2f gives 0.20000000298…, so read back the
     * shortest decimal that the float stands for (0.2), which is the value that was written.
     */
    static double widen(float stored) {
        return Double.parseDouble(Float.toString(stored));
    }

    static CqlVector<Float> vector(Embedding embedding) {
        float[] components = embedding.vector();
        List<Float> values = new ArrayList<>(components.length);
        for (float component : components) {
            values.add(component);
        }
        return CqlVector.newInstance(values);
    }

    static float[] components(CqlVector<Float> vector) {
        float[] components = new float[vector.size()];
        for (int i = 0; i < components.length; i++) {
            components[i] = vector.get(i);
        }
        return components;
    }

    static ContentEmbedding toEmbedding(Row row) {
        CqlVector<Float> stored = row.getVector("embedding", Float.class);
        if (stored == null) {
            throw new IllegalStateException("content_embeddings.embedding: is null (id " + row.getUuid("id") + ")");
        }
        String model = row.getString("embedding_model");
        var rowSpace = new EmbeddingSpace(new EmbeddingModelId(model == null ? "unknown" : model), stored.size());
        return new ContentEmbedding(
                ContentEmbeddingId.of(row.getUuid("id")),
                ContentType.fromStored(row.getString("content_type")),
                Platform.fromStored(row.getString("platform")),
                row.getString("content_text"),
                rowSpace.embeddingOf(components(stored)),
                row.getMap("metadata", String.class, String.class),
                Score.of("content_embeddings.brand_alignment_score", widen(row.getFloat("brand_alignment_score"))),
                ComplianceStatus.fromStored(row.getString("compliance_status")),
                row.getInstant("created_at"),
                row.getInstant("updated_at"));
    }
}
