package com.eesystem.curator.domain.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ThreadSplitterPropertiesTest {

    private static final Pattern NUMBERING = Pattern.compile(" (\\d+)/(\\d+)$");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().withCharRange('一', '龥').ofMinLength(1).ofMaxLength(6),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(300).ofMaxLength(700),
                Arbitraries.of("https://example.com/some/long/path/to/a/page", "👍🏽", "café."));
        return word.list().ofMinSize(1).ofMaxSize(200).map(words -> String.join(" ", words));
    }

    @Property(tries = 200)
    void everyPostFitsAndNoWordIsLostOrReordered(
            @ForAll("texts") String text, @ForAll @IntRange(min = 40, max = 500) int limit) {
        List<String> posts = ThreadSplitter.split(text, limit, TextLength.X_WEIGHTED, true);
        assertThat(posts).isNotEmpty();
        StringBuilder rejoined = new StringBuilder();
        for (int i = 0; i < posts.size(); i++) {
            String post = posts.get(i);
            assertThat(TextLength.X_WEIGHTED.of(post)).isLessThanOrEqualTo(limit);
            String body = post;
            if (posts.size() > 1) {
                Matcher numbering = NUMBERING.matcher(post);
                assertThat(numbering.find()).isTrue();
                assertThat(numbering.group(1)).isEqualTo(Integer.toString(i + 1));
                assertThat(numbering.group(2)).isEqualTo(Integer.toString(posts.size()));
                body = post.substring(0, numbering.start());
            }
            rejoined.append(body);
        }
        // hard splits cut words without a space: compare with spaces removed
        assertThat(rejoined.toString().replace(" ", "")).isEqualTo(text.replace(" ", ""));
    }

    @Property(tries = 200)
    void wordsAreOnlyCutWhenLongerThanAPost(@ForAll("texts") String text) {
        int limit = 280;
        List<String> posts = ThreadSplitter.split(text, limit, TextLength.X_WEIGHTED, false);
        List<String> shortWords = Arrays.stream(text.split(" "))
                .filter(word -> TextLength.X_WEIGHTED.of(word) <= limit)
                .toList();
        List<String> postWords =
                posts.stream().flatMap(post -> Arrays.stream(post.split(" "))).toList();
        assertThat(postWords).containsAll(shortWords);
    }
}
