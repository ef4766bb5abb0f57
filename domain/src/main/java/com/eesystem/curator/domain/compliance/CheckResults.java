package com.eesystem.curator.domain.compliance;

import java.util.Collection;

/** How results combine: a run is as bad as its worst check. */
final class CheckResults {
    private CheckResults() {}

    static int rank(CheckResult result) {
        return switch (result) {
            case PASSED -> 0;
            case WARNING -> 1;
            case MANUAL_REVIEW -> 2;
            case FAILED -> 3;
        };
    }

    static CheckResult worst(Collection<CheckResult> results) {
        CheckResult worst = CheckResult.PASSED;
        for (CheckResult result : results) {
            if (rank(result) > rank(worst)) {
                worst = result;
            }
        }
        return worst;
    }

    static SeverityLevel moreSevere(SeverityLevel a, SeverityLevel b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
