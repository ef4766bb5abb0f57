package com.eesystem.curator.storage.astra;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.compliance.CheckResult;
import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.compliance.ComplianceCheck;
import com.eesystem.curator.domain.compliance.ComplianceIssue;
import com.eesystem.curator.domain.compliance.ComplianceRun;
import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.testsupport.CassandraServerExtension;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** compliance_checks on the real Cassandra: every column incl. V005's, runs, sign-offs, history order. */
@ExtendWith({CassandraServerExtension.class, TeamKeyspace.class})
class AstraComplianceChecksIT {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    private AstraComplianceChecks checks;

    @BeforeEach
    void emptyTable(TeamKeyspace.Shared shared) {
        shared.truncate("compliance_checks");
        checks = new AstraComplianceChecks(shared.session(), shared.settings().withPageSize(2));
    }

    @Test
    void runsRoundTripEveryColumnAndTheLatestCompleteRunIsFound() {
        UUID content = UUID.randomUUID();
        ComplianceRun first = run(content, 3, "2026.11.1", T0);
        ComplianceRun second = run(content, 4, "2026.11.2", T0.plusSeconds(600));
        checks.record(first);
        checks.record(second);
        checks.record(second); // a retried push rewrites the same rows
        // a half-recorded run (one row only) is history but not a complete run
        checks.record(check(
                content, 5, "2026.11.2", T0.plusSeconds(900), CheckType.BRAND_VOICE, CheckResult.PASSED, List.of()));
        checks.record(run(UUID.randomUUID(), 1, "2026.11.2", T0)); // another item's run

        List<ComplianceCheck> history = checks.history(content);
        List<ComplianceCheck> expected = new ArrayList<>();
        expected.add(history.getFirst());
        expected.addAll(second.checks());
        expected.addAll(first.checks());
        assertThat(history).hasSize(7).containsExactlyElementsOf(expected);
        assertThat(history.getFirst().contentVersion()).isEqualTo(5);
        assertThat(checks.latestRun(content)).contains(second);
        assertThat(checks.history(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aReviewersSignOffReplacesTheRow() {
        UUID content = UUID.randomUUID();
        ComplianceRun run = run(content, 2, "2026.11.1", T0);
        checks.record(run);
        ComplianceCheck signed = run.check(CheckType.MEDICAL_CLAIM).reviewedBy(UUID.randomUUID(), T0.plusSeconds(30));
        checks.record(signed);
        assertThat(checks.history(content))
                .hasSize(3)
                .contains(signed)
                .doesNotContain(run.check(CheckType.MEDICAL_CLAIM));
    }

    private static ComplianceRun run(UUID content, long version, String pack, Instant at) {
        return new ComplianceRun(
                content,
                version,
                pack,
                at,
                List.of(
                        check(
                                content,
                                version,
                                pack,
                                at,
                                CheckType.MEDICAL_CLAIM,
                                CheckResult.FAILED,
                                List.of(
                                        new ComplianceIssue(
                                                CheckType.MEDICAL_CLAIM,
                                                "medical.disease_claim",
                                                SeverityLevel.CRITICAL,
                                                4,
                                                9,
                                                "FTC: disease claims need evidence",
                                                "may support"),
                                        new ComplianceIssue(
                                                CheckType.MEDICAL_CLAIM,
                                                "medical.cure",
                                                SeverityLevel.IMPORTANT,
                                                12,
                                                17,
                                                "\"cures\" is a cure claim, with quotes, commas; and | pipes",
                                                ""))),
                        check(content, version, pack, at, CheckType.BRAND_VOICE, CheckResult.WARNING, List.of()),
                        check(
                                content,
                                version,
                                pack,
                                at,
                                CheckType.LEGAL_REVIEW,
                                CheckResult.MANUAL_REVIEW,
                                List.of())));
    }

    private static ComplianceCheck check(
            UUID content,
            long version,
            String pack,
            Instant at,
            CheckType type,
            CheckResult result,
            List<ComplianceIssue> issues) {
        return new ComplianceCheck(
                UUID.nameUUIDFromBytes((content + type.storedValue() + at + version).getBytes()),
                content,
                version,
                type,
                result,
                0.87,
                issues,
                issues.isEmpty() ? "" : "rephrase line 1\nadd a source",
                null,
                null,
                at,
                pack);
    }
}
