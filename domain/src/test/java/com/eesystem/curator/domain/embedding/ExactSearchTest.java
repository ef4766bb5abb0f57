package com.eesystem.curator.domain.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.content.ComplianceStatus;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.score.Score;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExactSearchTest {

    static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
    final HashingEmbeddingModel model = new HashingEmbeddingModel();

    ContentEmbedding row(String text, ContentType type, Platform platform, ComplianceStatus status) {
        return new ContentEmbedding(
                ContentEmbeddingId.of(UUID.nameUUIDFromBytes(text.getBytes())),
                type,
                platform,
                text,
                model.embed(text),
                Map.of(),
                new Score(0.8),
                status,
                T0,
                T0);
    }

    @Test
    void returnsTheMostSimilarRowsFirstWithTheirScores() {
        var rows = List.of(
                row("calm evening routine for sleep", ContentType.REEL, Platform.INSTAGRAM, ComplianceStatus.APPROVED),
                row(
                        "shipping rates for international orders",
                        ContentType.REEL,
                        Platform.INSTAGRAM,
                        ComplianceStatus.APPROVED),
                row(
                        "evening routine to sleep calm and deep",
                        ContentType.STORY,
                        Platform.TIKTOK,
                        ComplianceStatus.PENDING));

        var result = ExactSearch.nearest(NearestQuery.topK(model.embed("a calm evening routine"), 2), rows);

        assertThat(result)
                .extracting(n -> n.item().contentText())
                .containsExactly("calm evening routine for sleep", "evening routine to sleep calm and deep");
        assertThat(result.get(0).similarity())
                .isGreaterThanOrEqualTo(result.get(1).similarity());
    }

    @Test
    void filtersOnTypePlatformAndComplianceStatus() {
        var rows = List.of(
                row("calm evening routine", ContentType.REEL, Platform.INSTAGRAM, ComplianceStatus.APPROVED),
                row("calm evening routine tips", ContentType.STORY, Platform.INSTAGRAM, ComplianceStatus.APPROVED),
                row("calm evening routine ideas", ContentType.REEL, Platform.TIKTOK, ComplianceStatus.APPROVED),
                row("calm evening routine now", ContentType.REEL, Platform.INSTAGRAM, ComplianceStatus.REJECTED));
        var query = NearestQuery.topK(model.embed("calm evening routine"), 10)
                .withContentType(ContentType.REEL)
                .withPlatform(Platform.INSTAGRAM)
                .withComplianceStatus(ComplianceStatus.APPROVED);

        assertThat(ExactSearch.nearest(query, rows))
                .extracting(n -> n.item().contentText())
                .containsExactly("calm evening routine");
    }

    @Test
    void agreesWithSortingEveryCandidate() {
        var random = new Random(42);
        var space = new EmbeddingSpace(new EmbeddingModelId("test/random"), 16);
        List<Embedding> candidates = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            float[] vector = new float[16];
            for (int j = 0; j < 16; j++) {
                vector[j] = (float) random.nextGaussian();
            }
            candidates.add(new Embedding(space, vector));
        }
        var query = candidates.get(0);

        var top = ExactSearch.nearest(query, candidates, e -> e, e -> true, 10);
        var expected = candidates.stream()
                .sorted(Comparator.comparingDouble((Embedding e) -> query.cosineSimilarity(e))
                        .reversed())
                .limit(10)
                .toList();

        assertThat(top).extracting(Neighbor::item).containsExactlyElementsOf(expected);
        assertThat(top.get(0).similarity()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void tiesKeepArrivalOrder() {
        var space = new EmbeddingSpace(new EmbeddingModelId("test/two"), 2);
        var same = List.of("a", "b", "c");

        var top = ExactSearch.nearest(
                new Embedding(space, new float[] {1, 0}),
                same,
                s -> new Embedding(space, new float[] {1, 1}),
                s -> true,
                2);

        assertThat(top).extracting(Neighbor::item).containsExactly("a", "b");
    }

    @Test
    void aCandidateFromAnotherSpaceIsRefused() {
        var other = new Embedding(EmbeddingSpace.OPENAI_TEXT_EMBEDDING_3_LARGE, new float[1536]);

        assertThatThrownBy(() -> ExactSearch.nearest(model.embed("x"), List.of(other), e -> e, e -> true, 1))
                .isInstanceOf(EmbeddingSpaceMismatch.class);
    }

    @Test
    void aLimitOutsideTheRangeIsRefused() {
        assertThatThrownBy(() -> NearestQuery.topK(model.embed("x"), 0)).hasMessage("limit: 0 is outside 1..1000");
    }

    @Test
    void aBlankTextIsRefusedNamingTheColumn() {
        assertThatThrownBy(() -> new ContentEmbedding(
                        ContentEmbeddingId.of(new UUID(0, 1)),
                        ContentType.REEL,
                        Platform.INSTAGRAM,
                        " ",
                        model.embed("text"),
                        Map.of(),
                        Score.ONE,
                        ComplianceStatus.PENDING,
                        T0,
                        T0))
                .hasMessage("content_embeddings.content_text: is blank (id " + new UUID(0, 1) + ")");
    }
}
