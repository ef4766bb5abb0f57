package com.eesystem.curator.domain.review;

import static com.eesystem.curator.domain.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.content.CheckOverride;
import com.eesystem.curator.domain.content.ContentId;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewSignaturesTest {

    static KeyPair ed25519() throws Exception {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    static ReviewDecision decision() {
        return new ReviewDecision(
                ReviewDecisionId.random(),
                ContentId.random(),
                3,
                REVIEWER.id(),
                Verdict.APPROVED,
                "Fine with the approved claim.",
                List.of(new CheckOverride(CheckType.MEDICAL_CLAIM, "Claim #12 of the approved list")),
                T0,
                Optional.empty());
    }

    @Test
    void aDecisionSignedWithTheReviewersKeyVerifies() throws Exception {
        KeyPair keys = ed25519();
        ReviewDecision signed = ReviewSignatures.sign(decision(), keys.getPrivate());
        assertThat(signed.signature()).isPresent();
        assertThat(ReviewSignatures.verify(signed, keys.getPublic()))
                .isInstanceOf(ReviewSignatures.SignatureCheck.Valid.class);
    }

    @Test
    void changingAnySignedFieldBreaksTheSignature() throws Exception {
        KeyPair keys = ed25519();
        ReviewDecision signed = ReviewSignatures.sign(decision(), keys.getPrivate());
        ReviewDecision otherRevision = new ReviewDecision(
                signed.id(),
                signed.contentId(),
                4,
                signed.reviewer(),
                signed.verdict(),
                signed.comment(),
                signed.overrides(),
                signed.decidedAt(),
                signed.signature());
        ReviewDecision otherReason = new ReviewDecision(
                signed.id(),
                signed.contentId(),
                3,
                signed.reviewer(),
                signed.verdict(),
                signed.comment(),
                List.of(new CheckOverride(CheckType.MEDICAL_CLAIM, "because")),
                signed.decidedAt(),
                signed.signature());
        assertThat(ReviewSignatures.verify(otherRevision, keys.getPublic()))
                .isInstanceOf(ReviewSignatures.SignatureCheck.Invalid.class);
        assertThat(ReviewSignatures.verify(otherReason, keys.getPublic()))
                .isInstanceOf(ReviewSignatures.SignatureCheck.Invalid.class);
    }

    @Test
    void anotherReviewersKeyDoesNotVerify() throws Exception {
        ReviewDecision signed = ReviewSignatures.sign(decision(), ed25519().getPrivate());
        assertThat(ReviewSignatures.verify(signed, ed25519().getPublic()))
                .isEqualTo(new ReviewSignatures.SignatureCheck.Invalid(
                        "signature does not match decision " + signed.id() + " by reviewer " + REVIEWER.id()));
    }

    @Test
    void anUnsignedDecisionSaysSo() throws Exception {
        assertThat(ReviewSignatures.verify(decision(), ed25519().getPublic()))
                .isInstanceOf(ReviewSignatures.SignatureCheck.Unsigned.class);
    }

    @Test
    void aSignatureWithoutARegisteredKeyIsInvalid() throws Exception {
        ReviewDecision signed = ReviewSignatures.sign(decision(), ed25519().getPrivate());
        assertThat(ReviewSignatures.verify(signed, null)).isInstanceOf(ReviewSignatures.SignatureCheck.Invalid.class);
    }

    @Test
    void aSignatureTravelsAsBase64() throws Exception {
        ReviewSignature signature = ReviewSignatures.sign(decision(), ed25519().getPrivate())
                .signature()
                .orElseThrow();
        assertThat(ReviewSignature.fromBase64(signature.base64())).isEqualTo(signature);
    }

    @Test
    void payloadsOfDecisionsThatDifferOnlyInFieldBoundariesDiffer() {
        ReviewDecision a = new ReviewDecision(
                new ReviewDecisionId(new java.util.UUID(1, 1)),
                new ContentId(new java.util.UUID(2, 2)),
                1,
                REVIEWER.id(),
                Verdict.REJECTED,
                "ab",
                List.of(),
                T0,
                Optional.empty());
        ReviewDecision b = new ReviewDecision(
                a.id(), a.contentId(), 1, REVIEWER.id(), Verdict.REJECTED, "a\n2:b", List.of(), T0, Optional.empty());
        assertThat(a.signedPayload()).isNotEqualTo(b.signedPayload());
    }
}
