package com.eesystem.curator.domain;

import static com.eesystem.curator.domain.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.audit.AuditEntry;
import com.eesystem.curator.domain.audit.AuditRecord;
import com.eesystem.curator.domain.brand.BrandGuideline;
import com.eesystem.curator.domain.brand.BrandKnowledge;
import com.eesystem.curator.domain.brand.GuidelineCategory;
import com.eesystem.curator.domain.brand.GuidelineId;
import com.eesystem.curator.domain.brand.GuidelineType;
import com.eesystem.curator.domain.brand.KnowledgeCategory;
import com.eesystem.curator.domain.brand.KnowledgeId;
import com.eesystem.curator.domain.brand.KnowledgeStatus;
import com.eesystem.curator.domain.brand.KnowledgeType;
import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.paging.PageRequest;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.review.ReviewSignature;
import com.eesystem.curator.domain.schedule.CyclePosition;
import com.eesystem.curator.domain.score.Score;
import com.eesystem.curator.domain.template.ContentTemplate;
import com.eesystem.curator.domain.template.TemplateId;
import com.eesystem.curator.domain.user.User;
import com.eesystem.curator.domain.user.UserId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every construction invariant of the core records, with the message that names the field and value. */
class InvariantsTest {

    static Arguments refused(String name, ThrowingCallable construction, String message) {
        return Arguments.of(name, construction, message);
    }

    static ContentBody bodyWith(String title, List<Platform> platforms, List<String> hashtags) {
        return new ContentBody(title, "", ContentType.REEL, platforms, "", "", hashtags, List.of(), Map.of());
    }

    static ContentItem item(long version, long revision) {
        return new ContentItem(
                ContentId.random(),
                version,
                revision,
                EDITOR.id(),
                body(),
                ContentStatus.DRAFT,
                "",
                Map.of(),
                T0,
                T0,
                null);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                refused("score above one", () -> new Score(1.01), "score: 1.01 is outside 0.0..1.0"),
                refused("score below zero", () -> new Score(-0.5), "score: -0.5 is outside 0.0..1.0"),
                refused("score not a number", () -> new Score(Double.NaN), "score: NaN is outside 0.0..1.0"),
                refused(
                        "named score",
                        () -> Score.of("relevance_score", 2),
                        "relevance_score: 2.0 is outside 0.0..1.0"),
                refused("cycle day 0", () -> new CyclePosition(1, 0), "cycle_day: 0 is outside 1..7"),
                refused("cycle day 8", () -> new CyclePosition(1, 8), "cycle_day: 8 is outside 1..7"),
                refused("cycle week 0", () -> new CyclePosition(0, 1), "cycle_week: 0 is outside 1..10000"),
                refused(
                        "blank title",
                        () -> bodyWith(" ", List.of(Platform.INSTAGRAM), List.of()),
                        "title: must not be blank (was \" \")"),
                refused(
                        "null title",
                        () -> bodyWith(null, List.of(Platform.INSTAGRAM), List.of()),
                        "title: must not be blank (was null)"),
                refused(
                        "no platform",
                        () -> bodyWith("T", List.of(), List.of()),
                        "platforms: \"T\" needs at least one target platform"),
                refused(
                        "platform twice",
                        () -> bodyWith("T", List.of(Platform.TIKTOK, Platform.TIKTOK), List.of()),
                        "platforms: [TIKTOK, TIKTOK] lists a platform twice"),
                refused(
                        "hashtag with a space",
                        () -> bodyWith("T", List.of(Platform.TIKTOK), List.of("two words")),
                        "hashtags[0]: \"two words\" may hold only letters, digits and _"),
                refused("version 0", () -> item(0, 1), "version: 0 is below the minimum 1"),
                refused("revision 0", () -> item(1, 0), "revision: 0 is below the minimum 1"),
                refused(
                        "revision ahead of version",
                        () -> item(2, 3),
                        "revision: 3 is ahead of version 2 (each revision is a write)"),
                refused(
                        "updated before created",
                        () -> new ContentItem(
                                ContentId.random(),
                                1,
                                1,
                                EDITOR.id(),
                                body(),
                                ContentStatus.DRAFT,
                                "",
                                Map.of(),
                                T0,
                                T0.minusSeconds(1),
                                null),
                        "updated_at: " + T0.minusSeconds(1) + " is before created_at " + T0),
                refused(
                        "metric not a number",
                        () -> new ContentItem(
                                ContentId.random(),
                                1,
                                1,
                                EDITOR.id(),
                                body(),
                                ContentStatus.PUBLISHED,
                                "",
                                Map.of("likes", Double.NaN),
                                T0,
                                T0,
                                T0),
                        "performance_metrics[likes]: NaN is not a number"),
                refused("bad content id", () -> ContentId.parse("abc"), "content_library.id: \"abc\" is not a UUID"),
                refused("blank user id", () -> UserId.parse(""), "user_id: must not be blank (was \"\")"),
                refused(
                        "knowledge version 0",
                        () -> new BrandKnowledge(
                                KnowledgeId.random(),
                                KnowledgeType.CLAIM,
                                "T",
                                "C",
                                null,
                                Score.ONE,
                                KnowledgeCategory.MEDICAL,
                                KnowledgeStatus.ACTIVE,
                                0,
                                T0,
                                T0),
                        "version: 0 is below the minimum 1"),
                refused(
                        "knowledge without content",
                        () -> new BrandKnowledge(
                                KnowledgeId.random(),
                                KnowledgeType.CLAIM,
                                "T",
                                " ",
                                null,
                                Score.ONE,
                                KnowledgeCategory.MEDICAL,
                                KnowledgeStatus.ACTIVE,
                                1,
                                T0,
                                T0),
                        "content: must not be blank (was \" \")"),
                refused(
                        "guideline with a blank requirement",
                        () -> new BrandGuideline(
                                GuidelineId.random(),
                                GuidelineType.CLAIMS,
                                GuidelineCategory.MEDICAL,
                                "No cures",
                                "",
                                List.of("ok", ""),
                                List.of(),
                                "",
                                SeverityLevel.CRITICAL,
                                List.of(),
                                T0,
                                T0),
                        "requirements[1]: must not be blank (was \"\")"),
                refused(
                        "template used a negative number of times",
                        () -> new ContentTemplate(
                                TemplateId.random(),
                                "Reel hook",
                                ContentType.REEL,
                                Platform.INSTAGRAM,
                                "{}",
                                "",
                                "",
                                List.of(),
                                -1,
                                Score.ZERO,
                                T0,
                                T0),
                        "usage_count: -1 is below the minimum 0"),
                refused("page size 0", () -> PageRequest.first(0), "page size: 0 is outside 1..500"),
                refused(
                        "user without roles",
                        () -> new User(EDITOR.id(), "Nobody", Set.of()),
                        "roles: user Nobody needs at least one role"),
                refused(
                        "signature of 10 bytes",
                        () -> new ReviewSignature(new byte[10]),
                        "signature: 10 bytes, Ed25519 needs 64"),
                refused(
                        "audit hash not hex",
                        () -> new AuditEntry(
                                1, new AuditRecord(T0, EDITOR.id(), "a", "s", Map.of()), "0".repeat(64), "xyz"),
                        "hash: \"xyz\" is not a SHA-256 hex digest"),
                refused(
                        "audit action blank",
                        () -> new AuditRecord(T0, EDITOR.id(), "", "s", Map.of()),
                        "action: must not be blank (was \"\")"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void invalidValuesAreRefusedNamingTheFieldAndValue(String name, ThrowingCallable construction, String message) {
        assertThatThrownBy(construction)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.5, 1.0})
    void scoresFromZeroToOneInclusiveAreAccepted(double value) {
        assertThat(new Score(value).value()).isEqualTo(value);
    }

    @Test
    void idsRoundTripThroughText() {
        ContentId id = ContentId.random();
        assertThat(ContentId.parse(id.toString())).isEqualTo(id);
        assertThat(ContentId.parse(" " + id + " ")).isEqualTo(id);
    }

    @Test
    void hashtagsLoseTheirLeadingHash() {
        assertThat(bodyWith("T", List.of(Platform.TIKTOK), List.of("#sleep", "light"))
                        .hashtags())
                .containsExactly("sleep", "light");
    }

    @Test
    void collectionsAreCopiedSoCallersCannotChangeARecord() {
        var platforms = new java.util.ArrayList<>(List.of(Platform.TIKTOK));
        ContentBody body = bodyWith("T", platforms, List.of());
        platforms.add(Platform.YOUTUBE);
        assertThat(body.platforms()).containsExactly(Platform.TIKTOK);
    }
}
