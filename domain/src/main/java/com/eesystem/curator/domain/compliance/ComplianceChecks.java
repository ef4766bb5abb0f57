package com.eesystem.curator.domain.compliance;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The compliance_checks rows of the store: every run of the engine is recorded, and a content item's
 * history stays readable for the review desk.
 */
public interface ComplianceChecks {

    /** Records the rows of one run (one per check type). */
    void record(ComplianceRun run);

    /**
     * Records one row, replacing the row with the same id: how a reviewer's sign-off ({@link
     * ComplianceCheck#reviewedBy}) is kept.
     */
    void record(ComplianceCheck check);

    /** Every check of a content item, newest first (ties in check type order). */
    List<ComplianceCheck> history(UUID contentId);

    /** The newest complete run of a content item, if it was ever checked. */
    default Optional<ComplianceRun> latestRun(UUID contentId) {
        List<ComplianceCheck> history = history(contentId);
        return history.stream()
                .collect(Collectors.groupingBy(
                        check -> check.createdAt() + "|" + check.contentVersion() + "|" + check.rulePackVersion()))
                .values()
                .stream()
                .filter(group -> group.size() == CheckType.values().length)
                .max(Comparator.comparing(group -> group.getFirst().createdAt()))
                .map(group -> new ComplianceRun(
                        contentId,
                        group.getFirst().contentVersion(),
                        group.getFirst().rulePackVersion(),
                        group.getFirst().createdAt(),
                        group));
    }
}
