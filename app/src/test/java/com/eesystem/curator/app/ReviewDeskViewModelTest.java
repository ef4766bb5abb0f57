package com.eesystem.curator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.audit.AuditEntry;
import com.eesystem.curator.domain.audit.AuditTrail;
import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.content.CheckOverride;
import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentQuery;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.content.CreateDraft;
import com.eesystem.curator.domain.paging.PageRequest;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.review.ReviewDecision;
import com.eesystem.curator.domain.review.SubmitForReview;
import com.eesystem.curator.domain.user.Role;
import com.eesystem.curator.domain.user.User;
import com.eesystem.curator.domain.user.UserId;
import com.eesystem.curator.ui.review.ReviewDeskViewModel;
import com.eesystem.curator.ui.review.ReviewDeskViewModel.Result;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The review desk's view model on a real local store, as editors, reviewers and admins. */
class ReviewDeskViewModelTest {

    @TempDir
    Path dataDir;

    Workstation workstation;
    User rita = User.of(UserId.random(), "Rita Reviewer", Role.REVIEWER);
    User ana = User.of(UserId.random(), "Ana Admin", Role.ADMIN);

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        workstation = Workstation.open(new DataDirectory(dataDir), Clock.systemUTC(), "test-editor");
        workstation.store().userProfiles().add(rita);
        workstation.store().userProfiles().add(ana);
    }

    @AfterEach
    void close() throws InterruptedException {
        background.shutdown();
        assertThat(background.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        workstation.close();
    }

    /** The desk's tasks run where the window runs them: on a background thread, never the FX thread. */
    final ExecutorService background = Executors.newSingleThreadExecutor();

    private ReviewDeskViewModel deskOf(User user) {
        return new ReviewDeskViewModel(workstation.as(user).reviewServices(), background, Clock.systemUTC());
    }

    /** Waits until the tasks started so far, and those their results started, are done and shown. */
    private void settle(ReviewDeskViewModel desk) throws TimeoutException {
        for (int round = 0; round < 3; round++) {
            WaitForAsyncUtils.waitForFxEvents();
            try {
                background.submit(() -> {}).get(10, TimeUnit.SECONDS);
            } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                throw new AssertionError(e);
            }
            WaitForAsyncUtils.waitForFxEvents();
        }
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> !desk.busyProperty().get());
    }

    private void selectTitled(ReviewDeskViewModel desk, String title) throws TimeoutException {
        desk.refresh();
        settle(desk);
        var queued = desk.queueProperty().stream()
                .filter(q -> q.item().title().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError(title + " is not in the queue " + desk.queueProperty()));
        WaitForAsyncUtils.asyncFx(() -> desk.select(queued));
        settle(desk);
    }

    /** Ana (admin) writes a claim and submits it over the critical failure, so it waits failed. */
    private ContentItem claimSubmittedWithOverrideBy(User author) {
        Workstation as = workstation.as(author);
        ContentItem draft = as.editorServices()
                .createDraft()
                .create(new CreateDraft.Command(
                        author,
                        ContentBody.of(
                                "Insomnia claim",
                                ContentType.REEL,
                                List.of(Platform.INSTAGRAM),
                                "Ten minutes of this light cures insomnia.")))
                .orThrow();
        return as.editorServices()
                .submitForReview()
                .submit(new SubmitForReview.Command(
                        author,
                        draft.id(),
                        draft.version(),
                        List.of(new CheckOverride(CheckType.MEDICAL_CLAIM, "quoted from a customer letter"))))
                .orThrow()
                .item();
    }

    private ContentItem stored(ContentItem item) {
        return workstation.editorServices().library().find(item.id()).orElseThrow();
    }

    @Test
    void theQueueShowsCriticalFindingsFirstThenTheLongestWaiting() throws TimeoutException {
        workstation.seedDemoIfEmpty();
        claimSubmittedWithOverrideBy(ana);
        long inReview = workstation
                .editorServices()
                .library()
                .count(ContentQuery.all().withStatuses(Set.of(ContentStatus.IN_REVIEW)));
        ReviewDeskViewModel desk = deskOf(rita);

        desk.refresh();
        settle(desk);

        assertThat(desk.queueProperty()).hasSize((int) inReview);
        // the demo's critical item waits longer than Ana's, so it leads
        assertThat(desk.queueProperty().subList(0, 2))
                .allMatch(ReviewDeskViewModel.Queued::critical)
                .extracting(q -> q.item().title())
                .containsExactly("Pain relief claim (critical, in review)", "Insomnia claim");
        assertThat(desk.queueProperty().subList(2, (int) inReview))
                .noneMatch(ReviewDeskViewModel.Queued::critical)
                .extracting(q -> q.item().updatedAt())
                .isSorted();
    }

    @Test
    void theDemoWorkspaceAddsAReviewerWhoMayDecideTheDemoItems() throws TimeoutException {
        workstation.seedDemoIfEmpty();
        User demoReviewer = workstation.store().userProfiles().all().stream()
                .filter(user -> user.displayName().equals(Workstation.DEMO_REVIEWER))
                .findFirst()
                .orElseThrow();
        assertThat(demoReviewer.roles()).containsExactly(Role.REVIEWER);
        ReviewDeskViewModel desk = deskOf(demoReviewer);
        selectTitled(desk, "Behind the scenes video");

        WaitForAsyncUtils.asyncFx(desk::approve);
        settle(desk);

        assertThat(desk.resultProperty().get()).isInstanceOf(Result.Decided.class);
    }

    @Test
    void aReviewerApprovesAndTheDecisionAndItsAuditEntryAreStored() throws TimeoutException {
        workstation.seedDemoIfEmpty();
        ReviewDeskViewModel desk = deskOf(rita);
        selectTitled(desk, "Studio tour");
        ContentItem item = desk.selectedProperty().get().item();
        assertThat(desk.detailProperty().get().checks()).hasSize(3);
        assertThat(desk.detailProperty().get().unsatisfied()).isEmpty();

        WaitForAsyncUtils.asyncFx(() -> desk.commentProperty().set("Lovely, thanks."));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(desk::approve);
        settle(desk);

        assertThat(desk.resultProperty().get()).isInstanceOf(Result.Decided.class);
        // the queue list reloads and clears its selection: the message saying what happened stays
        WaitForAsyncUtils.asyncFx(() -> desk.select(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desk.resultProperty().get()).isInstanceOf(Result.Decided.class);
        assertThat(stored(item).status()).isEqualTo(ContentStatus.APPROVED);
        List<ReviewDecision> decisions = workstation.store().reviewDecisions().history(item.id());
        assertThat(decisions).singleElement().satisfies(decision -> {
            assertThat(decision.reviewer()).isEqualTo(rita.id());
            assertThat(decision.contentRevision()).isEqualTo(item.revision());
            assertThat(decision.comment()).isEqualTo("Lovely, thanks.");
        });
        AuditEntry head = workstation.store().auditLog().head().orElseThrow();
        assertThat(head.record().action()).isEqualTo("review.approved");
        assertThat(head.record().actor()).isEqualTo(rita.id());
        assertThat(new AuditTrail(workstation.store().auditLog()).verify())
                .isInstanceOf(AuditTrail.ChainVerification.Intact.class);
        assertThat(desk.queueProperty()).noneMatch(q -> q.item().id().equals(item.id()));
    }

    @Test
    void approvingOverAFailedCheckIsRefusedWithoutAReasonAndRecordedWithOne() throws TimeoutException {
        ContentItem claim = claimSubmittedWithOverrideBy(ana);
        ReviewDeskViewModel desk = deskOf(rita);
        selectTitled(desk, "Insomnia claim");
        assertThat(desk.detailProperty().get().unsatisfied())
                .extracting(outcome -> outcome.checkType())
                .contains(CheckType.MEDICAL_CLAIM);
        // the claim is highlighted where it is in the caption
        var queued = desk.selectedProperty().get();
        var claimIssue = queued.issues().stream()
                .filter(issue -> issue.critical())
                .findFirst()
                .orElseThrow();
        int[] span = queued.captionSpan(claimIssue).orElseThrow();
        assertThat(queued.fieldOf(claimIssue)).isEqualTo("caption");
        assertThat(claim.body().caption().substring(span[0], span[1])).containsIgnoringCase("cure");

        WaitForAsyncUtils.asyncFx(desk::approve);
        settle(desk);
        assertThat(desk.resultProperty().get())
                .isInstanceOf(Result.Refused.class)
                .extracting(Result::text)
                .asString()
                .contains("Could not approve")
                .contains("check medical_claim: failed (critical) and not overridden");
        assertThat(stored(claim).status()).isEqualTo(ContentStatus.IN_REVIEW);

        WaitForAsyncUtils.asyncFx(() -> desk.overrideReasonProperty().set("Customer quote, legal signed off"));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(desk::approve);
        settle(desk);

        assertThat(desk.resultProperty().get()).isInstanceOf(Result.Decided.class);
        assertThat(stored(claim).status()).isEqualTo(ContentStatus.APPROVED);
        assertThat(workstation
                        .store()
                        .reviewDecisions()
                        .latest(claim.id())
                        .orElseThrow()
                        .overrides())
                .contains(new CheckOverride(CheckType.MEDICAL_CLAIM, "Customer quote, legal signed off"));
    }

    @Test
    void theAuthorCannotApproveTheirOwnItem() throws TimeoutException {
        ContentItem claim = claimSubmittedWithOverrideBy(ana);
        ReviewDeskViewModel desk = deskOf(ana);
        selectTitled(desk, "Insomnia claim");
        WaitForAsyncUtils.asyncFx(() -> desk.overrideReasonProperty().set("mine anyway"));
        WaitForAsyncUtils.waitForFxEvents();

        WaitForAsyncUtils.asyncFx(desk::approve);
        settle(desk);

        assertThat(desk.resultProperty().get().text()).contains("is the author and cannot approve their own content");
        assertThat(stored(claim).status()).isEqualTo(ContentStatus.IN_REVIEW);
        assertThat(workstation.store().reviewDecisions().history(claim.id())).isEmpty();
    }

    @Test
    void anEditorIsOfferedNoDecisionAndTheDomainRefusesOneAnyway() throws TimeoutException {
        workstation.seedDemoIfEmpty();
        User ed = User.of(UserId.random(), "Ed Editor", Role.EDITOR);
        workstation.store().userProfiles().add(ed);
        ReviewDeskViewModel desk = deskOf(ed);
        assertThat(desk.canDecide()).isFalse();
        assertThat(deskOf(rita).canDecide()).isTrue();
        selectTitled(desk, "Studio tour");

        WaitForAsyncUtils.asyncFx(desk::approve);
        settle(desk);

        assertThat(desk.resultProperty().get().text()).contains("may not approve, reject or request changes");
    }

    @Test
    void rejectingNeedsACommentAndSendsTheItemBackToDraft() throws TimeoutException {
        workstation.seedDemoIfEmpty();
        ReviewDeskViewModel desk = deskOf(rita);
        selectTitled(desk, "Weekend hours");
        ContentItem item = desk.selectedProperty().get().item();

        WaitForAsyncUtils.asyncFx(desk::reject);
        settle(desk);
        assertThat(desk.resultProperty().get().text()).contains("comment: required to");

        WaitForAsyncUtils.asyncFx(() -> desk.commentProperty().set("Hours changed, please update."));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(desk::requestChanges);
        settle(desk);

        assertThat(stored(item).status()).isEqualTo(ContentStatus.DRAFT);
        assertThat(workstation.store().reviewDecisions().history(item.id()))
                .singleElement()
                .satisfies(decision -> assertThat(decision.comment()).isEqualTo("Hours changed, please update."));
        assertThat(workstation.store().userProfiles().find(rita.id())).contains(rita);
        assertThat(workstation
                        .editorServices()
                        .library()
                        .list(ContentQuery.all(), PageRequest.first(50))
                        .items())
                .isNotEmpty();
    }
}
