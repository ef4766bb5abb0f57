package com.eesystem.curator.domain.content;

import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.invariant.Invariants;
import com.eesystem.curator.domain.user.UserId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The guards on the way into and out of review, as small rules returning refusals (an empty list
 * allows). Only outcomes of the item's current revision count: an approval binds to the exact revision
 * that was checked and read.
 *
 * <ul>
 *   <li>Submission: no critical failure unless overridden with a reason.
 *   <li>Approval: the reviewer is not the author, reviewed the current revision, and every required check
 *       passed (a warning counts as passed) or is overridden with a reason; so is any critical failure.
 * </ul>
 *
 * @param required the checks an approval needs (all kinds by default; a template may name fewer)
 */
public record ReviewGate(Set<CheckType> required) {

    public ReviewGate {
        Invariants.notNull("required", required);
        required = required.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(required));
    }

    public static ReviewGate requiringAll() {
        return new ReviewGate(EnumSet.allOf(CheckType.class));
    }

    public List<ContentRefusal> refusalsToSubmit(
            ContentItem item, List<CheckOutcome> outcomes, List<CheckOverride> overrides) {
        Map<CheckType, CheckOutcome> latest = latestFor(item.revision(), outcomes);
        List<ContentRefusal> refusals = new ArrayList<>();
        for (CheckOutcome outcome : latest.values()) {
            if (outcome.criticalFailure()) {
                overrideOrRefuse(outcome.checkType(), overrides, notPassed(outcome), refusals);
            }
        }
        return refusals;
    }

    public List<ContentRefusal> refusalsToApprove(
            ContentItem item,
            UserId reviewer,
            long reviewedRevision,
            List<CheckOutcome> outcomes,
            List<CheckOverride> overrides) {
        List<ContentRefusal> refusals = new ArrayList<>();
        if (item.authorId().equals(reviewer)) {
            refusals.add(new ContentRefusal.ReviewerIsAuthor(reviewer));
        }
        if (reviewedRevision != item.revision()) {
            refusals.add(new ContentRefusal.StaleRevision(reviewedRevision, item.revision()));
        }
        Map<CheckType, CheckOutcome> latest = latestFor(item.revision(), outcomes);
        for (CheckType type : CheckType.values()) {
            CheckOutcome outcome = latest.get(type);
            if (outcome == null) {
                if (required.contains(type)) {
                    overrideOrRefuse(type, overrides, new ContentRefusal.CheckMissing(type, item.revision()), refusals);
                }
            } else if (!outcome.satisfied() && (required.contains(type) || outcome.criticalFailure())) {
                overrideOrRefuse(type, overrides, notPassed(outcome), refusals);
            }
        }
        return refusals;
    }

    private static ContentRefusal notPassed(CheckOutcome outcome) {
        return new ContentRefusal.CheckNotPassed(outcome.checkType(), outcome.result(), outcome.severity());
    }

    private static void overrideOrRefuse(
            CheckType type, List<CheckOverride> overrides, ContentRefusal refusal, List<ContentRefusal> refusals) {
        Optional<CheckOverride> override = Invariants.listOf("overrides", overrides).stream()
                .filter(candidate -> candidate.checkType() == type)
                .reduce((first, second) -> second);
        if (override.isEmpty()) {
            refusals.add(refusal);
        } else if (!override.get().hasReason()) {
            refusals.add(new ContentRefusal.OverrideNeedsReason(type));
        }
    }

    /** The last outcome of each check on {@code revision}; outcomes are in the order they ran. */
    static Map<CheckType, CheckOutcome> latestFor(long revision, List<CheckOutcome> outcomes) {
        Map<CheckType, CheckOutcome> latest = new EnumMap<>(CheckType.class);
        for (CheckOutcome outcome : Invariants.listOf("outcomes", outcomes)) {
            if (outcome.revision() == revision) {
                latest.put(outcome.checkType(), outcome);
            }
        }
        return latest;
    }
}
