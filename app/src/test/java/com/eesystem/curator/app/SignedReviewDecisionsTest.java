package com.eesystem.curator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.content.CreateDraft;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.review.ContentDigest;
import com.eesystem.curator.domain.review.DecideReview;
import com.eesystem.curator.domain.review.ReviewDecision;
import com.eesystem.curator.domain.review.ReviewDecisionId;
import com.eesystem.curator.domain.review.ReviewSignatures;
import com.eesystem.curator.domain.review.SubmitForReview;
import com.eesystem.curator.domain.review.Verdict;
import com.eesystem.curator.domain.user.Role;
import com.eesystem.curator.domain.user.User;
import com.eesystem.curator.domain.user.UserId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A decision made through the workstation (as the window makes it) is signed with the reviewer's sealed key. */
class SignedReviewDecisionsTest {

    @TempDir
    Path dataDir;

    Workstation workstation;
    User rita = User.of(UserId.random(), "Rita Reviewer", Role.REVIEWER);

    @BeforeEach
    void open() {
        workstation = Workstation.open(new DataDirectory(dataDir), Clock.systemUTC(), "test-editor");
        workstation.store().userProfiles().add(rita);
    }

    @AfterEach
    void close() {
        workstation.close();
    }

    @Test
    void theReviewersDecisionIsSignedOverTheBodyTheyRead() {
        ContentItem waiting = submitted("Morning light", "A calm start to the day with soft morning light.");

        decide(waiting, Verdict.CHANGES_REQUESTED, "Shorter, please.");
        ReviewDecision recorded =
                workstation.store().reviewDecisions().latest(waiting.id()).orElseThrow();

        assertThat(recorded.signature()).isPresent();
        assertThat(recorded.contentDigest()).contains(ContentDigest.of(waiting.body()));
        assertThat(ReviewSignatures.verify(
                        recorded,
                        workstation
                                .store()
                                .reviewerKeys()
                                .publicKeyOf(rita.id())
                                .orElseThrow()))
                .isInstanceOf(ReviewSignatures.SignatureCheck.Valid.class);
        assertThat(dataDir.resolve("keys/reviewers/" + rita.id() + ".key")).satisfies(Files::exists);
        assertThat(workstation.store().auditLog().head().orElseThrow().record().details())
                .containsEntry("signed", "true");
    }

    @Test
    void anApprovalIsSignedAndTheItemIsApproved() {
        ContentItem waiting = submitted("Evening calm", "An evening routine with a cup of tea and a quiet room.");

        ContentItem approved = decide(waiting, Verdict.APPROVED, "Reads well.");

        assertThat(approved.status()).isEqualTo(ContentStatus.APPROVED);
        assertThat(workstation
                        .store()
                        .reviewDecisions()
                        .latest(waiting.id())
                        .orElseThrow()
                        .signature())
                .isPresent();
    }

    private ContentItem decide(ContentItem item, Verdict verdict, String comment) {
        return workstation
                .as(rita)
                .reviewServices()
                .decideReview()
                .decide(new DecideReview.Command(
                        rita,
                        new ReviewDecision(
                                ReviewDecisionId.random(),
                                item.id(),
                                item.revision(),
                                rita.id(),
                                verdict,
                                comment,
                                List.of(),
                                Instant.now(),
                                Optional.empty())))
                .orThrow();
    }

    private ContentItem submitted(String title, String caption) {
        User author = workstation.user();
        ContentItem draft = workstation
                .editorServices()
                .createDraft()
                .create(new CreateDraft.Command(
                        author, ContentBody.of(title, ContentType.QUOTE, List.of(Platform.FACEBOOK), caption)))
                .orThrow();
        return workstation
                .editorServices()
                .submitForReview()
                .submit(new SubmitForReview.Command(author, draft.id(), draft.version(), List.of()))
                .orThrow()
                .item();
    }
}
