package com.eesystem.curator.domain.compliance;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/** All checks of one text under one rule pack version: what the editor highlights and the CLI prints. */
public record ComplianceReport(String rulePackVersion, List<CheckOutcome> outcomes) {

    public ComplianceReport {
        Objects.requireNonNull(rulePackVersion, "rulePackVersion");
        outcomes = List.copyOf(outcomes);
    }

    public CheckResult overallResult() {
        return CheckResults.worst(outcomes.stream().map(CheckOutcome::result).toList());
    }

    public boolean hasCritical() {
        return outcomes.stream().anyMatch(CheckOutcome::hasCritical);
    }

    public CheckOutcome outcome(CheckType type) {
        return outcomes.stream().filter(o -> o.checkType() == type).findFirst().orElseThrow();
    }

    /** Every issue, in text order. */
    public List<ComplianceIssue> issues() {
        return outcomes.stream()
                .flatMap(o -> o.issues().stream())
                .sorted(Comparator.comparingInt(ComplianceIssue::start).thenComparingInt(ComplianceIssue::end))
                .toList();
    }

    /**
     * The compliance_checks rows of this report for one version of a content item. The time is cut to
     * milliseconds, what a Cassandra TIMESTAMP keeps, so a stored run reads back equal.
     */
    public ComplianceRun toRun(UUID contentId, long contentVersion, Instant at, Supplier<UUID> ids) {
        Instant checkedAt = at.truncatedTo(ChronoUnit.MILLIS);
        return new ComplianceRun(
                contentId,
                contentVersion,
                rulePackVersion,
                checkedAt,
                outcomes.stream()
                        .map(o -> new ComplianceCheck(
                                ids.get(),
                                contentId,
                                contentVersion,
                                o.checkType(),
                                o.result(),
                                o.confidence(),
                                o.issues(),
                                o.recommendations(),
                                null,
                                null,
                                checkedAt,
                                rulePackVersion))
                        .toList());
    }
}
