package com.eesystem.curator.domain.review;

import com.eesystem.curator.domain.invariant.Invariants;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;

/** Signs review decisions offline and verifies them, with Ed25519 from the JDK. */
public final class ReviewSignatures {

    public static final String ALGORITHM = "Ed25519";

    private ReviewSignatures() {}

    /** The decision signed with the reviewer's private key. */
    public static ReviewDecision sign(ReviewDecision decision, PrivateKey reviewerKey) {
        Invariants.notNull("decision", decision);
        Invariants.notNull("private key", reviewerKey);
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(reviewerKey);
            signer.update(decision.signedPayload());
            return decision.signedWith(new ReviewSignature(signer.sign()));
        } catch (InvalidKeyException wrongKey) {
            throw new IllegalArgumentException(
                    "private key: not an Ed25519 key (" + reviewerKey.getAlgorithm() + ")", wrongKey);
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("Ed25519 is required of every Java runtime since 15", missing);
        }
    }

    /** Whether the decision's signature is the reviewer's, made over exactly this decision. */
    public static SignatureCheck verify(ReviewDecision decision, PublicKey reviewerKey) {
        Invariants.notNull("decision", decision);
        if (decision.signature().isEmpty()) {
            return new SignatureCheck.Unsigned();
        }
        if (reviewerKey == null) {
            return new SignatureCheck.Invalid("reviewer " + decision.reviewer() + " has no registered public key");
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(reviewerKey);
            verifier.update(decision.signedPayload());
            return verifier.verify(decision.signature().get().bytes())
                    ? new SignatureCheck.Valid()
                    : new SignatureCheck.Invalid("signature does not match decision " + decision.id() + " by reviewer "
                            + decision.reviewer());
        } catch (InvalidKeyException wrongKey) {
            return new SignatureCheck.Invalid(
                    "public key of reviewer " + decision.reviewer() + " is not an Ed25519 key");
        } catch (java.security.SignatureException malformed) {
            return new SignatureCheck.Invalid("signature of decision " + decision.id() + " is malformed");
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("Ed25519 is required of every Java runtime since 15", missing);
        }
    }

    /** Whether one of the reviewer's keys verifies the decision; with no key, why it cannot be trusted. */
    public static SignatureCheck verifyAny(ReviewDecision decision, java.util.List<PublicKey> reviewerKeys) {
        Invariants.notNull("reviewer keys", reviewerKeys);
        if (reviewerKeys.isEmpty()) {
            return verify(decision, (PublicKey) null);
        }
        SignatureCheck check = null;
        for (PublicKey key : reviewerKeys) {
            check = verify(decision, key);
            if (!(check instanceof SignatureCheck.Invalid)) {
                return check;
            }
        }
        return check;
    }

    /** Result of checking a decision's signature. */
    public sealed interface SignatureCheck {
        record Valid() implements SignatureCheck {}

        record Unsigned() implements SignatureCheck {}

        record Invalid(String reason) implements SignatureCheck {}
    }
}
