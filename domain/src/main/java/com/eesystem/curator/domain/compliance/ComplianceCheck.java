package com.eesystem.curator.domain.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A compliance_checks row: the outcome of one check type for one version of one content item.
 *
 * <p>Beyond the spec's columns a row also carries the content version it checked (an approval binds
 * to that exact version) and the rule pack version it ran with (a rule change re-checks what it
 * affects). {@code issuesFound} is the spec's {@code issues_found LIST<TEXT>}: storage writes each
 * issue as one text entry through its JSON codec.
 *
 * @param id the row id
 * @param contentId the checked content item
 * @param contentVersion the version of the content item that was checked (0 for unsaved text)
 * @param checkType which check
 * @param checkResult passed, failed, warning or manual_review
 * @param confidenceScore how sure the engine is of {@code checkResult}, 0..1
 * @param issuesFound the findings, in text order
 * @param recommendations suggested improvements, one per line; empty when none
 * @param reviewerId the human who reviewed this check, or null
 * @param reviewedAt when the human reviewed it, or null
 * @param createdAt when the check ran
 * @param rulePackVersion the rule pack version the check ran with
 */
public record ComplianceCheck(
        UUID id,
        UUID contentId,
        long contentVersion,
        CheckType checkType,
        CheckResult checkResult,
        double confidenceScore,
        List<ComplianceIssue> issuesFound,
        String recommendations,
        UUID reviewerId,
        Instant reviewedAt,
        Instant createdAt,
        String rulePackVersion) {

    public ComplianceCheck {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contentId, "contentId");
        Objects.requireNonNull(checkType, "checkType");
        Objects.requireNonNull(checkResult, "checkResult");
        Objects.requireNonNull(createdAt, "createdAt");
        if (contentVersion < 0) {
            throw new IllegalArgumentException("contentVersion: " + contentVersion + " is negative");
        }
        if (!(confidenceScore >= 0.0 && confidenceScore <= 1.0)) {
            throw new IllegalArgumentException("confidenceScore: " + confidenceScore + " is not within 0..1");
        }
        issuesFound = List.copyOf(Objects.requireNonNull(issuesFound, "issuesFound"));
        for (ComplianceIssue issue : issuesFound) {
            if (issue.checkType() != checkType) {
                throw new IllegalArgumentException("issuesFound: rule " + issue.ruleId() + " belongs to "
                        + issue.checkType().storedValue() + ", not " + checkType.storedValue());
            }
        }
        recommendations = recommendations == null ? "" : recommendations;
        if ((reviewerId == null) != (reviewedAt == null)) {
            throw new IllegalArgumentException(
                    "reviewerId/reviewedAt: both or neither must be set (" + reviewerId + ", " + reviewedAt + ")");
        }
        if (rulePackVersion == null || rulePackVersion.isBlank()) {
            throw new IllegalArgumentException("rulePackVersion: \"" + rulePackVersion + "\" is blank");
        }
    }

    /** True when any issue of this check is critical. */
    public boolean hasCritical() {
        return issuesFound.stream().anyMatch(ComplianceIssue::critical);
    }

    public Optional<UUID> reviewer() {
        return Optional.ofNullable(reviewerId);
    }

    /** This check signed off by a human reviewer (the result itself stays as the engine found it). */
    public ComplianceCheck reviewedBy(UUID reviewer, Instant at) {
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(at, "at");
        return new ComplianceCheck(
                id,
                contentId,
                contentVersion,
                checkType,
                checkResult,
                confidenceScore,
                issuesFound,
                recommendations,
                reviewer,
                at,
                createdAt,
                rulePackVersion);
    }
}
