package com.eesystem.curator.domain.review;

import static com.eesystem.curator.domain.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.Desk;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.policy.Outcome;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Decisions made offline carry the reviewer's Ed25519 signature; DecideReview accepts only those that verify. */
class SignedDecisionsTest {

    final Desk desk = new Desk();
    final DecideReview strict = desk.decideReview(true);
    KeyPair reviewerKeys;
    ContentItem inReview;

    @BeforeEach
    void reviewerHasAKeyAndAnItemWaits() throws Exception {
        reviewerKeys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        desk.reviewerKeys.put(REVIEWER.id(), reviewerKeys.getPublic());
        inReview = desk.submitted(desk.draftBy(EDITOR, "A calm morning."));
    }

    @Test
    void aDecisionSignedByTheReviewerIsAccepted() {
        ReviewDecision signed = ReviewSignatures.sign(
                desk.decision(REVIEWER, inReview, Verdict.APPROVED, "ok", List.of()), reviewerKeys.getPrivate());
        assertThat(strict.decide(new DecideReview.Command(REVIEWER, signed))
                        .orThrow()
                        .status())
                .isEqualTo(ContentStatus.APPROVED);
        assertThat(desk.decisions.latest(inReview.id())).contains(signed);
    }

    @Test
    void aDecisionAlteredAfterSigningIsRefused() {
        ReviewDecision signed = ReviewSignatures.sign(
                desk.decision(REVIEWER, inReview, Verdict.REJECTED, "no", List.of()), reviewerKeys.getPrivate());
        ReviewDecision flipped = new ReviewDecision(
                signed.id(),
                signed.contentId(),
                signed.contentRevision(),
                signed.reviewer(),
                Verdict.APPROVED,
                signed.comment(),
                signed.overrides(),
                signed.decidedAt(),
                signed.signature());
        Outcome<ContentItem> outcome = strict.decide(new DecideReview.Command(REVIEWER, flipped));
        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Outcome.Refused.class,
                        refused -> assertThat(refused.has("bad_signature")).isTrue());
        assertThat(desk.current(inReview.id()).status()).isEqualTo(ContentStatus.IN_REVIEW);
    }

    @Test
    void anUnsignedDecisionIsRefusedWhenSignaturesAreRequired() {
        assertThat(strict.decide(new DecideReview.Command(
                        REVIEWER, desk.decision(REVIEWER, inReview, Verdict.APPROVED, "", List.of()))))
                .isEqualTo(Outcome.refused(new ReviewRefusal.SignatureRequired(REVIEWER.id())));
    }

    @Test
    void nobodySubmitsADecisionInAnotherReviewersName() {
        assertThat(desk.decideReview.decide(new DecideReview.Command(
                        ADMIN, desk.decision(REVIEWER, inReview, Verdict.APPROVED, "", List.of()))))
                .isEqualTo(Outcome.refused(new ReviewRefusal.NotTheReviewer(ADMIN.id(), REVIEWER.id())));
    }
}
