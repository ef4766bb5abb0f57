package com.eesystem.curator.domain.content;

import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.invariant.Invariants;

/**
 * A reviewer's decision to accept content despite a check that did not pass. A blank reason is kept
 * (not thrown) so the approval can refuse it with {@link ContentRefusal.OverrideNeedsReason}.
 */
public record CheckOverride(CheckType checkType, String reason) {

    public CheckOverride {
        Invariants.notNull("check_type", checkType);
        reason = Invariants.text(reason).strip();
    }

    public boolean hasReason() {
        return !reason.isBlank();
    }
}
