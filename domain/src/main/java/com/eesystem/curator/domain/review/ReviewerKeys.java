package com.eesystem.curator.domain.review;

import com.eesystem.curator.domain.user.UserId;
import java.security.PublicKey;
import java.util.Optional;

/** The reviewers' Ed25519 public keys, registered when a reviewer's key pair is made. */
public interface ReviewerKeys {

    Optional<PublicKey> publicKeyOf(UserId reviewer);
}
