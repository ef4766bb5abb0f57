package com.eesystem.curator.domain.content;

import static com.eesystem.curator.domain.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.compliance.CheckResult;
import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.compliance.SeverityLevel;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReviewGateTest {

    final ReviewGate gate = ReviewGate.requiringAll();
    final ContentItem item = inStatus(ContentStatus.IN_REVIEW); // revision 2

    static CheckOutcome outcome(CheckType type, CheckResult result, SeverityLevel severity) {
        return new CheckOutcome(type, result, severity, 2);
    }

    static List<CheckOutcome> passedExcept(CheckOutcome different) {
        return Stream.of(CheckType.values())
                .map(type -> type == different.checkType()
                        ? different
                        : outcome(type, CheckResult.PASSED, SeverityLevel.PREFERRED))
                .toList();
    }

    static Stream<Arguments> approvalCases() {
        CheckOutcome failedCritical = outcome(CheckType.MEDICAL_CLAIM, CheckResult.FAILED, SeverityLevel.CRITICAL);
        CheckOutcome manual = outcome(CheckType.BRAND_VOICE, CheckResult.MANUAL_REVIEW, SeverityLevel.IMPORTANT);
        CheckOutcome warning = outcome(CheckType.LEGAL_REVIEW, CheckResult.WARNING, SeverityLevel.PREFERRED);
        return Stream.of(
                Arguments.of("all passed", passedExcept(warning), List.of(), List.of()),
                Arguments.of(
                        "critical failure, no override",
                        passedExcept(failedCritical),
                        List.of(),
                        List.of(new ContentRefusal.CheckNotPassed(
                                CheckType.MEDICAL_CLAIM, CheckResult.FAILED, SeverityLevel.CRITICAL))),
                Arguments.of(
                        "critical failure overridden with a reason",
                        passedExcept(failedCritical),
                        List.of(new CheckOverride(CheckType.MEDICAL_CLAIM, "Approved claim #12")),
                        List.of()),
                Arguments.of(
                        "critical failure overridden without a reason",
                        passedExcept(failedCritical),
                        List.of(new CheckOverride(CheckType.MEDICAL_CLAIM, " ")),
                        List.of(new ContentRefusal.OverrideNeedsReason(CheckType.MEDICAL_CLAIM))),
                Arguments.of(
                        "manual review not overridden",
                        passedExcept(manual),
                        List.of(),
                        List.of(new ContentRefusal.CheckNotPassed(
                                CheckType.BRAND_VOICE, CheckResult.MANUAL_REVIEW, SeverityLevel.IMPORTANT))),
                Arguments.of(
                        "override of another check does not count",
                        passedExcept(manual),
                        List.of(new CheckOverride(CheckType.LEGAL_REVIEW, "fine")),
                        List.of(new ContentRefusal.CheckNotPassed(
                                CheckType.BRAND_VOICE, CheckResult.MANUAL_REVIEW, SeverityLevel.IMPORTANT))),
                Arguments.of(
                        "a check missing",
                        List.of(
                                outcome(CheckType.MEDICAL_CLAIM, CheckResult.PASSED, SeverityLevel.PREFERRED),
                                outcome(CheckType.BRAND_VOICE, CheckResult.PASSED, SeverityLevel.PREFERRED)),
                        List.of(),
                        List.of(new ContentRefusal.CheckMissing(CheckType.LEGAL_REVIEW, 2))),
                Arguments.of(
                        "outcomes of an older revision do not count",
                        List.of(
                                new CheckOutcome(
                                        CheckType.MEDICAL_CLAIM, CheckResult.PASSED, SeverityLevel.PREFERRED, 1),
                                outcome(CheckType.BRAND_VOICE, CheckResult.PASSED, SeverityLevel.PREFERRED),
                                outcome(CheckType.LEGAL_REVIEW, CheckResult.PASSED, SeverityLevel.PREFERRED)),
                        List.of(),
                        List.of(new ContentRefusal.CheckMissing(CheckType.MEDICAL_CLAIM, 2))),
                Arguments.of(
                        "a later run replaces an earlier failure",
                        Stream.concat(
                                        passedExcept(failedCritical).stream(),
                                        Stream.of(outcome(
                                                CheckType.MEDICAL_CLAIM, CheckResult.PASSED, SeverityLevel.PREFERRED)))
                                .toList(),
                        List.of(),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("approvalCases")
    void approvalNeedsEveryRequiredCheckPassedOrOverriddenWithAReason(
            String name, List<CheckOutcome> outcomes, List<CheckOverride> overrides, List<ContentRefusal> expected) {
        assertThat(gate.refusalsToApprove(item, REVIEWER.id(), 2, outcomes, overrides))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void theAuthorCannotApproveTheirOwnItem() {
        assertThat(gate.refusalsToApprove(
                        item,
                        EDITOR.id(),
                        2,
                        passedExcept(outcome(CheckType.BRAND_VOICE, CheckResult.PASSED, SeverityLevel.PREFERRED)),
                        List.of()))
                .containsExactly(new ContentRefusal.ReviewerIsAuthor(EDITOR.id()));
    }

    @Test
    void approvalBindsToTheRevisionTheReviewerRead() {
        assertThat(gate.refusalsToApprove(
                        item,
                        REVIEWER.id(),
                        1,
                        passedExcept(outcome(CheckType.BRAND_VOICE, CheckResult.PASSED, SeverityLevel.PREFERRED)),
                        List.of()))
                .containsExactly(new ContentRefusal.StaleRevision(1, 2));
    }

    @Test
    void aCheckTheGateDoesNotRequireNeedsNoOverrideUnlessItFailedCritically() {
        ReviewGate medicalOnly = new ReviewGate(EnumSet.of(CheckType.MEDICAL_CLAIM));
        List<CheckOutcome> outcomes = List.of(
                outcome(CheckType.MEDICAL_CLAIM, CheckResult.PASSED, SeverityLevel.PREFERRED),
                outcome(CheckType.BRAND_VOICE, CheckResult.MANUAL_REVIEW, SeverityLevel.IMPORTANT));
        assertThat(medicalOnly.refusalsToApprove(item, REVIEWER.id(), 2, outcomes, List.of()))
                .isEmpty();
        List<CheckOutcome> critical = List.of(
                outcome(CheckType.MEDICAL_CLAIM, CheckResult.PASSED, SeverityLevel.PREFERRED),
                outcome(CheckType.LEGAL_REVIEW, CheckResult.FAILED, SeverityLevel.CRITICAL));
        assertThat(medicalOnly.refusalsToApprove(item, REVIEWER.id(), 2, critical, List.of()))
                .containsExactly(new ContentRefusal.CheckNotPassed(
                        CheckType.LEGAL_REVIEW, CheckResult.FAILED, SeverityLevel.CRITICAL));
    }

    @Test
    void submissionIsRefusedOnlyByCriticalFailures() {
        ContentItem draft = inStatus(ContentStatus.DRAFT);
        assertThat(gate.refusalsToSubmit(
                        draft,
                        passedExcept(outcome(CheckType.BRAND_VOICE, CheckResult.FAILED, SeverityLevel.IMPORTANT)),
                        List.of()))
                .isEmpty();
        assertThat(gate.refusalsToSubmit(
                        draft,
                        passedExcept(outcome(CheckType.MEDICAL_CLAIM, CheckResult.FAILED, SeverityLevel.CRITICAL)),
                        List.of()))
                .containsExactly(new ContentRefusal.CheckNotPassed(
                        CheckType.MEDICAL_CLAIM, CheckResult.FAILED, SeverityLevel.CRITICAL));
    }

    @Test
    void everyRefusalReadsInPlainWords() {
        assertThat(new ContentRefusal.ReviewerIsAuthor(EDITOR.id()).message())
                .isEqualTo("reviewer: " + EDITOR.id() + " is the author and cannot approve their own content");
        assertThat(new ContentRefusal.CheckNotPassed(
                                CheckType.MEDICAL_CLAIM, CheckResult.FAILED, SeverityLevel.CRITICAL)
                        .message())
                .isEqualTo("check medical_claim: failed (critical) and not overridden");
        assertThat(new ContentRefusal.StaleRevision(1, 2).message())
                .isEqualTo("revision: reviewed 1 but the content is now at revision 2");
    }
}
