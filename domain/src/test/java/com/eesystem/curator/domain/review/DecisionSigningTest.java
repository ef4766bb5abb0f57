package com.eesystem.curator.domain.review;

import static com.eesystem.curator.domain.Fixtures.EDITOR;
import static com.eesystem.curator.domain.Fixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.Desk;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.policy.Outcome;
import com.eesystem.curator.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Decisions made at a desk with a signer are bound to the body decided on and signed with the reviewer's
 * key (real JDK Ed25519 keys), over the canonical form docs/compliance.md describes.
 */
class DecisionSigningTest {

    final Desk desk = new Desk();
    KeyPair ritasKeys;
    DecideReview signing;
    ContentItem inReview;

    /** Signs with the reviewer's own private key, as the key store adapter does. */
    record KeyPairSigner(UserId owner, KeyPair keys) implements DecisionSigner {
        @Override
        public Optional<ReviewSignature> sign(UserId reviewer, byte[] canonicalForm) {
            if (!reviewer.equals(owner)) {
                return Optional.empty();
            }
            try {
                Signature signer = Signature.getInstance("Ed25519");
                signer.initSign(keys.getPrivate());
                signer.update(canonicalForm);
                return Optional.of(new ReviewSignature(signer.sign()));
            } catch (GeneralSecurityException e) {
                throw new AssertionError(e);
            }
        }
    }

    @BeforeEach
    void ritaHasAKey() throws Exception {
        ritasKeys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        desk.reviewerKeys.put(REVIEWER.id(), ritasKeys.getPublic());
        signing = decideWith(new KeyPairSigner(REVIEWER.id(), ritasKeys));
        inReview = desk.submitted(desk.draftBy(EDITOR, "A calm morning."));
    }

    @Test
    void anUnsignedDecisionIsBoundToTheBodyAndSignedWithTheReviewersKey() {
        ContentItem approved = signing.decide(new DecideReview.Command(
                        REVIEWER, desk.decision(REVIEWER, inReview, Verdict.APPROVED, "fine", List.of())))
                .orThrow();

        assertThat(approved.status()).isEqualTo(ContentStatus.APPROVED);
        ReviewDecision recorded = desk.decisions.latest(inReview.id()).orElseThrow();
        assertThat(recorded.contentDigest()).contains(ContentDigest.of(inReview.body()));
        assertThat(recorded.signature()).isPresent();
        assertThat(ReviewSignatures.verify(recorded, ritasKeys.getPublic()))
                .isInstanceOf(ReviewSignatures.SignatureCheck.Valid.class);
        assertThat(new String(recorded.signedPayload(), StandardCharsets.UTF_8))
                .startsWith("curator-review-decision/2\n")
                .contains(ContentDigest.of(inReview.body()).hex());
        assertThat(desk.audit.head().orElseThrow().record().details())
                .containsEntry("signed", "true")
                .containsEntry(
                        "content_digest", ContentDigest.of(inReview.body()).hex());
    }

    @Test
    void everyFieldOfTheCanonicalFormIsCoveredByTheSignature() {
        signing.decide(new DecideReview.Command(
                        REVIEWER, desk.decision(REVIEWER, inReview, Verdict.CHANGES_REQUESTED, "shorter", List.of())))
                .orThrow();
        ReviewDecision signed = desk.decisions.latest(inReview.id()).orElseThrow();
        List<ReviewDecision> altered = List.of(
                copy(signed, Verdict.APPROVED, signed.comment(), signed.contentRevision(), signed.contentDigest()),
                copy(signed, signed.verdict(), "longer", signed.contentRevision(), signed.contentDigest()),
                copy(signed, signed.verdict(), signed.comment(), signed.contentRevision() + 1, signed.contentDigest()),
                copy(
                        signed,
                        signed.verdict(),
                        signed.comment(),
                        signed.contentRevision(),
                        Optional.of(new ContentDigest("0".repeat(64)))),
                copy(signed, signed.verdict(), signed.comment(), signed.contentRevision(), Optional.empty()));
        for (ReviewDecision changed : altered) {
            assertThat(ReviewSignatures.verify(changed, ritasKeys.getPublic()))
                    .as("altered: %s", changed)
                    .isInstanceOf(ReviewSignatures.SignatureCheck.Invalid.class);
        }
    }

    @Test
    void aSignedDecisionOnAnotherBodyIsRefused() {
        ReviewDecision onOtherText = desk.decision(REVIEWER, inReview, Verdict.APPROVED, "ok", List.of())
                .boundTo(ContentDigest.of(desk.draftBy(EDITOR, "Another text.").body()));
        ReviewDecision signed = ReviewSignatures.sign(onOtherText, ritasKeys.getPrivate());

        Outcome<ContentItem> outcome = signing.decide(new DecideReview.Command(REVIEWER, signed));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Outcome.Refused.class,
                        refused -> assertThat(refused.has("content_changed")).isTrue());
        assertThat(desk.current(inReview.id()).status()).isEqualTo(ContentStatus.IN_REVIEW);
    }

    @Test
    void aReviewerWithoutAKeyHereCannotDecideWhenSignaturesAreRequired() throws Exception {
        DecideReview noKey = decideWith(new KeyPairSigner(
                EDITOR.id(), KeyPairGenerator.getInstance("Ed25519").generateKeyPair()));

        assertThat(noKey.decide(new DecideReview.Command(
                        REVIEWER, desk.decision(REVIEWER, inReview, Verdict.APPROVED, "", List.of()))))
                .isEqualTo(Outcome.refused(new ReviewRefusal.SignatureRequired(REVIEWER.id())));
    }

    @Test
    void theDigestCoversEveryBodyField() {
        var body = inReview.body();
        assertThat(ContentDigest.of(body)).isEqualTo(ContentDigest.of(body));
        assertThat(ContentDigest.of(body.withCaption(body.caption() + " Twice.")))
                .isNotEqualTo(ContentDigest.of(body));
    }

    /** The desk's use case requiring signatures, signing through {@code signer}. */
    private DecideReview decideWith(DecisionSigner signer) {
        return new DecideReview(
                desk.library,
                desk.checks,
                desk.decisions,
                reviewer -> Optional.ofNullable(desk.reviewerKeys.get(reviewer)),
                desk.gate,
                desk.audit,
                desk.policy,
                desk.clock,
                true,
                signer);
    }

    private static ReviewDecision copy(
            ReviewDecision from, Verdict verdict, String comment, long revision, Optional<ContentDigest> digest) {
        return new ReviewDecision(
                from.id(),
                from.contentId(),
                revision,
                from.reviewer(),
                verdict,
                comment,
                from.overrides(),
                from.decidedAt(),
                from.signature(),
                digest);
    }
}
