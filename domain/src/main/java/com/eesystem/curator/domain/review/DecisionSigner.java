package com.eesystem.curator.domain.review;

import com.eesystem.curator.domain.user.UserId;
import java.util.Optional;

/**
 * Signs a reviewer's decisions with that reviewer's own Ed25519 private key, which only the adapter
 * holds (sealed on disk). The domain hands it the decision's canonical form ({@link
 * ReviewDecision#signedPayload()}) and gets the signature back; the key never enters the domain.
 */
public interface DecisionSigner {

    /**
     * The reviewer's signature over {@code canonicalForm}; empty when this desktop holds no key for the
     * reviewer and cannot make one (the decision is then recorded unsigned).
     */
    Optional<ReviewSignature> sign(UserId reviewer, byte[] canonicalForm);

    /** Signs nothing: decisions stay unsigned (tests and tools without a key store). */
    static DecisionSigner none() {
        return (reviewer, canonicalForm) -> Optional.empty();
    }
}
