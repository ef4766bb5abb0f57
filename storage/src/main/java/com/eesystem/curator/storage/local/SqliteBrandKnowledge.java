package com.eesystem.curator.storage.local;

import com.eesystem.curator.domain.brand.BrandKnowledge;
import com.eesystem.curator.domain.brand.BrandKnowledgeBase;
import com.eesystem.curator.domain.brand.KnowledgeCategory;
import com.eesystem.curator.domain.brand.KnowledgeFilter;
import com.eesystem.curator.domain.brand.KnowledgeId;
import com.eesystem.curator.domain.brand.KnowledgeMatch;
import com.eesystem.curator.domain.brand.KnowledgeSave;
import com.eesystem.curator.domain.brand.KnowledgeStatus;
import com.eesystem.curator.domain.brand.KnowledgeType;
import com.eesystem.curator.domain.embedding.Embedding;
import com.eesystem.curator.domain.embedding.ExactSearch;
import com.eesystem.curator.domain.paging.Page;
import com.eesystem.curator.domain.paging.PageRequest;
import com.eesystem.curator.domain.score.Score;
import com.eesystem.curator.domain.stored.StoredEnum;
import com.eesystem.curator.domain.sync.ChangeOperation;
import com.eesystem.curator.storage.codec.JsonCodec;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Offline brand_knowledge with embeddings as float32 BLOBs (+ model id), so brand search and similarity
 * work without a network. The FTS5 index over it serves {@link LocalSearch#knowledge}; this port's keyword
 * search keeps the domain's meaning (every word occurs, scored by how much of the text the words cover).
 */
final class SqliteBrandKnowledge implements BrandKnowledgeBase {

    static final String ENTITY = "brand_knowledge";
    private static final String COLUMNS = "id, knowledge_type, title, content, embedding, embedding_model,"
            + " relevance_score, category, status, version, created_at, updated_at";

    private final LocalDatabase database;
    private final OutboxWriter outbox;
    private final JsonCodec codec = JsonCodec.instance();

    SqliteBrandKnowledge(LocalDatabase database, OutboxWriter outbox) {
        this.database = database;
        this.outbox = outbox;
    }

    @Override
    public KnowledgeSave save(BrandKnowledge knowledge) {
        return database.write("saving brand knowledge " + knowledge.id(), connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT version FROM brand_knowledge WHERE id = ?")) {
                select.setString(1, knowledge.id().toString());
                try (ResultSet row = select.executeQuery()) {
                    if (row.next() && row.getInt(1) > knowledge.version()) {
                        return new KnowledgeSave.StaleVersion(knowledge.id(), knowledge.version(), row.getInt(1));
                    }
                }
            }
            // an upsert, not a replace: the row keeps its row_id, which the full-text index points at
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO brand_knowledge (knowledge_type, title, content, embedding, embedding_model,
                      relevance_score, category, status, version, created_at, updated_at, id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET knowledge_type = excluded.knowledge_type, title = excluded.title,
                      content = excluded.content, embedding = excluded.embedding,
                      embedding_model = excluded.embedding_model, relevance_score = excluded.relevance_score,
                      category = excluded.category, status = excluded.status, version = excluded.version,
                      created_at = excluded.created_at, updated_at = excluded.updated_at
                    """)) {
                upsert.setString(1, knowledge.knowledgeType().storedValue());
                upsert.setString(2, knowledge.title());
                upsert.setString(3, knowledge.content());
                if (knowledge.embedding() != null) {
                    upsert.setBytes(4, EmbeddingBlobs.bytes(knowledge.embedding()));
                    upsert.setString(5, knowledge.embedding().model().value());
                } else {
                    upsert.setNull(4, Types.BLOB);
                    upsert.setNull(5, Types.VARCHAR);
                }
                upsert.setDouble(6, knowledge.relevanceScore().value());
                upsert.setString(7, knowledge.category().storedValue());
                upsert.setString(8, knowledge.status().storedValue());
                upsert.setInt(9, knowledge.version());
                upsert.setString(10, Timestamps.text(knowledge.createdAt()));
                upsert.setString(11, Timestamps.text(knowledge.updatedAt()));
                upsert.setString(12, knowledge.id().toString());
                upsert.executeUpdate();
            }
            outbox.append(
                    connection, ENTITY, knowledge.id().toString(), ChangeOperation.UPSERT, codec.write(knowledge));
            return new KnowledgeSave.Saved(knowledge);
        });
    }

    @Override
    public Optional<BrandKnowledge> find(KnowledgeId id) {
        return select("reading brand knowledge " + id, "id = ?", List.of(id.toString()), "id", 0, 0).stream()
                .findFirst();
    }

    @Override
    public Page<BrandKnowledge> list(KnowledgeFilter filter, PageRequest page) {
        long offset = page.cursor().map(Long::parseLong).orElse(0L);
        List<String> values = new ArrayList<>();
        String where = where(filter, values);
        List<BrandKnowledge> rows = select(
                "listing brand knowledge", where, values, "relevance_score DESC, title, id", page.size() + 1, offset);
        if (rows.size() > page.size()) {
            return new Page<>(rows.subList(0, page.size()), Optional.of(Long.toString(offset + page.size())));
        }
        return Page.last(rows);
    }

    @Override
    public List<KnowledgeMatch> search(String keywords, KnowledgeFilter filter, int limit) {
        List<String> words = keywords == null || keywords.isBlank()
                ? List.of()
                : Arrays.asList(keywords.strip().toLowerCase(Locale.ROOT).split("\\s+"));
        if (words.isEmpty()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        StringBuilder where = new StringBuilder(where(filter, values));
        for (String word : words) {
            // narrows in SQL (ASCII lower); the exact, Unicode-aware check and the score follow in Java
            where.append(" AND instr(lower(title || ' ' || content), ?) > 0");
            values.add(word);
        }
        return select("searching brand knowledge", where.toString(), values, "id", 0, 0).stream()
                .filter(knowledge -> words.stream().allMatch(haystack(knowledge)::contains))
                .map(knowledge -> new KnowledgeMatch(knowledge, new Score(coverage(haystack(knowledge), words))))
                .sorted(Comparator.comparing(
                                (KnowledgeMatch match) -> match.score().value())
                        .reversed()
                        .thenComparing(
                                match -> match.knowledge().relevanceScore().value(), Comparator.reverseOrder()))
                .limit(limit)
                .toList();
    }

    @Override
    public List<KnowledgeMatch> similarTo(Embedding query, KnowledgeFilter filter, int limit) {
        List<String> values = new ArrayList<>();
        String where = where(filter, values) + " AND embedding IS NOT NULL";
        List<BrandKnowledge> candidates = select("comparing brand knowledge", where, values, "id", 0, 0);
        return ExactSearch.nearest(query, candidates, BrandKnowledge::embedding, knowledge -> true, limit).stream()
                .map(neighbor -> KnowledgeMatch.fromCosine(neighbor.item(), neighbor.similarity()))
                .toList();
    }

    private static String haystack(BrandKnowledge knowledge) {
        return (knowledge.title() + " " + knowledge.content()).toLowerCase(Locale.ROOT);
    }

    /** The share of the text's characters covered by occurrences of the words, 0..1. */
    private static double coverage(String text, List<String> words) {
        long covered = 0;
        for (String word : words) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
                covered += word.length();
            }
        }
        return Math.min(1.0, (double) covered / Math.max(1, text.length()));
    }

    private static String where(KnowledgeFilter filter, List<String> values) {
        List<String> conditions = new ArrayList<>(List.of("1 = 1"));
        addIn(conditions, values, "knowledge_type", filter.types());
        addIn(conditions, values, "category", filter.categories());
        addIn(conditions, values, "status", filter.statuses());
        return String.join(" AND ", conditions);
    }

    private static void addIn(
            List<String> conditions, List<String> values, String column, Collection<? extends StoredEnum> constants) {
        if (constants.isEmpty()) {
            return;
        }
        conditions.add(column + " IN (" + constants.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")");
        constants.stream().map(StoredEnum::storedValue).sorted().forEach(values::add);
    }

    private List<BrandKnowledge> select(
            String doing, String where, List<String> values, String order, int limit, long offset) {
        String sql = "SELECT " + COLUMNS + " FROM brand_knowledge WHERE " + where + " ORDER BY " + order
                + (limit > 0 ? " LIMIT ? OFFSET ?" : "");
        return database.read(doing, connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int index = 1;
                for (String value : values) {
                    select.setString(index++, value);
                }
                if (limit > 0) {
                    select.setInt(index++, limit);
                    select.setLong(index, offset);
                }
                List<BrandKnowledge> rows = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        rows.add(knowledge(row));
                    }
                }
                return rows;
            }
        });
    }

    private BrandKnowledge knowledge(ResultSet row) throws SQLException {
        byte[] blob = row.getBytes(5);
        return new BrandKnowledge(
                KnowledgeId.parse(row.getString(1)),
                StoredEnum.parse(KnowledgeType.class, "brand_knowledge.knowledge_type", row.getString(2)),
                row.getString(3),
                row.getString(4),
                blob == null ? null : EmbeddingBlobs.embedding("brand_knowledge.embedding", blob, row.getString(6)),
                new Score(row.getDouble(7)),
                StoredEnum.parse(KnowledgeCategory.class, "brand_knowledge.category", row.getString(8)),
                StoredEnum.parse(KnowledgeStatus.class, "brand_knowledge.status", row.getString(9)),
                row.getInt(10),
                Timestamps.instant("brand_knowledge.created_at", row.getString(11)),
                Timestamps.instant("brand_knowledge.updated_at", row.getString(12)));
    }
}
