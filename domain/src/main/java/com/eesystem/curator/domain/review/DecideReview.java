package com.eesystem.curator.domain.review;

import com.eesystem.curator.domain.audit.AuditLog;
import com.eesystem.curator.domain.audit.AuditRecord;
import com.eesystem.curator.domain.content.ContentChange;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentLibrary;
import com.eesystem.curator.domain.content.ContentRefusal;
import com.eesystem.curator.domain.content.ContentSave;
import com.eesystem.curator.domain.content.ReviewGate;
import com.eesystem.curator.domain.invariant.Invariants;
import com.eesystem.curator.domain.policy.NotFound;
import com.eesystem.curator.domain.policy.Outcome;
import com.eesystem.curator.domain.policy.Refusal;
import com.eesystem.curator.domain.user.Permission;
import com.eesystem.curator.domain.user.PermissionPolicy;
import com.eesystem.curator.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reviewer approves, rejects or requests changes on the revision they read. The author cannot approve
 * their own item; an approval needs every required check passed or overridden with a reason. An unsigned
 * decision made here is bound to the digest of the body decided on and signed with the reviewer's key
 * ({@link DecisionSigner}); a signed decision must verify against the reviewer's registered key and name
 * the item's current body.
 */
public final class DecideReview {

    private final ContentLibrary library;
    private final ReviewChecks checks;
    private final ReviewDecisions decisions;
    private final ReviewerKeys keys;
    private final ReviewGate gate;
    private final AuditLog audit;
    private final PermissionPolicy policy;
    private final Clock clock;
    private final boolean signaturesRequired;
    private final DecisionSigner signer;

    /** Records decisions as they come (unsigned ones stay unsigned). */
    public DecideReview(
            ContentLibrary library,
            ReviewChecks checks,
            ReviewDecisions decisions,
            ReviewerKeys keys,
            ReviewGate gate,
            AuditLog audit,
            PermissionPolicy policy,
            Clock clock,
            boolean signaturesRequired) {
        this(library, checks, decisions, keys, gate, audit, policy, clock, signaturesRequired, DecisionSigner.none());
    }

    /** Signs every unsigned decision of a reviewer {@code signer} holds a key for. */
    public DecideReview(
            ContentLibrary library,
            ReviewChecks checks,
            ReviewDecisions decisions,
            ReviewerKeys keys,
            ReviewGate gate,
            AuditLog audit,
            PermissionPolicy policy,
            Clock clock,
            boolean signaturesRequired,
            DecisionSigner signer) {
        this.library = Invariants.notNull("library", library);
        this.checks = Invariants.notNull("checks", checks);
        this.decisions = Invariants.notNull("decisions", decisions);
        this.keys = Invariants.notNull("keys", keys);
        this.gate = Invariants.notNull("gate", gate);
        this.audit = Invariants.notNull("audit", audit);
        this.policy = Invariants.notNull("policy", policy);
        this.clock = Invariants.notNull("clock", clock);
        this.signaturesRequired = signaturesRequired;
        this.signer = Invariants.notNull("signer", signer);
    }

    /** @param decision made by {@code actor}, possibly signed offline with their key */
    public record Command(User actor, ReviewDecision decision) {
        public Command {
            Invariants.notNull("actor", actor);
            Invariants.notNull("decision", decision);
        }
    }

    public Outcome<ContentItem> decide(Command command) {
        ReviewDecision decision = command.decision();
        List<Refusal> refusals = new ArrayList<>();
        policy.check(command.actor(), Permission.DECIDE_REVIEW).ifPresent(refusals::add);
        if (!decision.overrides().isEmpty()) {
            policy.check(command.actor(), Permission.OVERRIDE_CHECK).ifPresent(refusals::add);
        }
        if (!decision.reviewer().equals(command.actor().id())) {
            refusals.add(new ReviewRefusal.NotTheReviewer(command.actor().id(), decision.reviewer()));
        }
        var found = library.find(decision.contentId());
        if (refusals.isEmpty() && found.isPresent() && decision.signature().isEmpty()) {
            decision = signed(decision, found.get());
        }
        switch (ReviewSignatures.verifyAny(decision, keys.publicKeysOf(decision.reviewer()))) {
            case ReviewSignatures.SignatureCheck.Valid valid -> {}
            case ReviewSignatures.SignatureCheck.Invalid invalid ->
                refusals.add(new ReviewRefusal.BadSignature(invalid.reason()));
            case ReviewSignatures.SignatureCheck.Unsigned unsigned -> {
                if (signaturesRequired) {
                    refusals.add(new ReviewRefusal.SignatureRequired(decision.reviewer()));
                }
            }
        }
        if (!refusals.isEmpty()) {
            return Outcome.refused(refusals);
        }
        if (found.isEmpty()) {
            return Outcome.refused(new NotFound("content", decision.contentId().toString()));
        }
        ContentDigest current = ContentDigest.of(found.get().body());
        if (decision.contentDigest().isPresent()
                && !decision.contentDigest().get().equals(current)) {
            return Outcome.refused(
                    new ReviewRefusal.ContentChanged(decision.contentDigest().get(), current));
        }
        ContentItem item = found.get();
        Instant now = clock.instant();
        return switch (apply(item, decision, now)) {
            case ContentChange.Refused refused -> Outcome.refused(refused.reasons());
            case ContentChange.Changed changed -> {
                if (library.save(changed.item()) instanceof ContentSave.VersionConflict conflict) {
                    yield new Outcome.Conflict<>(conflict.message());
                }
                decisions.record(decision);
                audit.append(auditRecord(command, decision, now));
                yield Outcome.done(changed.item());
            }
        };
    }

    /**
     * The decision bound to the body it is made on and signed with the reviewer's key; unchanged when this
     * desktop holds no key for the reviewer.
     */
    private ReviewDecision signed(ReviewDecision decision, ContentItem item) {
        ReviewDecision bound = decision.boundTo(ContentDigest.of(item.body()));
        return signer.sign(decision.reviewer(), bound.signedPayload())
                .map(bound::signedWith)
                .orElse(decision);
    }

    private ContentChange apply(ContentItem item, ReviewDecision decision, Instant now) {
        if (decision.verdict() == Verdict.APPROVED) {
            return item.approve(
                    gate,
                    decision.reviewer(),
                    decision.contentRevision(),
                    checks.outcomesOf(item),
                    decision.overrides(),
                    now);
        }
        if (decision.contentRevision() != item.revision()) {
            return new ContentChange.Refused(
                    List.of(new ContentRefusal.StaleRevision(decision.contentRevision(), item.revision())));
        }
        return decision.verdict() == Verdict.REJECTED
                ? item.reject(decision.comment(), now)
                : item.requestChanges(decision.comment(), now);
    }

    private static AuditRecord auditRecord(Command command, ReviewDecision decision, Instant now) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("decision_id", decision.id().toString());
        details.put("verdict", decision.verdict().storedValue());
        details.put("revision", Long.toString(decision.contentRevision()));
        details.put("signed", Boolean.toString(decision.signature().isPresent()));
        decision.contentDigest().ifPresent(digest -> details.put("content_digest", digest.hex()));
        for (var override : decision.overrides()) {
            details.put("override." + override.checkType().storedValue(), override.reason());
        }
        if (!decision.comment().isEmpty()) {
            details.put("comment", decision.comment());
        }
        return new AuditRecord(
                now,
                command.actor().id(),
                "review." + decision.verdict().storedValue(),
                "content:" + decision.contentId(),
                details);
    }
}
