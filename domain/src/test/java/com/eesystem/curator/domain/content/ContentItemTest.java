package com.eesystem.curator.domain.content;

import static com.eesystem.curator.domain.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.compliance.CheckResult;
import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.domain.platform.Platform;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContentItemTest {

    static final Instant LATER = T0.plusSeconds(60);

    static List<CheckOutcome> allPassed(long revision) {
        return List.of(
                new CheckOutcome(CheckType.MEDICAL_CLAIM, CheckResult.PASSED, SeverityLevel.PREFERRED, revision),
                new CheckOutcome(CheckType.BRAND_VOICE, CheckResult.PASSED, SeverityLevel.PREFERRED, revision),
                new CheckOutcome(CheckType.LEGAL_REVIEW, CheckResult.WARNING, SeverityLevel.PREFERRED, revision));
    }

    /** Performs {@code action} with every guard satisfied, so only the lifecycle table can refuse. */
    static ContentChange perform(ContentItem item, ContentAction action) {
        ReviewGate gate = ReviewGate.requiringAll();
        return switch (action) {
            case EDIT -> item.edit(item.body().withCaption("New words."), LATER);
            case SUBMIT -> item.submit(gate, allPassed(item.revision()), List.of(), LATER);
            case APPROVE ->
                item.approve(gate, REVIEWER.id(), item.revision(), allPassed(item.revision()), List.of(), LATER);
            case REJECT -> item.reject("Not for us.", LATER);
            case REQUEST_CHANGES -> item.requestChanges("Soften the second line.", LATER);
            case SCHEDULE -> item.schedule(LATER);
            case UNSCHEDULE -> item.unschedule(LATER);
            case PUBLISH -> item.publish(LATER);
            case RECORD_METRICS -> item.recordMetrics(Map.of("likes", 12.0), LATER);
            case ARCHIVE -> item.archive(LATER);
        };
    }

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (ContentStatus from : ContentStatus.values()) {
            for (ContentAction action : ContentAction.values()) {
                pairs.add(Arguments.of(
                        from,
                        action,
                        Optional.ofNullable(ContentLifecycleTest.SPEC.get(from).get(action))));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("everyPair")
    void everyTransitionMethodFollowsTheTable(
            ContentStatus from, ContentAction action, Optional<ContentStatus> expected) {
        ContentItem item = inStatus(from);
        ContentChange change = perform(item, action);
        if (expected.isPresent()) {
            assertThat(change).isInstanceOf(ContentChange.Changed.class);
            ContentItem next = change.orThrow();
            assertThat(next.status()).isEqualTo(expected.get());
            assertThat(next.version()).isEqualTo(item.version() + 1);
            assertThat(next.revision()).isEqualTo(action == ContentAction.EDIT ? item.revision() + 1 : item.revision());
            assertThat(next.updatedAt()).isEqualTo(LATER);
        } else {
            assertThat(change)
                    .isEqualTo(new ContentChange.Refused(List.of(new ContentRefusal.NotAllowed(from, action))));
            assertThat(((ContentChange.Refused) change).message())
                    .startsWith("status: cannot " + action.words() + " content that is " + from.storedValue());
        }
    }

    @Test
    void editingApprovedContentSendsItBackToReviewAsANewRevision() {
        ContentItem approved = inStatus(ContentStatus.APPROVED);
        ContentItem edited =
                approved.edit(approved.body().withCaption("Changed."), LATER).orThrow();
        assertThat(edited.status()).isEqualTo(ContentStatus.IN_REVIEW);
        assertThat(edited.revision()).isEqualTo(approved.revision() + 1);
        assertThat(edited.body().caption()).isEqualTo("Changed.");
    }

    @Test
    void theFirstPublicationSetsPublishedAtAndLaterOnesKeepIt() {
        ContentItem published = inStatus(ContentStatus.APPROVED).publish(LATER).orThrow();
        assertThat(published.publishedAt()).isEqualTo(LATER);
        ContentItem again = published.publish(LATER.plusSeconds(3600)).orThrow();
        assertThat(again.publishedAt()).isEqualTo(LATER);
    }

    @Test
    void metricsMergeWithNewValuesWinning() {
        ContentItem published = inStatus(ContentStatus.PUBLISHED)
                .recordMetrics(Map.of("likes", 1.0, "shares", 2.0), LATER)
                .orThrow()
                .recordMetrics(Map.of("likes", 5.0), LATER)
                .orThrow();
        assertThat(published.performanceMetrics()).containsEntry("likes", 5.0).containsEntry("shares", 2.0);
    }

    @Test
    void rejectingWithoutACommentIsRefused() {
        ContentChange change = inStatus(ContentStatus.IN_REVIEW).reject("  ", LATER);
        assertThat(change)
                .isEqualTo(
                        new ContentChange.Refused(List.of(new ContentRefusal.CommentRequired(ContentAction.REJECT))));
    }

    @Test
    void rejectionKeepsTheCommentAsComplianceNotes() {
        ContentItem draft = inStatus(ContentStatus.IN_REVIEW)
                .requestChanges("Cite the study.", LATER)
                .orThrow();
        assertThat(draft.status()).isEqualTo(ContentStatus.DRAFT);
        assertThat(draft.complianceNotes()).isEqualTo("Cite the study.");
    }

    @Test
    void updatedAtNeverMovesBackwardsWhenAClockLags() {
        ContentItem item = inStatus(ContentStatus.DRAFT);
        ContentItem edited =
                item.edit(item.body().withCaption("x"), T0.minusSeconds(30)).orThrow();
        assertThat(edited.updatedAt()).isEqualTo(item.updatedAt());
    }

    @Test
    void approvalSummarisesOverridesInTheNotes() {
        ContentItem item = inStatus(ContentStatus.IN_REVIEW);
        List<CheckOutcome> outcomes = List.of(
                new CheckOutcome(CheckType.MEDICAL_CLAIM, CheckResult.FAILED, SeverityLevel.IMPORTANT, 2),
                new CheckOutcome(CheckType.BRAND_VOICE, CheckResult.PASSED, SeverityLevel.PREFERRED, 2),
                new CheckOutcome(CheckType.LEGAL_REVIEW, CheckResult.PASSED, SeverityLevel.PREFERRED, 2));
        ContentItem approved = item.approve(
                        ReviewGate.requiringAll(),
                        REVIEWER.id(),
                        2,
                        outcomes,
                        List.of(new CheckOverride(CheckType.MEDICAL_CLAIM, "Quoted from the approved claims list")),
                        LATER)
                .orThrow();
        assertThat(approved.status()).isEqualTo(ContentStatus.APPROVED);
        assertThat(approved.complianceNotes())
                .isEqualTo("override medical_claim: Quoted from the approved claims list");
    }

    @Test
    void publishedAtIsRequiredForPublishedContent() {
        assertThatThrownBy(() -> new ContentItem(
                        ContentId.random(),
                        1,
                        1,
                        EDITOR.id(),
                        body(),
                        ContentStatus.PUBLISHED,
                        "",
                        Map.of(),
                        T0,
                        T0,
                        null))
                .hasMessageStartingWith("published_at: required when status is published");
    }

    @Test
    void publishedAtIsRefusedOnUnpublishedContent() {
        assertThatThrownBy(() -> new ContentItem(
                        ContentId.random(), 1, 1, EDITOR.id(), body(), ContentStatus.DRAFT, "", Map.of(), T0, T0, T0))
                .hasMessage("published_at: " + T0 + " set on content that is draft");
    }

    @Test
    void targetsOnlyItsPlatforms() {
        assertThat(draft().targets(Platform.INSTAGRAM)).isTrue();
        assertThat(draft().targets(Platform.YOUTUBE)).isFalse();
    }
}
