package com.eesystem.curator.domain.review;

import com.eesystem.curator.domain.user.UserId;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;

/**
 * The reviewers' Ed25519 public keys, registered when a reviewer's key pair is made (on this desktop or
 * published by another through the team store).
 */
public interface ReviewerKeys {

    Optional<PublicKey> publicKeyOf(UserId reviewer);

    /**
     * Every key registered for the reviewer (one per computer they review on, or after a lost key); a
     * decision verifies when one of them verifies it.
     */
    default List<PublicKey> publicKeysOf(UserId reviewer) {
        return publicKeyOf(reviewer).stream().toList();
    }
}
