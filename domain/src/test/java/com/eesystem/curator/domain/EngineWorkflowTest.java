package com.eesystem.curator.domain;

import static com.eesystem.curator.domain.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.compliance.CheckResult;
import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.compliance.ComplianceEngine;
import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.domain.content.CheckOverride;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentRefusal;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.content.EditDraft;
import com.eesystem.curator.domain.memory.InMemoryComplianceChecks;
import com.eesystem.curator.domain.policy.Outcome;
import com.eesystem.curator.domain.queue.ComplianceReviewTask;
import com.eesystem.curator.domain.queue.ReviewPriority;
import com.eesystem.curator.domain.review.DecideReview;
import com.eesystem.curator.domain.review.RecordedReviewChecks;
import com.eesystem.curator.domain.review.SubmitForReview;
import com.eesystem.curator.domain.review.Verdict;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The review loop on helper compliance's bundled rule pack, its rows kept like compliance_checks. */
class EngineWorkflowTest {

    final InMemoryComplianceChecks rows = new InMemoryComplianceChecks();
    final Desk desk = new Desk(clock -> RecordedReviewChecks.over(ComplianceEngine.bundled(), rows, clock));

    @Test
    void aDiseaseClaimIsRefusedFixedThenApprovedByAnotherPerson() {
        ContentItem draft = desk.draftBy(EDITOR, "Ten minutes of this light cures insomnia.");
        assertThat(desk.submitForReview.submit(new SubmitForReview.Command(EDITOR, draft.id(), 1, List.of())))
                .isEqualTo(Outcome.refused(new ContentRefusal.CheckNotPassed(
                        CheckType.MEDICAL_CLAIM, CheckResult.FAILED, SeverityLevel.CRITICAL)));

        desk.clock.advance(Duration.ofMinutes(1));
        ContentItem fixed = desk.editDraft
                .edit(new EditDraft.Command(
                        EDITOR,
                        draft.id(),
                        1,
                        draft.body().withCaption("Ten quiet minutes in the light, every morning.")))
                .orThrow()
                .item();
        desk.clock.advance(Duration.ofMinutes(1));
        ContentItem inReview = desk.submitForReview
                .submit(new SubmitForReview.Command(EDITOR, fixed.id(), fixed.version(), List.of()))
                .orThrow()
                .item();
        assertThat(desk.reviewRequests)
                .as("every check passed: no one has to look")
                .isEmpty();
        ContentItem approved = desk.decideReview
                .decide(new DecideReview.Command(
                        REVIEWER, desk.decision(REVIEWER, inReview, Verdict.APPROVED, "", List.of())))
                .orThrow();
        assertThat(approved.status()).isEqualTo(ContentStatus.APPROVED);
        // both runs are kept: revision 1 failed, revision 2 passed
        assertThat(rows.history(draft.id().value()))
                .extracting(check -> check.contentVersion())
                .containsOnly(1L, 2L);
    }

    @Test
    void aCriticalFailureCanBeApprovedOnlyWithAReviewersReason() {
        ContentItem draft = desk.draftBy(EDITOR, "Doctors recommend our sessions for everyone.");
        ContentItem inReview = desk.submitForReview
                .submit(new SubmitForReview.Command(
                        ADMIN,
                        draft.id(),
                        1,
                        List.of(new CheckOverride(
                                CheckType.MEDICAL_CLAIM, "Quote approved by Dr. Lee, file 2026-114"))))
                .orThrow()
                .item();
        assertThat(desk.reviewRequests)
                .as("the overridden critical failure is queued for a compliance reviewer, first")
                .first()
                .isEqualTo(new ComplianceReviewTask(draft.id(), CheckType.MEDICAL_CLAIM, ReviewPriority.CRITICAL));
        assertThat(desk.decideReview.decide(new DecideReview.Command(
                        REVIEWER, desk.decision(REVIEWER, inReview, Verdict.APPROVED, "", List.of()))))
                .isEqualTo(Outcome.refused(new ContentRefusal.CheckNotPassed(
                        CheckType.MEDICAL_CLAIM, CheckResult.FAILED, SeverityLevel.CRITICAL)));
        ContentItem approved = desk.decideReview
                .decide(new DecideReview.Command(
                        REVIEWER,
                        desk.decision(
                                REVIEWER,
                                inReview,
                                Verdict.APPROVED,
                                "",
                                List.of(new CheckOverride(
                                        CheckType.MEDICAL_CLAIM, "Substantiation on file 2026-114")))))
                .orThrow();
        assertThat(approved.status()).isEqualTo(ContentStatus.APPROVED);
    }
}
