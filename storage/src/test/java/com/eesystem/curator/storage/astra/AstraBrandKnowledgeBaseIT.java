package com.eesystem.curator.storage.astra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.eesystem.curator.domain.brand.BrandKnowledge;
import com.eesystem.curator.domain.brand.KnowledgeCategory;
import com.eesystem.curator.domain.brand.KnowledgeFilter;
import com.eesystem.curator.domain.brand.KnowledgeId;
import com.eesystem.curator.domain.brand.KnowledgeMatch;
import com.eesystem.curator.domain.brand.KnowledgeSave;
import com.eesystem.curator.domain.brand.KnowledgeStatus;
import com.eesystem.curator.domain.brand.KnowledgeType;
import com.eesystem.curator.domain.embedding.EmbeddingModel;
import com.eesystem.curator.domain.embedding.EmbeddingModelId;
import com.eesystem.curator.domain.embedding.EmbeddingSpace;
import com.eesystem.curator.domain.embedding.ExactSearch;
import com.eesystem.curator.domain.embedding.HashingEmbeddingModel;
import com.eesystem.curator.domain.paging.Page;
import com.eesystem.curator.domain.paging.PageRequest;
import com.eesystem.curator.domain.score.Score;
import com.eesystem.curator.testsupport.CassandraServerExtension;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** brand_knowledge on the real Cassandra: versions only go up, paged listing, keyword and vector search with filters. */
@ExtendWith({CassandraServerExtension.class, TeamKeyspace.class})
class AstraBrandKnowledgeBaseIT {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
    private static final EmbeddingModel MODEL = new HashingEmbeddingModel();
    private static final String[] TEXTS = {
        "grounding mat improves sleep quality claims need a citation",
        "our voice is warm calm and never alarmist",
        "visual identity uses soft greens and morning light",
        "never claim the device cures or treats a disease",
        "sleep routines and evening breathing exercises",
        "testimonials must be real and consented",
        "energy enhancement sessions are wellness not medicine"
    };

    private TeamKeyspace.Shared shared;
    private AstraBrandKnowledgeBase knowledge;

    @BeforeEach
    void emptyTable(TeamKeyspace.Shared keyspace) {
        shared = keyspace;
        keyspace.truncate("brand_knowledge");
        knowledge = new AstraBrandKnowledgeBase(
                keyspace.session(), keyspace.settings().withPageSize(4), MODEL.space());
    }

    @Test
    void everyColumnRoundTripsAndVersionsOnlyGoUp() {
        var v1 = BrandKnowledge.draft(
                        KnowledgeId.random(),
                        KnowledgeType.CLAIM,
                        KnowledgeCategory.MEDICAL,
                        "Approved sleep claim",
                        TEXTS[0],
                        new Score(0.7),
                        T0)
                .withEmbedding(MODEL.embed(TEXTS[0]));
        assertThat(knowledge.save(v1)).isEqualTo(new KnowledgeSave.Saved(v1));
        assertThat(knowledge.find(v1.id())).contains(v1);
        assertThat(knowledge.save(v1)).as("same version again replaces").isEqualTo(new KnowledgeSave.Saved(v1));

        var v2 = v1.revise("Approved sleep claim (2026)", TEXTS[4], T0.plusSeconds(60))
                .activate(T0.plusSeconds(61));
        assertThat(knowledge.save(v2)).isEqualTo(new KnowledgeSave.Saved(v2));
        assertThat(knowledge.find(v1.id()).orElseThrow().embeddingIfComputed())
                .as("a revision drops the stale vector")
                .isEmpty();
        assertThat(knowledge.save(v1)).isEqualTo(new KnowledgeSave.StaleVersion(v1.id(), 1, 2));
        assertThat(knowledge.find(v1.id())).contains(v2);
    }

    @Test
    void listingPagesMostRelevantFirstAcrossPageBoundaries() {
        List<BrandKnowledge> saved = seed(23);
        for (KnowledgeFilter filter : List.of(
                KnowledgeFilter.any(),
                KnowledgeFilter.activeOnly(),
                KnowledgeFilter.any().withTypes(Set.of(KnowledgeType.CLAIM, KnowledgeType.VOICE)),
                KnowledgeFilter.activeOnly().withCategories(Set.of(KnowledgeCategory.MEDICAL)))) {
            List<BrandKnowledge> expected = saved.stream()
                    .filter(filter::matches)
                    .sorted(Comparator.comparing(AstraBrandKnowledgeBase.Key::of, AstraBrandKnowledgeBase.ORDER))
                    .toList();
            assertThat(expected).isNotEmpty();
            List<BrandKnowledge> read = new ArrayList<>();
            PageRequest request = PageRequest.first(5);
            while (true) {
                Page<BrandKnowledge> page = knowledge.list(filter, request);
                read.addAll(page.items());
                if (!page.hasNext()) {
                    break;
                }
                request = request.after(page.next().get());
            }
            assertThat(read).as("%s", filter).containsExactlyElementsOf(expected);
        }
        assertThatThrownBy(() -> knowledge.list(
                        KnowledgeFilter.any(), PageRequest.first(5).after("bogus")))
                .hasMessageContaining("page cursor: \"bogus\"");
    }

    @Test
    void keywordSearchNeedsEveryWordAndHonoursTheFilter() {
        List<BrandKnowledge> saved = seed(21);
        List<KnowledgeMatch> hits = knowledge.search("SLEEP", KnowledgeFilter.any(), 50);
        assertThat(hits)
                .extracting(KnowledgeMatch::knowledge)
                .containsExactlyInAnyOrderElementsOf(saved.stream()
                        .filter(k ->
                                (k.title() + " " + k.content()).toLowerCase().contains("sleep"))
                        .toList());
        assertThat(hits)
                .isSortedAccordingTo(Comparator.comparing(
                                (KnowledgeMatch match) -> match.score().value())
                        .reversed());
        assertThat(knowledge.search("sleep citation", KnowledgeFilter.any(), 50))
                .isNotEmpty()
                .allMatch(match -> match.knowledge().content().equals(TEXTS[0]));
        assertThat(knowledge.search("sleep", KnowledgeFilter.activeOnly(), 50))
                .isNotEmpty()
                .allMatch(match -> match.knowledge().status() == KnowledgeStatus.ACTIVE);
        assertThat(knowledge.search("sleep", KnowledgeFilter.any(), 2)).hasSize(2);
        assertThat(knowledge.search("  ", KnowledgeFilter.any(), 5)).isEmpty();
    }

    @Test
    void vectorSearchMatchesExactSearchWithFiltersAndSkipsOtherModels() {
        List<BrandKnowledge> saved = seed(40);
        // a passage embedded by another model with the same dimension: never a hit for this model's query
        var foreignSpace = new EmbeddingSpace(new EmbeddingModelId("other/model"), 384);
        var foreign = BrandKnowledge.draft(
                        KnowledgeId.random(),
                        KnowledgeType.VOICE,
                        KnowledgeCategory.BRAND,
                        "foreign",
                        TEXTS[1],
                        Score.ONE,
                        T0)
                .withEmbedding(foreignSpace.embeddingOf(MODEL.embed(TEXTS[1]).vector()));
        var otherModelStore = new AstraBrandKnowledgeBase(shared.session(), shared.settings(), foreignSpace);
        otherModelStore.save(foreign);

        var query = MODEL.embed("calm warm voice never alarmist");
        for (KnowledgeFilter filter : List.of(
                KnowledgeFilter.any(),
                KnowledgeFilter.activeOnly(),
                KnowledgeFilter.any().withTypes(Set.of(KnowledgeType.VOICE)),
                KnowledgeFilter.any().withTypes(Set.of(KnowledgeType.VOICE, KnowledgeType.CLAIM)))) {
            List<KnowledgeMatch> hits = knowledge.similarTo(query, filter, 5);
            var exact = ExactSearch.nearest(
                    query,
                    saved.stream().filter(k -> k.embedding() != null).toList(),
                    BrandKnowledge::embedding,
                    filter::matches,
                    5);
            assertThat(hits).as("%s", filter).hasSize(exact.size());
            assertThat(hits).noneMatch(hit -> hit.knowledge().id().equals(foreign.id()));
            assertThat(hits).allMatch(hit -> filter.matches(hit.knowledge()));
            // small data: ANN finds the exact neighbours; the score is (1 + cos) / 2
            for (int i = 0; i < hits.size(); i++) {
                assertThat(hits.get(i).score().value())
                        .isCloseTo(
                                KnowledgeMatch.fromCosine(
                                                exact.get(i).item(),
                                                exact.get(i).similarity())
                                        .score()
                                        .value(),
                                within(1e-4));
            }
        }
        assertThat(knowledge
                        .similarTo(query, KnowledgeFilter.any(), 1)
                        .getFirst()
                        .knowledge()
                        .content())
                .isEqualTo(TEXTS[1]);
    }

    private List<BrandKnowledge> seed(int count) {
        List<BrandKnowledge> saved = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = TEXTS[i % TEXTS.length];
            var item = BrandKnowledge.draft(
                    KnowledgeId.random(),
                    KnowledgeType.values()[i % KnowledgeType.values().length],
                    KnowledgeCategory.values()[i % KnowledgeCategory.values().length],
                    "passage " + (i % 6),
                    text,
                    new Score((i * 7 % 10) / 10.0),
                    T0.plusSeconds(i));
            if (i % 3 != 2) {
                item = item.withEmbedding(MODEL.embed(text + " " + i));
            }
            if (i % 2 == 0) {
                item = item.activate(T0.plusSeconds(i + 1));
            }
            assertThat(knowledge.save(item)).isInstanceOf(KnowledgeSave.Saved.class);
            saved.add(item);
        }
        return saved;
    }
}
