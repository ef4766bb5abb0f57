package com.eesystem.curator.domain.review;

import com.eesystem.curator.domain.content.CheckOutcome;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentLibrary;
import com.eesystem.curator.domain.invariant.Invariants;
import com.eesystem.curator.domain.policy.NotFound;
import com.eesystem.curator.domain.policy.Outcome;
import com.eesystem.curator.domain.user.Permission;
import com.eesystem.curator.domain.user.PermissionPolicy;
import com.eesystem.curator.domain.user.User;
import java.util.List;

/**
 * Runs the compliance checks on a saved item's current revision and records them, without changing the
 * item: the editor's "check now" before submitting. (Live highlighting while typing calls the engine
 * directly and records nothing.)
 */
public final class RunChecks {

    private final ContentLibrary library;
    private final ReviewChecks checks;
    private final PermissionPolicy policy;

    public RunChecks(ContentLibrary library, ReviewChecks checks, PermissionPolicy policy) {
        this.library = Invariants.notNull("library", library);
        this.checks = Invariants.notNull("checks", checks);
        this.policy = Invariants.notNull("policy", policy);
    }

    public record Command(User actor, ContentId contentId) {
        public Command {
            Invariants.notNull("actor", actor);
            Invariants.notNull("content_id", contentId);
        }
    }

    public Outcome<List<CheckOutcome>> run(Command command) {
        // editors check what they write, reviewers re-check what they decide on
        if (!policy.allows(command.actor(), Permission.EDIT_CONTENT)
                && !policy.allows(command.actor(), Permission.DECIDE_REVIEW)) {
            return Outcome.refused(new PermissionPolicy.Denied(command.actor(), Permission.EDIT_CONTENT));
        }
        return library.find(command.contentId())
                .<Outcome<List<CheckOutcome>>>map(item -> Outcome.done(checks.run(item)))
                .orElseGet(() -> Outcome.refused(
                        new NotFound("content", command.contentId().toString())));
    }
}
