package com.eesystem.curator.domain.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EmbeddingTest {

    static final EmbeddingSpace THREE = new EmbeddingSpace(new EmbeddingModelId("test/three"), 3);

    @Test
    void theArrayIsCopiedInAndOut() {
        float[] source = {1f, 2f, 3f};
        var embedding = new Embedding(THREE, source);
        source[0] = 99f;
        embedding.vector()[1] = 99f;

        assertThat(embedding.vector()).containsExactly(1f, 2f, 3f);
    }

    @Test
    void equalityIsByContentAndSpace() {
        var a = new Embedding(THREE, new float[] {1f, 2f, 3f});
        var b = new Embedding(THREE, new float[] {1f, 2f, 3f});
        var otherModel =
                new Embedding(new EmbeddingSpace(new EmbeddingModelId("test/other"), 3), new float[] {1f, 2f, 3f});

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(otherModel);
        assertThat(a).isNotEqualTo(new Embedding(THREE, new float[] {1f, 2f, 4f}));
    }

    @Test
    void aVectorOfTheWrongLengthIsRefusedNamingBothLengthsAndTheModel() {
        assertThatThrownBy(() -> EmbeddingSpace.OPENAI_TEXT_EMBEDDING_3_LARGE.embeddingOf(new float[384]))
                .isInstanceOf(EmbeddingSpaceMismatch.class)
                .hasMessage("embedding: vector length 384 does not equal the dimension 1536 of the configured model"
                        + " openai/text-embedding-3-large");
    }

    @Test
    void aVectorOfAnotherModelIsRefusedByTheConfiguredSpace() {
        var local = new HashingEmbeddingModel().embed("calm evening");

        assertThatThrownBy(() -> EmbeddingSpace.OPENAI_TEXT_EMBEDDING_3_LARGE.check(local))
                .isInstanceOf(EmbeddingSpaceMismatch.class)
                .hasMessageContaining("vector length 384 does not equal the dimension 1536")
                .hasMessageContaining("(vector made by curator/hashing-v1)");
        var sameLengthOtherModel =
                new Embedding(new EmbeddingSpace(new EmbeddingModelId("other/384"), 384), local.vector());
        assertThatThrownBy(() -> EmbeddingSpace.LOCAL_HASHING_384.check(sameLengthOtherModel))
                .hasMessage("embedding: vector made by model other/384, but the configured model is curator/hashing-v1;"
                        + " re-embed the text with the configured model");
    }

    @Test
    void nonFiniteComponentsAreRefusedNamingTheIndex() {
        assertThatThrownBy(() -> new Embedding(THREE, new float[] {0f, Float.NaN, 0f}))
                .hasMessage("embedding: component 1 is NaN (model test/three)");
    }

    @Test
    void theSpecDimensionsAreConfigured() {
        assertThat(EmbeddingSpace.OPENAI_TEXT_EMBEDDING_3_LARGE.dimension()).isEqualTo(1536);
        assertThat(EmbeddingSpace.LOCAL_HASHING_384.dimension()).isEqualTo(384);
    }

    @Test
    void cosineSimilarityOfKnownVectors() {
        var x = new Embedding(THREE, new float[] {1f, 0f, 0f});
        var y = new Embedding(THREE, new float[] {0f, 2f, 0f});
        var xy = new Embedding(THREE, new float[] {1f, 1f, 0f});
        var zero = new Embedding(THREE, new float[3]);

        assertThat(x.cosineSimilarity(x)).isCloseTo(1.0, within(1e-9));
        assertThat(x.cosineSimilarity(y)).isCloseTo(0.0, within(1e-9));
        assertThat(x.cosineSimilarity(xy)).isCloseTo(Math.sqrt(0.5), within(1e-9));
        assertThat(x.cosineSimilarity(new Embedding(THREE, new float[] {-3f, 0f, 0f})))
                .isCloseTo(-1.0, within(1e-9));
        assertThat(x.cosineSimilarity(zero)).isZero();
    }

    @Test
    void aDimensionOutsideTheBoundIsRefused() {
        assertThatThrownBy(() -> new EmbeddingSpace(new EmbeddingModelId("m"), 0))
                .hasMessage("dimension: 0 is outside 1..8192 (model m)");
    }

    @Test
    void aBlankModelIdIsRefused() {
        assertThatThrownBy(() -> new EmbeddingModelId(" ")).hasMessage("embedding model id: \" \" is blank");
    }
}
