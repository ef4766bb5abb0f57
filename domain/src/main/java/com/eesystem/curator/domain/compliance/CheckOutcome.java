package com.eesystem.curator.domain.compliance;

import java.util.List;
import java.util.Objects;

/** The engine's verdict for one check type on one text, before it is stored as a row. */
public record CheckOutcome(
        CheckType checkType,
        CheckResult result,
        double confidence,
        List<ComplianceIssue> issues,
        String recommendations) {

    public CheckOutcome {
        Objects.requireNonNull(checkType, "checkType");
        Objects.requireNonNull(result, "result");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence: " + confidence + " is not within 0..1");
        }
        issues = List.copyOf(issues);
        recommendations = recommendations == null ? "" : recommendations;
    }

    public boolean hasCritical() {
        return issues.stream().anyMatch(ComplianceIssue::critical);
    }
}
