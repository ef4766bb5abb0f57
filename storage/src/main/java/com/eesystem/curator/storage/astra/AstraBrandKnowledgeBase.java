package com.eesystem.curator.storage.astra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.data.CqlVector;
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
import com.eesystem.curator.domain.embedding.EmbeddingModelId;
import com.eesystem.curator.domain.embedding.EmbeddingSpace;
import com.eesystem.curator.domain.paging.Page;
import com.eesystem.curator.domain.paging.PageRequest;
import com.eesystem.curator.domain.score.Score;
import com.eesystem.curator.storage.astra.TeamStoreException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * brand_knowledge in the team store. Versions only go up: a save is a lightweight transaction ({@code IF
 * NOT EXISTS}, then {@code IF version <= ?}), so an older version arriving late is reported, never
 * written. Listings and keyword search read in driver pages with the filter's single values as SAI
 * equalities and finish in Java (Cassandra has no ORDER BY on a non-clustering column, and open-source
 * SAI no full-text match); semantic search is vector ANN (cosine SAI) restricted to the query's model
 * (V005's SAI on embedding_model) and the same SAI filters.
 */
public final class AstraBrandKnowledgeBase implements BrandKnowledgeBase {

    static final String COLUMNS = "id, knowledge_type, title, content, embedding, embedding_model, relevance_score,"
            + " category, status, version, created_at, updated_at";
    /** ANN asks for this many candidates per wanted hit when a filter has to be finished in Java. */
    private static final int OVERFETCH = 4;

    /** Most relevant first, then title and id: the local store's listing order. */
    record Key(float relevance, String title, String id) {
        static Key of(BrandKnowledge knowledge) {
            return new Key(
                    knowledge.relevanceScore().asFloat(),
                    knowledge.title(),
                    knowledge.id().value().toString());
        }

        String encode() {
            String text = Float.floatToIntBits(relevance) + "|" + id + "|" + title;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }

        static Key decode(String cursor) {
            try {
                String[] parts =
                        new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 3);
                UUID.fromString(parts[1]);
                return new Key(Float.intBitsToFloat(Integer.parseInt(parts[0])), parts[2], parts[1]);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(
                        "page cursor: \"" + cursor + "\" did not come from a brand knowledge listing", e);
            }
        }
    }

    static final Comparator<Key> ORDER = Comparator.comparing(Key::relevance, Comparator.reverseOrder())
            .thenComparing(Key::title)
            .thenComparing(Key::id);

    private final CqlSession session;
    private final AstraSettings settings;
    private final EmbeddingSpace space;
    private final PreparedStatement insertNew;
    private final PreparedStatement replaceOlder;
    private final PreparedStatement find;
    /** bit 0 knowledge_type, bit 1 category, bit 2 status. */
    private final PreparedStatement[] filtered = new PreparedStatement[8];

    private final PreparedStatement[] nearest = new PreparedStatement[8];

    public AstraBrandKnowledgeBase(CqlSession session, AstraSettings settings, EmbeddingSpace space) {
        if (space.dimension() != settings.vectorDimension()) {
            throw new TeamStoreException(
                    Reason.SCHEMA_MISMATCH,
                    "embedding model " + space.model() + " makes " + space.dimension() + "-dimension vectors, keyspace "
                            + settings.keyspace() + " stores " + settings.vectorDimension());
        }
        this.session = session;
        this.settings = settings;
        this.space = space;
        insertNew = session.prepare("INSERT INTO brand_knowledge (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) IF NOT EXISTS");
        replaceOlder = session.prepare("UPDATE brand_knowledge SET knowledge_type = ?, title = ?, content = ?,"
                + " embedding = ?, embedding_model = ?, relevance_score = ?, category = ?, status = ?, version = ?,"
                + " created_at = ?, updated_at = ? WHERE id = ? IF version <= ?");
        find = session.prepare("SELECT " + COLUMNS + " FROM brand_knowledge WHERE id = ?");
        for (int filters = 0; filters < filtered.length; filters++) {
            String where = where(filters);
            filtered[filters] = session.prepare(
                    "SELECT " + COLUMNS + " FROM brand_knowledge" + (where.isEmpty() ? "" : " WHERE " + where));
            nearest[filters] = session.prepare("SELECT " + COLUMNS
                    + ", similarity_cosine(embedding, ?) AS score FROM brand_knowledge WHERE embedding_model = ?"
                    + (where.isEmpty() ? "" : " AND " + where)
                    + " ORDER BY embedding ANN OF ? LIMIT ?");
        }
    }

    private static String where(int filters) {
        List<String> where = new ArrayList<>();
        if ((filters & 1) != 0) {
            where.add("knowledge_type = ?");
        }
        if ((filters & 2) != 0) {
            where.add("category = ?");
        }
        if ((filters & 4) != 0) {
            where.add("status = ?");
        }
        return String.join(" AND ", where);
    }

    @Override
    public KnowledgeSave save(BrandKnowledge knowledge) {
        knowledge.embeddingIfComputed().ifPresent(space::check);
        CqlVector<Float> vector = knowledge
                .embeddingIfComputed()
                .map(AstraContentEmbeddings::vector)
                .orElse(null);
        String model = knowledge
                .embeddingIfComputed()
                .map(embedding -> embedding.model().value())
                .orElse(null);
        Row inserted = session.execute(insertNew.bind(
                        knowledge.id().value(),
                        knowledge.knowledgeType().storedValue(),
                        knowledge.title(),
                        knowledge.content(),
                        vector,
                        model,
                        knowledge.relevanceScore().asFloat(),
                        knowledge.category().storedValue(),
                        knowledge.status().storedValue(),
                        knowledge.version(),
                        knowledge.createdAt(),
                        knowledge.updatedAt()))
                .one();
        if (inserted.getBoolean("[applied]")) {
            return new KnowledgeSave.Saved(knowledge);
        }
        Row replaced = session.execute(replaceOlder.bind(
                        knowledge.knowledgeType().storedValue(),
                        knowledge.title(),
                        knowledge.content(),
                        vector,
                        model,
                        knowledge.relevanceScore().asFloat(),
                        knowledge.category().storedValue(),
                        knowledge.status().storedValue(),
                        knowledge.version(),
                        knowledge.createdAt(),
                        knowledge.updatedAt(),
                        knowledge.id().value(),
                        knowledge.version()))
                .one();
        if (replaced.getBoolean("[applied]")) {
            return new KnowledgeSave.Saved(knowledge);
        }
        int stored = replaced.isNull("version") ? 0 : replaced.getInt("version");
        return new KnowledgeSave.StaleVersion(knowledge.id(), knowledge.version(), stored);
    }

    @Override
    public Optional<BrandKnowledge> find(KnowledgeId id) {
        Row row = session.execute(find.bind(id.value()).setIdempotent(true)).one();
        return Optional.ofNullable(row).map(AstraBrandKnowledgeBase::toKnowledge);
    }

    @Override
    public Page<BrandKnowledge> list(KnowledgeFilter filter, PageRequest page) {
        var window =
                new KeysetWindow<>(ORDER, Key::of, page.size(), page.cursor().map(Key::decode));
        for (Row row : session.execute(filteredRead(filter))) {
            BrandKnowledge knowledge = toKnowledge(row);
            if (filter.matches(knowledge)) {
                window.offer(knowledge);
            }
        }
        return window.page(Key::encode);
    }

    @Override
    public List<KnowledgeMatch> search(String keywords, KnowledgeFilter filter, int limit) {
        List<String> words = keywords == null || keywords.isBlank()
                ? List.of()
                : Arrays.asList(keywords.strip().toLowerCase(Locale.ROOT).split("\\s+"));
        if (words.isEmpty()) {
            return List.of();
        }
        List<KnowledgeMatch> matches = new ArrayList<>();
        for (Row row : session.execute(filteredRead(filter))) {
            BrandKnowledge knowledge = toKnowledge(row);
            String text = haystack(knowledge);
            if (filter.matches(knowledge) && words.stream().allMatch(text::contains)) {
                matches.add(new KnowledgeMatch(knowledge, new Score(coverage(text, words))));
            }
        }
        return matches.stream()
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
        space.check(query);
        if (limit < 1) {
            throw new IllegalArgumentException("limit: " + limit + " is not positive");
        }
        int filters = singleValues(filter);
        // a filter with several values per field is finished in Java: ask for more candidates
        int fetch = filters == fullMask(filter) ? limit : Math.min(1000, limit * OVERFETCH);
        CqlVector<Float> vector = AstraContentEmbeddings.vector(query);
        List<Object> values = new ArrayList<>();
        values.add(vector);
        values.add(space.model().value());
        values.addAll(singleValueBindings(filter));
        values.add(vector);
        values.add(fetch);
        BoundStatement statement = nearest[filters]
                .bind(values.toArray())
                .setConsistencyLevel(AstraContentEmbeddings.ANN_CONSISTENCY)
                .setPageSize(fetch)
                .setIdempotent(true);
        List<KnowledgeMatch> matches = new ArrayList<>();
        for (Row row : session.execute(statement)) {
            BrandKnowledge knowledge = toKnowledge(row);
            if (filter.matches(knowledge) && matches.size() < limit) {
                // similarity_cosine is already (1 + cos) / 2, the score KnowledgeMatch speaks
                matches.add(new KnowledgeMatch(
                        knowledge, new Score(Math.max(0.0, Math.min(1.0, row.getFloat("score"))))));
            }
        }
        return matches;
    }

    private BoundStatement filteredRead(KnowledgeFilter filter) {
        return filtered[singleValues(filter)]
                .bind(singleValueBindings(filter).toArray())
                .setPageSize(settings.pageSize())
                .setIdempotent(true);
    }

    /** Which fields the cluster can filter: those with exactly one wanted value (SAI has no IN here). */
    private static int singleValues(KnowledgeFilter filter) {
        return (filter.types().size() == 1 ? 1 : 0)
                | (filter.categories().size() == 1 ? 2 : 0)
                | (filter.statuses().size() == 1 ? 4 : 0);
    }

    private static int fullMask(KnowledgeFilter filter) {
        return (filter.types().isEmpty() ? 0 : 1)
                | (filter.categories().isEmpty() ? 0 : 2)
                | (filter.statuses().isEmpty() ? 0 : 4);
    }

    private static List<Object> singleValueBindings(KnowledgeFilter filter) {
        List<Object> values = new ArrayList<>();
        only(filter.types()).ifPresent(type -> values.add(type.storedValue()));
        only(filter.categories()).ifPresent(category -> values.add(category.storedValue()));
        only(filter.statuses()).ifPresent(status -> values.add(status.storedValue()));
        return values;
    }

    private static <E> Optional<E> only(Set<E> values) {
        return values.size() == 1 ? Optional.of(values.iterator().next()) : Optional.empty();
    }

    private static String haystack(BrandKnowledge knowledge) {
        return (knowledge.title() + " " + knowledge.content()).toLowerCase(Locale.ROOT);
    }

    /** The share of the text's characters covered by occurrences of the words, 0..1 (as the local store). */
    private static double coverage(String text, List<String> words) {
        long covered = 0;
        for (String word : words) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
                covered += word.length();
            }
        }
        return Math.min(1.0, (double) covered / Math.max(1, text.length()));
    }

    static BrandKnowledge toKnowledge(Row row) {
        CqlVector<Float> stored = row.getVector("embedding", Float.class);
        Embedding embedding = null;
        if (stored != null) {
            String model = row.getString("embedding_model");
            embedding = new EmbeddingSpace(new EmbeddingModelId(model == null ? "unknown" : model), stored.size())
                    .embeddingOf(AstraContentEmbeddings.components(stored));
        }
        return new BrandKnowledge(
                new KnowledgeId(row.getUuid("id")),
                KnowledgeType.fromStored(row.getString("knowledge_type")),
                row.getString("title"),
                row.getString("content"),
                embedding,
                Score.of(
                        "brand_knowledge.relevance_score",
                        AstraContentEmbeddings.widen(row.getFloat("relevance_score"))),
                KnowledgeCategory.fromStored(row.getString("category")),
                KnowledgeStatus.fromStored(row.getString("status")),
                row.getInt("version"),
                row.getInstant("created_at"),
                row.getInstant("updated_at"));
    }
}
