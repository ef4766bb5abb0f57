package com.eesystem.curator.domain.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ComplianceRunTest {
    private static final UUID CONTENT = UUID.randomUUID();
    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");

    static ComplianceCheck check(CheckType type, CheckResult result, List<ComplianceIssue> issues) {
        return new ComplianceCheck(
                UUID.randomUUID(), CONTENT, 3, type, result, 0.9, issues, "", null, null, AT, "2026.11.1");
    }

    static ComplianceIssue issue(CheckType type, SeverityLevel severity) {
        return new ComplianceIssue(type, "medical.disease_claim", severity, 4, 9, "names a disease", "");
    }

    @Test
    void theWorstCheckDecidesTheRunResult() {
        ComplianceRun run = new ComplianceRun(
                CONTENT,
                3,
                "2026.11.1",
                AT,
                List.of(
                        check(CheckType.BRAND_VOICE, CheckResult.WARNING, List.of()),
                        check(
                                CheckType.MEDICAL_CLAIM,
                                CheckResult.FAILED,
                                List.of(issue(CheckType.MEDICAL_CLAIM, SeverityLevel.CRITICAL))),
                        check(CheckType.LEGAL_REVIEW, CheckResult.PASSED, List.of())));

        assertThat(run.overallResult()).isEqualTo(CheckResult.FAILED);
        assertThat(run.hasCritical()).isTrue();
        assertThat(run.checks()).extracting(ComplianceCheck::checkType).containsExactly(CheckType.values());
    }

    @Test
    void aRunNeedsOneCheckPerType() {
        assertThatThrownBy(() -> new ComplianceRun(
                        CONTENT,
                        3,
                        "2026.11.1",
                        AT,
                        List.of(check(CheckType.BRAND_VOICE, CheckResult.PASSED, List.of()))))
                .hasMessageContaining("missing");
    }

    @Test
    void anIssueOfAnotherCheckTypeIsRefused() {
        assertThatThrownBy(() -> check(
                        CheckType.LEGAL_REVIEW,
                        CheckResult.FAILED,
                        List.of(issue(CheckType.MEDICAL_CLAIM, SeverityLevel.CRITICAL))))
                .hasMessageContaining("issuesFound")
                .hasMessageContaining("medical_claim");
    }

    @Test
    void aConfidenceOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new ComplianceCheck(
                        UUID.randomUUID(),
                        CONTENT,
                        0,
                        CheckType.BRAND_VOICE,
                        CheckResult.PASSED,
                        1.5,
                        List.of(),
                        "",
                        null,
                        null,
                        AT,
                        "v1"))
                .hasMessageContaining("confidenceScore: 1.5");
    }

    @Test
    void aReviewerSignOffKeepsTheResult() {
        ComplianceCheck check = check(CheckType.BRAND_VOICE, CheckResult.WARNING, List.of());
        UUID reviewer = UUID.randomUUID();

        ComplianceCheck reviewed = check.reviewedBy(reviewer, AT.plusSeconds(60));

        assertThat(reviewed.reviewer()).contains(reviewer);
        assertThat(reviewed.checkResult()).isEqualTo(CheckResult.WARNING);
        assertThat(reviewed.id()).isEqualTo(check.id());
    }

    @Test
    void latestRunGroupsTheNewestRowsOfAContentItem() {
        List<ComplianceCheck> rows = new ArrayList<>();
        for (CheckType type : CheckType.values()) {
            rows.add(check(type, CheckResult.PASSED, List.of()));
        }
        ComplianceChecks store = new ComplianceChecks() {
            @Override
            public void record(ComplianceRun run) {
                rows.addAll(run.checks());
            }

            @Override
            public void record(ComplianceCheck check) {
                rows.add(check);
            }

            @Override
            public List<ComplianceCheck> history(UUID contentId) {
                return List.copyOf(rows);
            }
        };

        assertThat(store.latestRun(CONTENT))
                .hasValueSatisfying(run -> assertThat(run.contentVersion()).isEqualTo(3));
    }
}
