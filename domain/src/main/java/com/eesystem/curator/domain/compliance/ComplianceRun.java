package com.eesystem.curator.domain.compliance;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One run of the engine over one version of a content item: exactly one {@link ComplianceCheck} per
 * {@link CheckType}, all sharing content id, content version, rule pack version and creation time.
 */
public record ComplianceRun(
        UUID contentId, long contentVersion, String rulePackVersion, Instant checkedAt, List<ComplianceCheck> checks) {

    public ComplianceRun {
        Objects.requireNonNull(contentId, "contentId");
        Objects.requireNonNull(checkedAt, "checkedAt");
        checks = List.copyOf(Objects.requireNonNull(checks, "checks")).stream()
                .sorted(Comparator.comparing(ComplianceCheck::checkType))
                .toList();
        Set<CheckType> seen = EnumSet.noneOf(CheckType.class);
        for (ComplianceCheck check : checks) {
            if (!seen.add(check.checkType())) {
                throw new IllegalArgumentException(
                        "checks: two " + check.checkType().storedValue() + " checks");
            }
            if (!check.contentId().equals(contentId)
                    || check.contentVersion() != contentVersion
                    || !check.rulePackVersion().equals(rulePackVersion)
                    || !check.createdAt().equals(checkedAt)) {
                throw new IllegalArgumentException(
                        "checks: " + check.checkType().storedValue()
                                + " check does not belong to this run (content " + check.contentId() + " v"
                                + check.contentVersion() + ", rule pack " + check.rulePackVersion() + ")");
            }
        }
        if (!seen.equals(EnumSet.allOf(CheckType.class))) {
            throw new IllegalArgumentException("checks: missing " + EnumSet.complementOf(EnumSet.copyOf(seen)));
        }
    }

    /** The worst result over all checks: failed, then manual_review, then warning, then passed. */
    public CheckResult overallResult() {
        return CheckResults.worst(
                checks.stream().map(ComplianceCheck::checkResult).toList());
    }

    /** True when any check found a critical issue. */
    public boolean hasCritical() {
        return checks.stream().anyMatch(ComplianceCheck::hasCritical);
    }

    public ComplianceCheck check(CheckType type) {
        return checks.stream().filter(c -> c.checkType() == type).findFirst().orElseThrow();
    }

    /** Every issue of every check, in text order. */
    public List<ComplianceIssue> issues() {
        return checks.stream()
                .flatMap(c -> c.issuesFound().stream())
                .sorted(Comparator.comparingInt(ComplianceIssue::start).thenComparingInt(ComplianceIssue::end))
                .toList();
    }
}
