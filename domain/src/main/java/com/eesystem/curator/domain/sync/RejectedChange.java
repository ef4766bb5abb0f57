package com.eesystem.curator.domain.sync;

import com.eesystem.curator.domain.invariant.Invariants;
import java.time.Instant;

/**
 * A pulled change that was not applied because it did not verify: a review decision whose Ed25519
 * signature does not verify against its reviewer's registered keys, or an audit entry whose hash does not
 * match (docs/sync.md, "Signed decisions"). Shown to the user, never applied.
 *
 * @param entity the synced entity, e.g. {@code review_decisions}
 * @param subject what it was about, e.g. {@code content:<id>}; may be empty when unreadable
 * @param actor the reviewer or actor it names; may be empty when unreadable
 * @param originDevice the desktop that pushed it
 */
public record RejectedChange(
        String entity,
        String entityId,
        String subject,
        String actor,
        String originDevice,
        String reason,
        Instant detectedAt) {

    public RejectedChange {
        Invariants.nonBlank("entity", entity);
        Invariants.nonBlank("entity_id", entityId);
        subject = Invariants.text(subject);
        actor = Invariants.text(actor);
        Invariants.nonBlank("origin_device", originDevice);
        Invariants.nonBlank("reason", reason);
        Invariants.notNull("detected_at", detectedAt);
    }

    /** One line for a status bar, a list or a command's output, naming the item and the reviewer. */
    public String describe() {
        String what = entity.equals("review_decisions") ? "review decision " + entityId : entity + " " + entityId;
        return what + (subject.isEmpty() ? "" : " on " + subject)
                + (actor.isEmpty() ? "" : " by " + actor)
                + " from desktop " + originDevice + " was rejected: " + reason;
    }
}
