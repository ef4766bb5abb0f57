package com.eesystem.curator.domain.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which drafts a change of the rule pack or the brand guidelines affects: those whose issues or results
 * differ between the engine before and the engine after. Those are the drafts to re-check (and whose
 * approvals to revisit); the rest keep their stored checks.
 */
public final class RuleChange {
    private final ComplianceEngine before;
    private final ComplianceEngine after;

    public RuleChange(ComplianceEngine before, ComplianceEngine after) {
        this.before = before;
        this.after = after;
    }

    /** The ids of the drafts whose outcome the change alters, in the order given. */
    public <K> List<K> affected(Map<K, DraftToCheck> drafts) {
        List<K> affected = new ArrayList<>();
        for (Map.Entry<K, DraftToCheck> draft : drafts.entrySet()) {
            if (!sameOutcome(before.check(draft.getValue()), after.check(draft.getValue()))) {
                affected.add(draft.getKey());
            }
        }
        return affected;
    }

    private static boolean sameOutcome(ComplianceReport a, ComplianceReport b) {
        for (CheckType type : CheckType.values()) {
            CheckOutcome x = a.outcome(type);
            CheckOutcome y = b.outcome(type);
            if (x.result() != y.result() || !x.issues().equals(y.issues())) {
                return false;
            }
        }
        return true;
    }
}
