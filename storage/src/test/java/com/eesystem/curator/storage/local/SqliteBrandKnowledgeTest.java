package com.eesystem.curator.storage.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.brand.BrandKnowledge;
import com.eesystem.curator.domain.brand.BrandKnowledgeBase;
import com.eesystem.curator.domain.brand.KnowledgeCategory;
import com.eesystem.curator.domain.brand.KnowledgeFilter;
import com.eesystem.curator.domain.brand.KnowledgeId;
import com.eesystem.curator.domain.brand.KnowledgeMatch;
import com.eesystem.curator.domain.brand.KnowledgeSave;
import com.eesystem.curator.domain.brand.KnowledgeStatus;
import com.eesystem.curator.domain.brand.KnowledgeType;
import com.eesystem.curator.domain.paging.PageRequest;
import com.eesystem.curator.domain.score.Score;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteBrandKnowledgeTest {

    @TempDir
    Path folder;

    LocalStoreFixture.MutableClock clock = LocalStoreFixture.clock();
    LocalStore store;
    BrandKnowledgeBase knowledge;

    @BeforeEach
    void open() {
        store = LocalStore.open(LocalStoreFixture.settings(folder), clock);
        knowledge = store.brandKnowledge();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private BrandKnowledge entry(
            String title, String content, float[] vector, KnowledgeStatus status, int version, KnowledgeId id) {
        return new BrandKnowledge(
                id,
                KnowledgeType.CLAIM,
                title,
                content,
                vector == null ? null : SqliteAgentMemoriesTest.SPACE.embeddingOf(vector),
                new Score(0.5),
                KnowledgeCategory.MEDICAL,
                status,
                version,
                clock.instant(),
                clock.instant());
    }

    @Test
    void savesAreVersionedAndTheFullTextIndexFollows() {
        KnowledgeId id = KnowledgeId.random();
        BrandKnowledge first = entry(
                "Sleep claims", "may support restful sleep", new float[] {1, 0, 0}, KnowledgeStatus.ACTIVE, 1, id);
        BrandKnowledge second = entry(
                "Relaxation claims", "may support relaxation", new float[] {1, 0, 0}, KnowledgeStatus.ACTIVE, 2, id);

        assertThat(knowledge.save(first)).isEqualTo(new KnowledgeSave.Saved(first));
        assertThat(knowledge.save(second)).isEqualTo(new KnowledgeSave.Saved(second));
        assertThat(knowledge.save(first)).isEqualTo(new KnowledgeSave.StaleVersion(id, 1, 2));

        assertThat(knowledge.find(id)).contains(second);
        assertThat(store.search().knowledge("relaxation", 5))
                .extracting(SearchHit::id)
                .containsExactly(id.toString());
        assertThat(store.search().knowledge("restful", 5)).isEmpty();
    }

    @Test
    void keywordSearchNeedsEveryWordAndRanksByCoverage() {
        BrandKnowledge dense =
                entry("Sleep", "sleep sleep support", null, KnowledgeStatus.ACTIVE, 1, KnowledgeId.random());
        BrandKnowledge sparse = entry(
                "Evening routine",
                "a long text that mentions sleep once and support too",
                null,
                KnowledgeStatus.ACTIVE,
                1,
                KnowledgeId.random());
        BrandKnowledge draft =
                entry("Sleep draft", "sleep support", null, KnowledgeStatus.DRAFT, 1, KnowledgeId.random());
        for (BrandKnowledge k : new BrandKnowledge[] {sparse, dense, draft}) {
            knowledge.save(k);
        }

        assertThat(knowledge.search("SLEEP support", KnowledgeFilter.activeOnly(), 10))
                .extracting(KnowledgeMatch::knowledge)
                .containsExactly(dense, sparse);
        assertThat(knowledge.search("sleep missingword", KnowledgeFilter.any(), 10))
                .isEmpty();
        assertThat(knowledge.list(KnowledgeFilter.any(), PageRequest.first(2)).hasNext())
                .isTrue();
    }

    @Test
    void similarityUsesTheStoredEmbeddings() {
        BrandKnowledge near =
                entry("Near", "x", new float[] {1, 0, 0}, KnowledgeStatus.ACTIVE, 1, KnowledgeId.random());
        BrandKnowledge far = entry("Far", "y", new float[] {-1, 0, 0}, KnowledgeStatus.ACTIVE, 1, KnowledgeId.random());
        BrandKnowledge none = entry("None", "z", null, KnowledgeStatus.ACTIVE, 1, KnowledgeId.random());
        for (BrandKnowledge k : new BrandKnowledge[] {far, none, near}) {
            knowledge.save(k);
        }

        assertThat(knowledge.similarTo(
                        SqliteAgentMemoriesTest.SPACE.embeddingOf(new float[] {1, 0.1f, 0}), KnowledgeFilter.any(), 5))
                .extracting(KnowledgeMatch::knowledge)
                .containsExactly(near, far);
    }
}
