package com.eesystem.curator.domain.review;

import com.eesystem.curator.domain.audit.AuditLog;
import com.eesystem.curator.domain.audit.AuditRecord;
import com.eesystem.curator.domain.content.CheckOutcome;
import com.eesystem.curator.domain.content.CheckOverride;
import com.eesystem.curator.domain.content.ContentAction;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentLibrary;
import com.eesystem.curator.domain.content.ContentLifecycle;
import com.eesystem.curator.domain.content.ContentRefusal;
import com.eesystem.curator.domain.content.ReviewGate;
import com.eesystem.curator.domain.invariant.Invariants;
import com.eesystem.curator.domain.policy.NotFound;
import com.eesystem.curator.domain.policy.Outcome;
import com.eesystem.curator.domain.policy.Refusal;
import com.eesystem.curator.domain.queue.ComplianceReviewTask;
import com.eesystem.curator.domain.queue.ReviewPriority;
import com.eesystem.curator.domain.user.Permission;
import com.eesystem.curator.domain.user.PermissionPolicy;
import com.eesystem.curator.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * An editor sends a draft to review. The checks run on the current revision first; a critical failure
 * refuses the submission unless someone allowed to override checks gives a reason.
 */
public final class SubmitForReview {

    private final ContentLibrary library;
    private final ReviewChecks checks;
    private final ReviewGate gate;
    private final AuditLog audit;
    private final PermissionPolicy policy;
    private final Clock clock;
    private final ReviewRequests requests;

    public SubmitForReview(
            ContentLibrary library,
            ReviewChecks checks,
            ReviewGate gate,
            AuditLog audit,
            PermissionPolicy policy,
            Clock clock) {
        this(library, checks, gate, audit, policy, clock, ReviewRequests.NONE);
    }

    /**
     * {@code requests} gets one compliance review request per check of the submitted revision that did not
     * pass (failed and overridden, or left to manual review), most severe first.
     */
    public SubmitForReview(
            ContentLibrary library,
            ReviewChecks checks,
            ReviewGate gate,
            AuditLog audit,
            PermissionPolicy policy,
            Clock clock,
            ReviewRequests requests) {
        this.requests = Invariants.notNull("requests", requests);
        this.library = Invariants.notNull("library", library);
        this.checks = Invariants.notNull("checks", checks);
        this.gate = Invariants.notNull("gate", gate);
        this.audit = Invariants.notNull("audit", audit);
        this.policy = Invariants.notNull("policy", policy);
        this.clock = Invariants.notNull("clock", clock);
    }

    public record Command(User actor, ContentId contentId, long expectedVersion, List<CheckOverride> overrides) {
        public Command {
            Invariants.notNull("actor", actor);
            Invariants.notNull("content_id", contentId);
            overrides = Invariants.listOf("overrides", overrides);
        }
    }

    /** The item now in review and what the checks found. */
    public record Submitted(ContentItem item, List<CheckOutcome> checks) {}

    public Outcome<Submitted> submit(Command command) {
        List<Refusal> denied = new ArrayList<>();
        policy.check(command.actor(), Permission.SUBMIT_FOR_REVIEW).ifPresent(denied::add);
        if (!command.overrides().isEmpty()) {
            policy.check(command.actor(), Permission.OVERRIDE_CHECK).ifPresent(denied::add);
        }
        if (!denied.isEmpty()) {
            return Outcome.refused(denied);
        }
        var found = library.find(command.contentId());
        if (found.isEmpty()) {
            return Outcome.refused(new NotFound("content", command.contentId().toString()));
        }
        ContentItem item = found.get();
        if (item.version() != command.expectedVersion()) {
            return new Outcome.Conflict<>("content " + item.id() + ": submitted from version "
                    + command.expectedVersion() + " but the library holds version " + item.version());
        }
        // refuse a move the lifecycle forbids before spending time on checks
        if (ContentLifecycle.next(item.status(), ContentAction.SUBMIT).isEmpty()) {
            return Outcome.refused(new ContentRefusal.NotAllowed(item.status(), ContentAction.SUBMIT));
        }
        List<CheckOutcome> outcomes = checks.run(item);
        Instant now = clock.instant();
        return item.submit(gate, outcomes, command.overrides(), now).saveTo(library, submitted -> {
            audit.append(new AuditRecord(
                    now,
                    command.actor().id(),
                    "content.submitted",
                    "content:" + item.id(),
                    Map.of(
                            "revision", Long.toString(item.revision()),
                            "overrides", Integer.toString(command.overrides().size()))));
            outcomes.stream()
                    .filter(outcome -> !outcome.satisfied())
                    .sorted(Comparator.comparing(CheckOutcome::severity))
                    .forEach(outcome -> requests.request(new ComplianceReviewTask(
                            submitted.id(), outcome.checkType(), ReviewPriority.of(outcome.severity()))));
            return new Submitted(submitted, outcomes);
        });
    }
}
