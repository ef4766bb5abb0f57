package com.eesystem.curator.domain.brand;

import static com.eesystem.curator.domain.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.embedding.HashingEmbeddingModel;
import com.eesystem.curator.domain.score.Score;
import org.junit.jupiter.api.Test;

class BrandKnowledgeTest {

    final BrandKnowledge draft = BrandKnowledge.draft(
            KnowledgeId.random(),
            KnowledgeType.CLAIM,
            KnowledgeCategory.MEDICAL,
            "Relaxation claim",
            "May support relaxation.",
            new Score(0.9),
            T0);

    @Test
    void aRevisionIsTheNextVersionAndDropsTheStaleEmbedding() {
        BrandKnowledge embedded = draft.withEmbedding(new HashingEmbeddingModel().embed(draft.content()));
        BrandKnowledge revised = embedded.revise("Relaxation claim", "May help you relax.", T0.plusSeconds(1));
        assertThat(revised.version()).isEqualTo(2);
        assertThat(revised.embeddingIfComputed()).isEmpty();
        assertThat(embedded.version()).isEqualTo(1);
    }

    @Test
    void deprecatedKnowledgeIsNotRevised() {
        BrandKnowledge deprecated = draft.activate(T0).deprecate(T0);
        assertThatThrownBy(() -> deprecated.revise("x", "y", T0))
                .hasMessage("brand_knowledge.status: cannot revise \"Relaxation claim\" while deprecated");
    }

    @Test
    void filtersMatchByTypeCategoryAndStatus() {
        assertThat(KnowledgeFilter.activeOnly().matches(draft)).isFalse();
        assertThat(KnowledgeFilter.activeOnly().matches(draft.activate(T0))).isTrue();
        assertThat(KnowledgeFilter.any()
                        .withTypes(java.util.Set.of(KnowledgeType.VOICE))
                        .matches(draft))
                .isFalse();
    }

    @Test
    void cosineMapsToAScoreLikeCassandrasSimilarity() {
        assertThat(KnowledgeMatch.fromCosine(draft, 1.0).score()).isEqualTo(Score.ONE);
        assertThat(KnowledgeMatch.fromCosine(draft, -1.0).score()).isEqualTo(Score.ZERO);
        assertThat(KnowledgeMatch.fromCosine(draft, 0.0).score()).isEqualTo(new Score(0.5));
    }
}
