package com.eesystem.curator.storage.astra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.datastax.oss.driver.api.core.CqlSession;
import com.eesystem.curator.domain.content.ComplianceStatus;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.embedding.ContentEmbedding;
import com.eesystem.curator.domain.embedding.ContentEmbeddingId;
import com.eesystem.curator.domain.embedding.Embedding;
import com.eesystem.curator.domain.embedding.EmbeddingModel;
import com.eesystem.curator.domain.embedding.EmbeddingModelId;
import com.eesystem.curator.domain.embedding.EmbeddingSpace;
import com.eesystem.curator.domain.embedding.EmbeddingSpaceMismatch;
import com.eesystem.curator.domain.embedding.ExactSearch;
import com.eesystem.curator.domain.embedding.HashingEmbeddingModel;
import com.eesystem.curator.domain.embedding.NearestQuery;
import com.eesystem.curator.domain.embedding.Neighbor;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.score.Score;
import com.eesystem.curator.testsupport.CassandraServerExtension;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** content_embeddings on the real Cassandra: upsert, find, remove, ANN with every filter, re-embedding. */
@ExtendWith({CassandraServerExtension.class, TeamKeyspace.class})
class AstraContentEmbeddingsIT {

    /** The re-embedding test's own keyspace: re-embedding rewrites every vector table of a keyspace. */
    private static final String REEMBED_KEYSPACE =
            TestCassandra.keyspaceFor(AstraContentEmbeddingsIT.class) + "_reembed";

    private static final EmbeddingModel MODEL = new HashingEmbeddingModel();
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final List<String> TOPICS = List.of(
            "morning grounding routine for calm focus",
            "evening wind down with breathing exercise",
            "testimonial from a wellness center visitor",
            "energy enhancement session behind the scenes",
            "frequently asked questions about the device",
            "brand story of the founders and their mission",
            "tips for better sleep hygiene at home",
            "community event announcement this weekend");

    private static CqlSession admin;
    private static CqlSession session;
    private static AstraSettings settings;
    private static AstraContentEmbeddings store;
    private static final List<ContentEmbedding> rows = new ArrayList<>();

    @BeforeAll
    static void loadRows(TeamKeyspace.Shared shared) {
        shared.truncate("content_embeddings");
        admin = TestCassandra.session(shared.server());
        settings = shared.settings();
        session = shared.session();
        store = new AstraContentEmbeddings(session, settings, MODEL.space());
        var random = new Random(11);
        ContentType[] types = ContentType.values();
        Platform[] platforms = Platform.values();
        ComplianceStatus[] statuses = ComplianceStatus.values();
        for (int i = 0; i < 240; i++) {
            String text = TOPICS.get(i % TOPICS.size()) + " variant " + i + " " + random.nextInt(1000);
            rows.add(new ContentEmbedding(
                    ContentEmbeddingId.of(UUID.randomUUID()),
                    types[i % types.length],
                    platforms[i % platforms.length],
                    text,
                    MODEL.embed(text),
                    Map.of("source", "it", "n", Integer.toString(i)),
                    Score.of("brand_alignment_score", (i % 10) / 10.0),
                    statuses[i % statuses.length],
                    NOW,
                    NOW));
        }
        // 32 in flight at a time: 5.0.8 serialises vector inserts, a loaded server times out on 240 at once
        for (int from = 0; from < rows.size(); from += 32) {
            rows.subList(from, Math.min(rows.size(), from + 32)).stream()
                    .map(store::upsertAsync)
                    .toList()
                    .forEach(write -> write.toCompletableFuture().join());
        }
    }

    @AfterAll
    static void closeAdmin() {
        admin.close();
    }

    @Test
    void upsertIsIdempotentAndFindReturnsEveryColumnAndRemoveDeletes() {
        ContentEmbedding row = rows.get(5);
        store.upsert(row);
        store.upsert(row);
        assertThat(store.find(row.id())).hasValue(row);
        assertThat(session.execute("SELECT count(*) FROM content_embeddings")
                        .one()
                        .getLong(0))
                .isEqualTo(rows.size());

        var extra = new ContentEmbedding(
                ContentEmbeddingId.of(UUID.randomUUID()),
                ContentType.QUOTE,
                Platform.TIKTOK,
                "a quote to remove",
                MODEL.embed("a quote to remove"),
                Map.of(),
                Score.ONE,
                ComplianceStatus.PENDING,
                NOW,
                NOW);
        store.upsert(extra);
        assertThat(store.find(extra.id())).isPresent();
        store.remove(extra.id());
        store.remove(extra.id());
        assertThat(store.find(extra.id())).isEmpty();
    }

    @Test
    void nearestFindsTheStoredVectorFirstWithCosineOneAndAgreesWithExactSearch() {
        ContentEmbedding probe = rows.get(17);
        List<Neighbor<ContentEmbedding>> found = store.nearest(NearestQuery.topK(probe.embedding(), 10));

        assertThat(found).hasSize(10);
        assertThat(found.getFirst().item()).isEqualTo(probe);
        assertThat(found.getFirst().similarity()).isCloseTo(1.0, within(1e-5));
        assertThat(found).extracting(Neighbor::similarity).isSortedAccordingTo((a, b) -> Double.compare(b, a));

        var exact = ExactSearch.nearest(NearestQuery.topK(probe.embedding(), 10), rows);
        long overlap = found.stream()
                .filter(neighbor -> exact.stream()
                        .anyMatch(e -> e.item().id().equals(neighbor.item().id())))
                .count();
        assertThat(overlap).as("recall@10 against brute force over 240 rows").isGreaterThanOrEqualTo(9);
        for (Neighbor<ContentEmbedding> neighbor : found) {
            assertThat(neighbor.similarity())
                    .isCloseTo(
                            probe.embedding().cosineSimilarity(neighbor.item().embedding()), within(1e-4));
        }
    }

    @Test
    void everyFilterCombinationReturnsOnlyMatchingRows() {
        ContentEmbedding probe = rows.get(42);
        var base = NearestQuery.topK(probe.embedding(), 5);
        List<NearestQuery> queries = List.of(
                base.withContentType(ContentType.REEL),
                base.withPlatform(Platform.INSTAGRAM),
                base.withComplianceStatus(ComplianceStatus.APPROVED),
                base.withContentType(ContentType.STORY).withPlatform(Platform.YOUTUBE),
                base.withContentType(ContentType.CAROUSEL).withComplianceStatus(ComplianceStatus.REJECTED),
                base.withPlatform(Platform.FACEBOOK).withComplianceStatus(ComplianceStatus.PENDING),
                base.withContentType(probe.contentType())
                        .withPlatform(probe.platform())
                        .withComplianceStatus(probe.complianceStatus()));
        for (NearestQuery query : queries) {
            List<Neighbor<ContentEmbedding>> found = store.nearest(query);
            long matching = rows.stream().filter(query::accepts).count();
            assertThat(found).as("%s", query).hasSize((int) Math.min(5, matching));
            assertThat(found)
                    .allSatisfy(neighbor ->
                            assertThat(query.accepts(neighbor.item())).isTrue());
        }
        var exactMatch = store.nearest(queries.getLast());
        assertThat(exactMatch.getFirst().item()).isEqualTo(probe);
    }

    @Test
    void aVectorFromAnotherSpaceIsRefused() {
        var other = new EmbeddingSpace(new EmbeddingModelId("openai/text-embedding-3-large"), 1536);
        var query = NearestQuery.topK(new Embedding(other, new float[1536]), 3);
        assertThatThrownBy(() -> store.nearest(query)).isInstanceOf(EmbeddingSpaceMismatch.class);
        assertThatThrownBy(() -> new AstraContentEmbeddings(session, settings, other))
                .isInstanceOf(TeamStoreException.class)
                .hasMessageContaining("makes 1536-dimension vectors, keyspace " + settings.keyspace() + " stores 384");
    }

    @Test
    void reEmbeddingMovesEveryStaleVectorToTheNewModelAndIsResumable() {
        String keyspace = REEMBED_KEYSPACE;
        TestCassandra.recreateKeyspace(admin, keyspace);
        var reSettings = settings.withKeyspace(keyspace);
        try (CqlSession reSession = AstraConnection.open(reSettings)) {
            new AstraSchema(reSession, reSettings).migrate();
            var oldStore = new AstraContentEmbeddings(reSession, reSettings, MODEL.space());
            rows.subList(0, 30).forEach(oldStore::upsert);

            var newModel = new SignFlippedModel();
            var reEmbedding = new AstraReEmbedding(reSession, reSettings, newModel, Clock.systemUTC());
            int[] calls = {0};
            assertThat(reEmbedding.reEmbed("content_embeddings", "content_text", () -> calls[0]++ >= 10))
                    .isEqualTo(10);
            Map<String, Long> rest = reEmbedding.run(() -> false);
            assertThat(rest).containsEntry("content_embeddings", 20L).containsEntry("brand_knowledge", 0L);
            assertThat(reEmbedding.run(() -> false)).containsEntry("content_embeddings", 0L);

            var newStore = new AstraContentEmbeddings(reSession, reSettings, newModel.space());
            ContentEmbedding probe = rows.get(3);
            var found = newStore.nearest(NearestQuery.topK(newModel.embed(probe.contentText()), 3));
            assertThat(found.getFirst().item().id()).isEqualTo(probe.id());
            assertThat(found.getFirst().item().embedding().model())
                    .isEqualTo(newModel.space().model());
            // the old model's index view now finds nothing: no row still carries its vectors
            assertThat(oldStore.nearest(NearestQuery.topK(probe.embedding(), 3)))
                    .isEmpty();
        } finally {
            TestCassandra.dropKeyspace(admin, keyspace);
        }
    }

    /** A second 384-dimension model: the hashing model's vectors negated, under its own id. */
    private static final class SignFlippedModel implements EmbeddingModel {
        private final EmbeddingSpace space = new EmbeddingSpace(new EmbeddingModelId("it/sign-flipped-v2"), 384);

        @Override
        public EmbeddingSpace space() {
            return space;
        }

        @Override
        public Embedding embed(String text) {
            float[] vector = MODEL.embed(text).vector();
            for (int i = 0; i < vector.length; i++) {
                vector[i] = -vector[i];
            }
            return new Embedding(space, vector);
        }
    }
}
