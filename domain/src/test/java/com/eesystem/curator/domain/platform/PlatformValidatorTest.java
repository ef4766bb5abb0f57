package com.eesystem.curator.domain.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class PlatformValidatorTest {

    static PostContent post(Platform platform, ContentType type, String text) {
        return new PostContent(platform, type, text, "A title", Optional.empty());
    }

    static List<String> messages(PostContent post) {
        return PlatformValidator.check(post).stream().map(RuleBreach::message).toList();
    }

    @Test
    void anInstagramCaptionOverTheLimitNamesLimitAndActualValue() {
        assertThat(messages(post(Platform.INSTAGRAM, ContentType.CAROUSEL, "a".repeat(2_312))))
                .containsExactly("caption: 2,312 chars, limit 2,200 (instagram)");
    }

    static Stream<Arguments> captionLimits() {
        return Stream.of(
                Arguments.of(Platform.INSTAGRAM, 2_200),
                Arguments.of(Platform.TIKTOK, 4_000),
                Arguments.of(Platform.YOUTUBE, 5_000),
                Arguments.of(Platform.FACEBOOK, 63_206),
                Arguments.of(Platform.TWITTER, 280),
                Arguments.of(Platform.LINKEDIN, 3_000));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("captionLimits")
    void aCaptionAtTheLimitFitsAndOneMoreCharacterBreaches(Platform platform, int limit) {
        assertThat(PlatformValidator.check(post(platform, ContentType.QUOTE, "x".repeat(limit))))
                .isEmpty();
        assertThat(PlatformValidator.check(post(platform, ContentType.QUOTE, "x".repeat(limit + 1))))
                .containsExactly(RuleBreach.over(platform, "caption", limit + 1, limit, "chars"));
    }

    @Test
    void everyBreachIsReportedNotJustTheFirst() {
        String tags = IntStream.rangeClosed(1, 31).mapToObj(i -> "#tag" + i).collect(Collectors.joining(" "));
        String mentions =
                IntStream.rangeClosed(1, 21).mapToObj(i -> "@friend" + i).collect(Collectors.joining(" "));
        String text = "x".repeat(2_200) + " " + tags + " " + mentions;
        PostContent post =
                new PostContent(Platform.INSTAGRAM, ContentType.REEL, text, "", Optional.of(Duration.ofSeconds(181)));
        assertThat(messages(post))
                .containsExactly(
                        "caption: " + String.format("%,d", text.length()) + " chars, limit 2,200 (instagram)",
                        "hashtags: 31 hashtags, limit 30 (instagram)",
                        "mentions: 21 mentions, limit 20 (instagram)",
                        "video duration: 181 seconds, limit 180 (instagram)");
    }

    @Test
    void youtubeTitlesAndHashtagsHaveTheirOwnLimits() {
        String tags = IntStream.rangeClosed(1, 61).mapToObj(i -> "#t" + i).collect(Collectors.joining(" "));
        PostContent post = new PostContent(Platform.YOUTUBE, ContentType.REEL, tags, "T".repeat(101), Optional.empty());
        assertThat(messages(post))
                .containsExactly("hashtags: 61 hashtags, limit 60 (youtube)", "title: 101 chars, limit 100 (youtube)");
    }

    @Test
    void aLinkedinVideoShorterThanThreeSecondsIsBelowTheMinimum() {
        PostContent post =
                new PostContent(Platform.LINKEDIN, ContentType.REEL, "Short", "", Optional.of(Duration.ofSeconds(2)));
        assertThat(messages(post)).containsExactly("video duration: 2 seconds, minimum 3 (linkedin)");
    }

    @Test
    void aFractionalSecondOverTheLimitReadsAsTheNextSecond() {
        PostContent post = new PostContent(
                Platform.TWITTER, ContentType.REEL, "clip", "", Optional.of(Duration.ofMillis(140_400)));
        assertThat(messages(post)).containsExactly("video duration: 141 seconds, limit 140 (twitter)");
    }

    @Test
    void xCountsLinksAsTwentyThreeAndWideCharactersAsTwo() {
        assertThat(TextLength.X_WEIGHTED.of("see https://example.com/a/very/long/path/that/goes/on/and/on"))
                .isEqualTo(4 + 23);
        assertThat(TextLength.X_WEIGHTED.of("日本語")).isEqualTo(6);
        assertThat(TextLength.X_WEIGHTED.of("👍🏽")).isEqualTo(2);
        assertThat(TextLength.X_WEIGHTED.of("café")).isEqualTo(4);
        assertThat(TextLength.CHARACTERS.of("👍🏽 ok")).isEqualTo(4);
    }

    @Test
    void aPostOf141JapaneseCharactersBreachesX() {
        assertThat(messages(post(Platform.TWITTER, ContentType.QUOTE, "語".repeat(141))))
                .containsExactly("caption: 282 chars, limit 280 (twitter)");
    }

    @Test
    void aThreadOnXIsCheckedPostByPostWhenWrittenByHand() {
        String text = "First post.\n---\n" + "y".repeat(281) + "\n---\nThird.";
        assertThat(messages(post(Platform.TWITTER, ContentType.THREAD, text)))
                .containsExactly("thread segment 2: 281 chars, limit 280 (twitter)");
    }

    @Test
    void aLongThreadWithoutSeparatorsIsSplitAutomatically() {
        String text = "word ".repeat(200).strip();
        PostContent thread = post(Platform.TWITTER, ContentType.THREAD, text);
        assertThat(PlatformValidator.check(thread)).isEmpty();
        List<String> segments = PlatformValidator.segments(thread);
        assertThat(segments).hasSizeGreaterThan(1);
        assertThat(segments)
                .allSatisfy(
                        segment -> assertThat(TextLength.X_WEIGHTED.of(segment)).isLessThanOrEqualTo(280));
        assertThat(segments.getLast()).endsWith(" " + segments.size() + "/" + segments.size());
    }

    @Test
    void hashtagsOfTheBodyAreAppendedOnceAndCounted() {
        ContentBody body = new ContentBody(
                "Title",
                "",
                ContentType.REEL,
                List.of(Platform.INSTAGRAM),
                "Morning light #Wellness",
                "",
                List.of("wellness", "#sleep"),
                List.of(),
                Map.of());
        PostContent post = PostContent.of(body, Platform.INSTAGRAM);
        assertThat(post.text()).isEqualTo("Morning light #Wellness\n\n#sleep");
        assertThat(post.hashtags()).containsExactly("wellness", "sleep");
    }

    @Test
    void platformSpecsGiveTitleAndVideoDuration() {
        ContentBody body = new ContentBody(
                "Internal title",
                "",
                ContentType.REEL,
                List.of(Platform.YOUTUBE),
                "desc",
                "",
                List.of(),
                List.of(),
                Map.of("youtube.title", "Public title", "video_duration_seconds", "59.5"));
        PostContent post = PostContent.of(body, Platform.YOUTUBE);
        assertThat(post.title()).isEqualTo("Public title");
        assertThat(post.videoDuration()).contains(Duration.ofMillis(59_500));
    }

    @Test
    void aBadVideoDurationNamesTheSpec() {
        ContentBody body = new ContentBody(
                "T",
                "",
                ContentType.REEL,
                List.of(Platform.TIKTOK),
                "",
                "",
                List.of(),
                List.of(),
                Map.of("video_duration_seconds", "ten"));
        assertThatThrownBy(() -> PostContent.of(body, Platform.TIKTOK))
                .hasMessage("platform_specs.video_duration_seconds: \"ten\" is not a number of seconds");
    }

    @Test
    void mentionsIgnoreEmailAddresses() {
        assertThat(post(Platform.INSTAGRAM, ContentType.QUOTE, "mail me at a@b.com, thanks @curator")
                        .mentions())
                .containsExactly("curator");
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void everyPlatformHasRules(Platform platform) {
        assertThat(PlatformRuleBook.rulesFor(platform).platform()).isEqualTo(platform);
    }

    @Test
    void rulesOfAnotherPlatformAreRefused() {
        assertThatThrownBy(() -> PlatformValidator.check(
                        post(Platform.TIKTOK, ContentType.QUOTE, "x"), PlatformRuleBook.rulesFor(Platform.INSTAGRAM)))
                .hasMessage("rules: instagram rules given for a tiktok post");
    }
}
