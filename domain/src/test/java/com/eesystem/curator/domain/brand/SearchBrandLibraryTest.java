package com.eesystem.curator.domain.brand;

import static com.eesystem.curator.domain.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.embedding.Embedding;
import com.eesystem.curator.domain.embedding.EmbeddingModel;
import com.eesystem.curator.domain.embedding.EmbeddingSpace;
import com.eesystem.curator.domain.embedding.EmbeddingUnavailable;
import com.eesystem.curator.domain.embedding.HashingEmbeddingModel;
import com.eesystem.curator.domain.memory.InMemoryBrandKnowledgeBase;
import com.eesystem.curator.domain.score.Score;
import com.eesystem.curator.domain.user.PermissionPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchBrandLibraryTest {

    final HashingEmbeddingModel model = new HashingEmbeddingModel();
    final InMemoryBrandKnowledgeBase base = new InMemoryBrandKnowledgeBase();

    BrandKnowledge add(String title, String content, KnowledgeStatus status) {
        BrandKnowledge item = BrandKnowledge.draft(
                        KnowledgeId.random(),
                        KnowledgeType.CLAIM,
                        KnowledgeCategory.MEDICAL,
                        title,
                        content,
                        new Score(0.5),
                        T0)
                .withEmbedding(model.embed(title + "\n" + content));
        BrandKnowledge stored = status == KnowledgeStatus.ACTIVE ? item.activate(T0) : item;
        base.save(stored);
        return stored;
    }

    BrandKnowledge relaxation;
    BrandKnowledge sleep;

    @BeforeEach
    void library() {
        relaxation = add("Relaxation", "Sessions may support relaxation and a sense of calm.", KnowledgeStatus.ACTIVE);
        sleep = add("Sleep", "We never claim to cure insomnia or any sleep disorder.", KnowledgeStatus.ACTIVE);
        add("Old claim", "Relaxation guaranteed.", KnowledgeStatus.DRAFT);
    }

    @Test
    void keywordsFindActiveKnowledgeOnlyByDefault() {
        var found = new SearchBrandLibrary(base, model, PermissionPolicy.standard())
                .search(new SearchBrandLibrary.Command(
                        EDITOR, "relaxation", null, SearchBrandLibrary.Mode.KEYWORDS, 10))
                .orThrow();
        assertThat(found.matches()).extracting(KnowledgeMatch::knowledge).containsExactly(relaxation);
        assertThat(found.byMeaning()).isFalse();
    }

    @Test
    void meaningRanksTheClosestPassageFirst() {
        var found = new SearchBrandLibrary(base, model, PermissionPolicy.standard())
                .search(new SearchBrandLibrary.Command(
                        EDITOR, "claim to cure insomnia sleep disorder", null, SearchBrandLibrary.Mode.MEANING, 2))
                .orThrow();
        assertThat(found.byMeaning()).isTrue();
        assertThat(found.matches().getFirst().knowledge()).isEqualTo(sleep);
        assertThat(found.matches()).hasSize(2);
    }

    @Test
    void withoutTheModelTheSearchFallsBackToKeywords() {
        EmbeddingModel offline = new EmbeddingModel() {
            @Override
            public EmbeddingSpace space() {
                return EmbeddingSpace.OPENAI_TEXT_EMBEDDING_3_LARGE;
            }

            @Override
            public Embedding embed(String text) {
                throw new EmbeddingUnavailable(space().model(), "offline", null);
            }
        };
        var found = new SearchBrandLibrary(base, offline, PermissionPolicy.standard())
                .search(new SearchBrandLibrary.Command(EDITOR, "insomnia", null, SearchBrandLibrary.Mode.BOTH, 10))
                .orThrow();
        assertThat(found.byMeaning()).isFalse();
        assertThat(found.matches()).extracting(KnowledgeMatch::knowledge).containsExactly(sleep);
    }

    @Test
    void bothModesMergeHitsKeepingTheBestScoreOnce() {
        var found = new SearchBrandLibrary(base, model, PermissionPolicy.standard())
                .search(new SearchBrandLibrary.Command(EDITOR, "relaxation", null, SearchBrandLibrary.Mode.BOTH, 10))
                .orThrow();
        assertThat(found.matches()).extracting(m -> m.knowledge().id()).doesNotHaveDuplicates();
        assertThat(found.matches()).extracting(KnowledgeMatch::knowledge).contains(relaxation, sleep);
    }
}
