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
 * What a reviewer decided about one revision of a content item, with the comment, any check overrides
 * and, when made offline, the reviewer's signature. Decisions are never changed, only followed by newer
 * ones.
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
        Optional<ReviewSignature> signature) {

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
    }

    public ReviewDecision signedWith(ReviewSignature newSignature) {
        return new ReviewDecision(
                id,
                contentId,
                contentRevision,
                reviewer,
                verdict,
                comment,
                overrides,
                decidedAt,
                Optional.of(newSignature));
    }

    /**
     * The exact bytes a reviewer signs: every field but the signature, one per line, each text
     * length-prefixed so no two decisions share a payload. Changing this format invalidates old signatures.
     */
    public byte[] signedPayload() {
        StringBuilder text = new StringBuilder("curator-review-decision/1\n");
        field(text, id.toString());
        field(text, contentId.toString());
        field(text, Long.toString(contentRevision));
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
        text.append(value.length()).append(':').append(value).append('\n');
    }
}
