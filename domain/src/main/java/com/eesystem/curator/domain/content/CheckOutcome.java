package com.eesystem.curator.domain.content;

import com.eesystem.curator.domain.compliance.CheckResult;
import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.compliance.ComplianceCheck;
import com.eesystem.curator.domain.compliance.ComplianceIssue;
import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.domain.invariant.Invariants;
import java.util.Comparator;

/**
 * What one compliance check said about one revision of a content item: the part of a compliance_checks
 * row the lifecycle needs. {@code severity} is the worst severity among the issues found (preferred when
 * none).
 */
public record CheckOutcome(CheckType checkType, CheckResult result, SeverityLevel severity, long revision) {

    public CheckOutcome {
        Invariants.notNull("check_type", checkType);
        Invariants.notNull("check_result", result);
        Invariants.notNull("severity_level", severity);
        Invariants.atLeast("revision", revision, 1);
    }

    /**
     * The outcome a compliance_checks row stands for: its severity is the worst among its issues
     * (preferred when it found none), its revision the content version it checked.
     */
    public static CheckOutcome of(ComplianceCheck check) {
        SeverityLevel worst = check.issuesFound().stream()
                .map(ComplianceIssue::severity)
                .min(Comparator.naturalOrder()) // declared critical, important, preferred
                .orElse(SeverityLevel.PREFERRED);
        return new CheckOutcome(check.checkType(), check.checkResult(), worst, check.contentVersion());
    }

    /** Passed or passed with a warning: nothing a reviewer has to override. */
    public boolean satisfied() {
        return result == CheckResult.PASSED || result == CheckResult.WARNING;
    }

    /** A failure at critical severity: blocks even submission unless overridden. */
    public boolean criticalFailure() {
        return result == CheckResult.FAILED && severity == SeverityLevel.CRITICAL;
    }
}
