package com.eesystem.curator.storage.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.compliance.CheckResult;
import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.compliance.ComplianceCheck;
import com.eesystem.curator.domain.compliance.ComplianceChecks;
import com.eesystem.curator.domain.compliance.ComplianceIssue;
import com.eesystem.curator.domain.compliance.ComplianceRun;
import com.eesystem.curator.domain.compliance.SeverityLevel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteComplianceChecksTest {

    @TempDir
    Path folder;

    LocalStoreFixture.MutableClock clock = LocalStoreFixture.clock();
    LocalStore store;
    ComplianceChecks checks;
    final UUID content = UUID.randomUUID();

    @BeforeEach
    void open() {
        store = LocalStore.open(LocalStoreFixture.settings(folder), clock);
        checks = store.complianceChecks();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ComplianceRun run(long version, Instant at) {
        List<ComplianceCheck> rows = Arrays.stream(CheckType.values())
                .map(type -> new ComplianceCheck(
                        UUID.randomUUID(),
                        content,
                        version,
                        type,
                        type == CheckType.MEDICAL_CLAIM ? CheckResult.FAILED : CheckResult.PASSED,
                        0.9,
                        type == CheckType.MEDICAL_CLAIM
                                ? List.of(new ComplianceIssue(
                                        type,
                                        "medical.cure",
                                        SeverityLevel.CRITICAL,
                                        4,
                                        9,
                                        "claims a cure",
                                        "may support"))
                                : List.of(),
                        type == CheckType.MEDICAL_CLAIM ? "say: may support relaxation" : "",
                        null,
                        null,
                        at,
                        "pack-1"))
                .toList();
        return new ComplianceRun(content, version, "pack-1", at, rows);
    }

    @Test
    void aRunIsReadBackAsTheLatestRunWithItsIssues() {
        ComplianceRun first = run(1, clock.instant());
        checks.record(first);
        clock.advance(Duration.ofMinutes(3));
        ComplianceRun second = run(2, clock.instant());
        checks.record(second);

        assertThat(checks.history(content)).hasSize(6);
        assertThat(checks.history(content).subList(0, 3)).containsExactlyElementsOf(second.checks());
        assertThat(checks.latestRun(content)).contains(second);
        assertThat(checks.latestRun(content).orElseThrow().hasCritical()).isTrue();
    }

    @Test
    void aReviewerSignOffReplacesTheRowAndEveryRowIsInTheOutbox() {
        ComplianceRun run = run(1, clock.instant());
        checks.record(run);
        ComplianceCheck failed = run.check(CheckType.MEDICAL_CLAIM);
        ComplianceCheck reviewed = new ComplianceCheck(
                failed.id(),
                failed.contentId(),
                failed.contentVersion(),
                failed.checkType(),
                CheckResult.PASSED,
                failed.confidenceScore(),
                failed.issuesFound(),
                failed.recommendations(),
                UUID.randomUUID(),
                clock.instant(),
                failed.createdAt(),
                failed.rulePackVersion());

        checks.record(reviewed);

        assertThat(checks.history(content)).hasSize(3).contains(reviewed).doesNotContain(failed);
        assertThat(store.outbox().pending(10))
                .hasSize(4)
                .allSatisfy(entry -> assertThat(entry.entityType()).isEqualTo("compliance_checks"));
    }
}
