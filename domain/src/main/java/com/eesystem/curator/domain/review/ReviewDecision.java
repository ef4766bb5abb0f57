package com.eesystem.curator.domain.review;

import com.eesystem.curator.domain.content.CheckOverride;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.invariant.Invariants;
import com.eesystem.curator.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a reviewer decided about one revision of a content item, with the comment, any check overrides,
 * the digest of the exact body decided on and the reviewer's Ed25519 signature over all of it. Decisions
 * are never changed, only followed by newer ones.
 *
 * @param contentDigest the body the decision was made on ({@link ContentDigest}); empty for decisions made
 *     before digests were bound (their canonical form is version 1)
 */
public record ReviewDecision(
        ReviewDecisionId id,
        ContentId contentId,
        long contentRevision,
        UserId reviewer,
        Verdict verdict,
        String comment,
        List<CheckOverride> overrides,
        Instant decidedAt,
        Optional<ReviewSignature> signature,
        Optional<ContentDigest> contentDigest) {

    public ReviewDecision {
        Invariants.notNull("id", id);
        Invariants.notNull("content_id", contentId);
        Invariants.atLeast("content_revision", contentRevision, 1);
        Invariants.notNull("reviewer_id", reviewer);
        Invariants.notNull("verdict", verdict);
        comment = Invariants.text(comment).strip();
        overrides = Invariants.listOf("overrides", overrides);
        if (verdict != Verdict.APPROVED && !overrides.isEmpty()) {
            throw new IllegalArgumentException(
                    "overrides: only an approval overrides checks (verdict " + verdict.storedValue() + ")");
        }
        Invariants.notNull("decided_at", decidedAt);
        signature = signature == null ? Optional.empty() : signature;
        contentDigest = contentDigest == null ? Optional.empty() : contentDigest;
    }

    /** A decision not bound to a body digest (yet): {@link #boundTo} binds it before it is signed. */
    public ReviewDecision(
            ReviewDecisionId id,
            ContentId contentId,
            long contentRevision,
            UserId reviewer,
            Verdict verdict,
            String comment,
            List<CheckOverride> overrides,
            Instant decidedAt,
            Optional<ReviewSignature> signature) {
        this(
                id,
                contentId,
                contentRevision,
                reviewer,
                verdict,
                comment,
                overrides,
                decidedAt,
                signature,
                Optional.empty());
    }

    /** This decision bound to the body it was made on; a signature made before no longer applies. */
    public ReviewDecision boundTo(ContentDigest digest) {
        return with(Optional.empty(), Optional.of(Invariants.notNull("content_digest", digest)));
    }

    public ReviewDecision signedWith(ReviewSignature newSignature) {
        return with(Optional.of(newSignature), contentDigest);
    }

    private ReviewDecision with(Optional<ReviewSignature> newSignature, Optional<ContentDigest> digest) {
        return new ReviewDecision(
                id, contentId, contentRevision, reviewer, verdict, comment, overrides, decidedAt, newSignature, digest);
    }

    /**
     * The canonical form a reviewer signs (docs/compliance.md, "Signed decisions"): UTF-8 text, a version
     * line, then every field but the signature, one per line, each length-prefixed ({@code <chars>:<text>})
     * so no two decisions share a form: decision id, content id, content revision, content digest (version
     * 2 only), reviewer, verdict, comment, the number of overrides and each override's check type and reason,
     * and the decision time as ISO-8601. Version 1 (no digest) is kept so decisions signed before digests
     * still verify. Changing this format invalidates every signature made with it.
     */
    public byte[] signedPayload() {
        StringBuilder text = new StringBuilder(
                contentDigest.isPresent() ? "curator-review-decision/2\n" : "curator-review-decision/1\n");
        field(text, id.toString());
        field(text, contentId.toString());
        field(text, Long.toString(contentRevision));
        contentDigest.ifPresent(digest -> field(text, digest.hex()));
        field(text, reviewer.toString());
        field(text, verdict.storedValue());
        field(text, comment);
        field(text, Integer.toString(overrides.size()));
        for (var override : overrides) {
            field(text, override.checkType().storedValue());
            field(text, override.reason());
        }
        field(text, decidedAt.toString());
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void field(StringBuilder text, String value) {
        ContentDigest.field(text, value);
    }
}
