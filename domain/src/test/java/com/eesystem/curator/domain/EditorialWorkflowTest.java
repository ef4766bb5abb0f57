package com.eesystem.curator.domain;

import static com.eesystem.curator.domain.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.audit.AuditEntry;
import com.eesystem.curator.domain.audit.AuditTrail;
import com.eesystem.curator.domain.compliance.CheckResult;
import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.domain.content.CheckOverride;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentRefusal;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.content.CreateDraft;
import com.eesystem.curator.domain.content.EditDraft;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.policy.Outcome;
import com.eesystem.curator.domain.review.DecideReview;
import com.eesystem.curator.domain.review.SubmitForReview;
import com.eesystem.curator.domain.review.Verdict;
import com.eesystem.curator.domain.schedule.Publisher;
import com.eesystem.curator.domain.schedule.RecordPublication;
import com.eesystem.curator.domain.schedule.ScheduleEntry;
import com.eesystem.curator.domain.schedule.SchedulePost;
import com.eesystem.curator.domain.schedule.ScheduleStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The whole loop as two people: an editor writes, a reviewer decides, the calendar publishes. */
class EditorialWorkflowTest {

    final Desk desk = new Desk();

    @Test
    void draftToPublishedAsTwoPeople() {
        // the editor drafts a medical claim: the critical check refuses the submission
        ContentItem draft = desk.draftBy(EDITOR, "Ten minutes of this light cures insomnia.");
        Outcome<SubmitForReview.Submitted> refused = desk.submitForReview.submit(
                new SubmitForReview.Command(EDITOR, draft.id(), draft.version(), List.of()));
        assertThat(refused)
                .isInstanceOfSatisfying(
                        Outcome.Refused.class,
                        r -> assertThat(r.message())
                                .isEqualTo("check medical_claim: failed (critical) and not overridden"));
        assertThat(desk.current(draft.id()).status()).isEqualTo(ContentStatus.DRAFT);

        // the editor fixes the wording and submits again
        ContentItem fixed = desk.editDraft
                .edit(new EditDraft.Command(
                        EDITOR,
                        draft.id(),
                        draft.version(),
                        draft.body().withCaption("Ten quiet minutes in the light, every morning.")))
                .orThrow()
                .item();
        assertThat(fixed.revision()).isEqualTo(2);
        ContentItem inReview = desk.submitForReview
                .submit(new SubmitForReview.Command(EDITOR, fixed.id(), fixed.version(), List.of()))
                .orThrow()
                .item();
        assertThat(inReview.status()).isEqualTo(ContentStatus.IN_REVIEW);

        // another person reviews and approves the revision they read
        ContentItem approved = desk.decideReview
                .decide(new DecideReview.Command(
                        REVIEWER, desk.decision(REVIEWER, inReview, Verdict.APPROVED, "Good.", List.of())))
                .orThrow();
        assertThat(approved.status()).isEqualTo(ContentStatus.APPROVED);
        assertThat(desk.decisions.latest(approved.id()).orElseThrow().contentRevision())
                .isEqualTo(2);

        // the editor puts it on the calendar for Friday 09:00 Berlin: week 1, day 5, theme of week 1
        Instant friday = Instant.parse("2026-11-27T08:00:00Z");
        ScheduleEntry entry = desk.schedulePost
                .schedule(new SchedulePost.Command(
                        EDITOR, approved.id(), Platform.INSTAGRAM, friday, 7, Optional.empty()))
                .orThrow();
        assertThat(entry.cyclePosition().cycleWeek()).isEqualTo(1);
        assertThat(entry.cycleDay()).isEqualTo(5);
        assertThat(entry.theme()).isEqualTo("Light");
        assertThat(desk.current(approved.id()).status()).isEqualTo(ContentStatus.SCHEDULED);

        // when due, the publisher's answer is recorded
        desk.clock.advance(Duration.ofDays(2));
        assertThat(desk.schedule.due(desk.clock.instant(), 10)).containsExactly(entry);
        RecordPublication.Recorded recorded = desk.recordPublication
                .record(new RecordPublication.Command(
                        EDITOR,
                        entry.id(),
                        new RecordPublication.Report.Result(new Publisher.PublishResult.Published(
                                "17890", "https://instagram.com/p/17890", friday, Map.of()))))
                .orThrow();
        assertThat(recorded.entry().status()).isEqualTo(ScheduleStatus.PUBLISHED);
        assertThat(recorded.entry().resultData()).containsEntry("post_id", "17890");
        assertThat(recorded.content().status()).isEqualTo(ContentStatus.PUBLISHED);
        assertThat(recorded.content().publishedAt()).isEqualTo(friday);

        // metrics arrive later
        ContentItem measured = desk.recordPublication
                .record(new RecordPublication.Command(
                        EDITOR, entry.id(), new RecordPublication.Report.Metrics(Map.of("likes", 120.0))))
                .orThrow()
                .content();
        assertThat(measured.performanceMetrics()).containsEntry("likes", 120.0);

        // every step is in the audit log, and the chain holds
        assertThat(desk.audit.all().stream().map(e -> e.record().action()))
                .containsExactly(
                        "content.created",
                        "content.edited",
                        "content.submitted",
                        "review.approved",
                        "schedule.created",
                        "schedule.published",
                        "content.metrics_recorded");
        assertThat(new AuditTrail(desk.audit).verify()).isInstanceOf(AuditTrail.ChainVerification.Intact.class);
    }

    @Test
    void theAuthorCannotApproveTheirOwnItemEvenAsAReviewer() {
        ContentItem own = desk.submitted(desk.draftBy(EDITOR_AND_REVIEWER, "A calm morning."));
        Outcome<ContentItem> outcome = desk.decideReview.decide(new DecideReview.Command(
                EDITOR_AND_REVIEWER, desk.decision(EDITOR_AND_REVIEWER, own, Verdict.APPROVED, "", List.of())));
        assertThat(outcome).isEqualTo(Outcome.refused(new ContentRefusal.ReviewerIsAuthor(EDITOR_AND_REVIEWER.id())));
        assertThat(desk.current(own.id()).status()).isEqualTo(ContentStatus.IN_REVIEW);
        assertThat(desk.decisions.history(own.id())).isEmpty();
    }

    @Test
    void aManualReviewNeedsAnOverrideWithAReason() {
        ContentItem inReview = desk.submitted(desk.draftBy(EDITOR, "Buy now and feel the calm."));
        Outcome<ContentItem> withoutReason = desk.decideReview.decide(new DecideReview.Command(
                REVIEWER,
                desk.decision(
                        REVIEWER,
                        inReview,
                        Verdict.APPROVED,
                        "",
                        List.of(new CheckOverride(CheckType.BRAND_VOICE, "")))));
        assertThat(withoutReason)
                .isEqualTo(Outcome.refused(new ContentRefusal.OverrideNeedsReason(CheckType.BRAND_VOICE)));
        ContentItem approved = desk.decideReview
                .decide(new DecideReview.Command(
                        REVIEWER,
                        desk.decision(
                                REVIEWER,
                                inReview,
                                Verdict.APPROVED,
                                "",
                                List.of(new CheckOverride(
                                        CheckType.BRAND_VOICE, "Campaign call to action approved by marketing")))))
                .orThrow();
        assertThat(approved.complianceNotes())
                .isEqualTo("override brand_voice: Campaign call to action approved by marketing");
        assertThat(desk.audit.head().map(AuditEntry::record).orElseThrow().details())
                .containsEntry("override.brand_voice", "Campaign call to action approved by marketing");
    }

    @Test
    void anEditDuringReviewVoidsTheReviewOfTheOldRevision() {
        ContentItem inReview = desk.submitted(desk.draftBy(EDITOR, "A calm morning."));
        var readByReviewer = desk.decision(REVIEWER, inReview, Verdict.APPROVED, "", List.of());
        desk.editDraft
                .edit(new EditDraft.Command(
                        EDITOR,
                        inReview.id(),
                        inReview.version(),
                        inReview.body().withCaption("A calmer morning.")))
                .orThrow();
        assertThat(desk.decideReview.decide(new DecideReview.Command(REVIEWER, readByReviewer)))
                .isEqualTo(Outcome.refused(new ContentRefusal.StaleRevision(1, 2)));
    }

    @Test
    void editingApprovedContentSendsItBackToReviewAndChecksItAgain() {
        ContentItem approved = desk.approved(desk.draftBy(EDITOR, "A calm morning."));
        int runsBefore = ((com.eesystem.curator.domain.memory.WordListReviewChecks) desk.checks).runs();
        EditDraft.Edited edited = desk.editDraft
                .edit(new EditDraft.Command(
                        EDITOR,
                        approved.id(),
                        approved.version(),
                        approved.body().withCaption("This heals.")))
                .orThrow();
        assertThat(edited.item().status()).isEqualTo(ContentStatus.IN_REVIEW);
        assertThat(((com.eesystem.curator.domain.memory.WordListReviewChecks) desk.checks).runs())
                .isEqualTo(runsBefore + 1);
        assertThat(edited.checks())
                .contains(new com.eesystem.curator.domain.content.CheckOutcome(
                        CheckType.MEDICAL_CLAIM, CheckResult.FAILED, SeverityLevel.CRITICAL, 2));
    }

    @Test
    void editingScheduledContentCancelsItsPendingPublications() {
        ContentItem approved = desk.approved(desk.draftBy(EDITOR, "A calm morning."));
        Instant at = T0.plus(Duration.ofDays(1));
        ScheduleEntry entry = desk.schedulePost
                .schedule(new SchedulePost.Command(EDITOR, approved.id(), Platform.TWITTER, at, 5, Optional.empty()))
                .orThrow();
        ContentItem scheduled = desk.current(approved.id());
        EditDraft.Edited edited = desk.editDraft
                .edit(new EditDraft.Command(
                        EDITOR,
                        scheduled.id(),
                        scheduled.version(),
                        scheduled.body().withCaption("Changed.")))
                .orThrow();
        assertThat(edited.cancelledPublications()).isEqualTo(1);
        assertThat(desk.schedule.find(entry.id()).orElseThrow().status()).isEqualTo(ScheduleStatus.CANCELLED);
        assertThat(edited.item().status()).isEqualTo(ContentStatus.IN_REVIEW);
    }

    @Test
    void anEditFromAnOldVersionIsAConflictAndChangesNothing() {
        ContentItem draft = desk.draftBy(EDITOR, "One.");
        desk.editDraft
                .edit(new EditDraft.Command(EDITOR, draft.id(), 1, draft.body().withCaption("Two.")))
                .orThrow();
        Outcome<EditDraft.Edited> late = desk.editDraft.edit(
                new EditDraft.Command(OTHER_EDITOR, draft.id(), 1, draft.body().withCaption("Three.")));
        assertThat(late)
                .isInstanceOfSatisfying(
                        Outcome.Conflict.class,
                        conflict -> assertThat(conflict.message())
                                .isEqualTo("content " + draft.id()
                                        + ": edited from version 1 but the library holds version 2"));
        assertThat(desk.current(draft.id()).body().caption()).isEqualTo("Two.");
    }

    @Test
    void rejectingNeedsACommentAndReturnsTheDraftToItsAuthor() {
        ContentItem inReview = desk.submitted(desk.draftBy(EDITOR, "A calm morning."));
        assertThat(desk.decideReview.decide(new DecideReview.Command(
                        REVIEWER, desk.decision(REVIEWER, inReview, Verdict.REJECTED, " ", List.of()))))
                .isEqualTo(Outcome.refused(
                        new ContentRefusal.CommentRequired(com.eesystem.curator.domain.content.ContentAction.REJECT)));
        ContentItem back = desk.decideReview
                .decide(new DecideReview.Command(
                        REVIEWER,
                        desk.decision(REVIEWER, inReview, Verdict.CHANGES_REQUESTED, "Cite the source.", List.of())))
                .orThrow();
        assertThat(back.status()).isEqualTo(ContentStatus.DRAFT);
        assertThat(back.complianceNotes()).isEqualTo("Cite the source.");
    }

    @Test
    void draftsAreListedAndCountedByTheLibrary() {
        desk.draftBy(EDITOR, "Morning light and tea.");
        desk.createDraft
                .create(new CreateDraft.Command(OTHER_EDITOR, body().withTitle("Evening wind-down")))
                .orThrow();
        var query = com.eesystem.curator.domain.content.ContentQuery.all().withKeywords("TEA morning");
        assertThat(desk.library.count(query)).isEqualTo(1);
        assertThat(desk.library.countByStatus()).containsEntry(ContentStatus.DRAFT, 2L);
    }
}
