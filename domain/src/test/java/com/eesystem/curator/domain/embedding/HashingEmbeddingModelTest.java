package com.eesystem.curator.domain.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HashingEmbeddingModelTest {

    final HashingEmbeddingModel model = new HashingEmbeddingModel();

    @Test
    void vectorsHave384UnitLengthComponentsInTheLocalSpace() {
        var embedding = model.embed("A calm evening routine for better rest");

        assertThat(embedding.space()).isEqualTo(EmbeddingSpace.LOCAL_HASHING_384);
        assertThat(embedding.dimension()).isEqualTo(384);
        assertThat(embedding.norm()).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void theSameTextGivesTheSameVectorFromAnyInstance() {
        assertThat(new HashingEmbeddingModel().embed("Morning light and mindful breathing"))
                .isEqualTo(model.embed("Morning light and mindful breathing"));
    }

    @Test
    void vectorsArePinnedAcrossReleases() {
        // stored vectors must stay comparable with new ones; a change here needs a new model id
        var embedding = model.embed("wellness");
        int nonZero = 0;
        for (float value : embedding.vector()) {
            if (value != 0f) {
                nonZero++;
            }
        }
        // 1 word + 8 trigrams of "^wellness$" = 9 features, spread over at most 9 positions
        assertThat(nonZero).isBetween(7, 9);
        assertThat(embedding).isEqualTo(model.embed("WELLNESS!"));
    }

    @ParameterizedTest(name = "\"{0}\" is closer to \"{1}\" than to \"{2}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "Unwind with a calm evening routine before sleep | A calm evening routine helps you unwind before bed"
                        + " | Our quarterly shipping rates for international orders",
                "Join our live meditation session this Sunday | Live meditation session every Sunday morning"
                        + " | New firmware update fixes bluetooth pairing",
                "This device cures insomnia and heals anxiety | Cures insomnia, heals anxiety fast"
                        + " | Relax in a quiet space with soft music",
                "Customer testimonial about their relaxing experience | A relaxing experience: a customer testimonial"
                        + " | Disclaimer: not intended to diagnose any disease",
            })
    void similarTextsScoreHigherThanUnrelatedOnes(String text, String similar, String unrelated) {
        var vector = model.embed(text);
        double toSimilar = vector.cosineSimilarity(model.embed(similar));
        double toUnrelated = vector.cosineSimilarity(model.embed(unrelated));

        assertThat(toSimilar).isGreaterThan(toUnrelated + 0.2);
        assertThat(toSimilar).isGreaterThan(0.4);
        assertThat(Math.abs(toUnrelated)).isLessThan(0.25);
    }

    @Test
    void sharedWordStemsCountThroughTrigrams() {
        double related = model.embed("healing").cosineSimilarity(model.embed("heal"));
        double unrelated = model.embed("healing").cosineSimilarity(model.embed("shipping"));

        assertThat(related).isGreaterThan(unrelated);
    }

    @Test
    void wordOrderMattersThroughPairs() {
        var text = model.embed("not proven clinically tested");
        double same = text.cosineSimilarity(model.embed("not proven clinically tested"));
        double reordered = text.cosineSimilarity(model.embed("tested clinically proven not"));

        assertThat(same).isCloseTo(1.0, within(1e-6));
        assertThat(reordered).isLessThan(same);
    }

    @Test
    void functionWordsAreDroppedButNegationIsKept() {
        assertThat(HashingEmbeddingModel.words("This is NOT a cure for the flu"))
                .containsExactly("not", "cure", "flu");
    }

    @Test
    void textWithoutWordsIsTheZeroVector() {
        assertThat(model.embed("!!! ...").norm()).isZero();
    }

    @Test
    void blankTextIsRefused() {
        assertThatThrownBy(() -> model.embed("  \n")).hasMessage("text: is blank; there is nothing to embed");
    }

    @Test
    void embedAllKeepsOrder() {
        var texts = List.of("first calm text", "second busy text");

        assertThat(model.embedAll(texts)).containsExactly(model.embed(texts.get(0)), model.embed(texts.get(1)));
    }
}
