package com.eesystem.curator.ui.review;

import com.eesystem.curator.domain.compliance.ComplianceChecks;
import com.eesystem.curator.domain.compliance.ComplianceEngine;
import com.eesystem.curator.domain.content.ContentLibrary;
import com.eesystem.curator.domain.review.DecideReview;
import com.eesystem.curator.domain.review.ReviewDecisions;
import com.eesystem.curator.domain.user.PermissionPolicy;
import com.eesystem.curator.domain.user.User;
import com.eesystem.curator.domain.user.UserProfiles;
import java.util.Objects;

/**
 * The domain services the review desk works through, wired by {@code app} onto the local store.
 *
 * @param checks the recorded compliance_checks rows: the check history of each item
 * @param decisions the recorded review decisions: each item's comments and decision history
 * @param profiles the local profiles, to name the reviewers in the decision history
 * @param policy what the user's role allows; the desk offers only that (the use cases check again)
 * @param user who is reviewing: the actor of every decision
 */
public record ReviewServices(
        ContentLibrary library,
        ComplianceEngine engine,
        ComplianceChecks checks,
        ReviewDecisions decisions,
        DecideReview decideReview,
        UserProfiles profiles,
        PermissionPolicy policy,
        User user) {

    public ReviewServices {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(checks, "checks");
        Objects.requireNonNull(decisions, "decisions");
        Objects.requireNonNull(decideReview, "decideReview");
        Objects.requireNonNull(profiles, "profiles");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(user, "user");
    }
}
