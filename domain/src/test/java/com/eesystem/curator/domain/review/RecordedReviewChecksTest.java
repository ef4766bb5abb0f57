package com.eesystem.curator.domain.review;

import static com.eesystem.curator.domain.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.compliance.CheckResult;
import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.compliance.ComplianceEngine;
import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.domain.content.CheckOutcome;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentRefusal;
import com.eesystem.curator.domain.content.ReviewGate;
import com.eesystem.curator.domain.memory.InMemoryComplianceChecks;
import com.eesystem.curator.domain.memory.TestClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The review workflow on helper compliance's real engine and its compliance_checks rows. */
class RecordedReviewChecksTest {

    final TestClock clock = new TestClock(T0);
    final InMemoryComplianceChecks rows = new InMemoryComplianceChecks();
    final RecordedReviewChecks checks = RecordedReviewChecks.over(ComplianceEngine.bundled(), rows, clock);

    @Test
    void aCureClaimFailsCriticallyAndRefusesTheSubmission() {
        ContentItem draft = draft().edit(body().withCaption("Our sessions cure anxiety."), T0)
                .orThrow();
        List<CheckOutcome> outcomes = checks.run(draft);
        assertThat(outcomes)
                .filteredOn(outcome -> outcome.checkType() == CheckType.MEDICAL_CLAIM)
                .singleElement()
                .satisfies(outcome -> {
                    assertThat(outcome.result()).isEqualTo(CheckResult.FAILED);
                    assertThat(outcome.severity()).isEqualTo(SeverityLevel.CRITICAL);
                    assertThat(outcome.revision()).isEqualTo(draft.revision());
                });
        assertThat(ReviewGate.requiringAll().refusalsToSubmit(draft, outcomes, List.of()))
                .contains(new ContentRefusal.CheckNotPassed(
                        CheckType.MEDICAL_CLAIM, CheckResult.FAILED, SeverityLevel.CRITICAL));
    }

    @Test
    void runsAreRecordedAndOnlyTheCurrentRevisionsOutcomesAreRead() {
        ContentItem first = draft();
        checks.run(first);
        clock.advance(Duration.ofMinutes(1));
        ContentItem second = first.edit(first.body().withCaption("Ten quiet minutes."), clock.instant())
                .orThrow();
        checks.run(second);
        assertThat(rows.history(first.id().value())).hasSize(2 * CheckType.values().length);
        assertThat(checks.outcomesOf(second))
                .hasSize(CheckType.values().length)
                .allSatisfy(outcome -> assertThat(outcome.revision()).isEqualTo(2));
        assertThat(checks.outcomesOf(first))
                .allSatisfy(outcome -> assertThat(outcome.revision()).isEqualTo(1));
    }

    @Test
    void calmWordingPassesTheGate() {
        ContentItem calm = draft().edit(body().withCaption("Ten quiet minutes in the light, every morning."), T0)
                .orThrow();
        List<CheckOutcome> outcomes = checks.run(calm);
        assertThat(ReviewGate.requiringAll().refusalsToSubmit(calm, outcomes, List.of()))
                .isEmpty();
    }
}
