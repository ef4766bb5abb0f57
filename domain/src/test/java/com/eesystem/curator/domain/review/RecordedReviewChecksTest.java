package com.eesystem.curator.domain.review;

import static com.eesystem.curator.domain.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.compliance.CheckResult;
import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.compliance.ComplianceEngine;
import com.eesystem.curator.domain.compliance.ComplianceIssue;
import com.eesystem.curator.domain.compliance.ComplianceReport;
import com.eesystem.curator.domain.compliance.MaterialConnection;
import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.domain.content.CheckOutcome;
import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentRefusal;
import com.eesystem.curator.domain.content.ReviewGate;
import com.eesystem.curator.domain.memory.InMemoryComplianceChecks;
import com.eesystem.curator.domain.memory.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
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

    private static ComplianceReport report(ContentItem item) {
        return ComplianceEngine.bundled().check(RecordedReviewChecks.draftOf(item));
    }

    private static ContentItem withBody(ContentBody body) {
        return draft().edit(body, T0).orThrow();
    }

    @Test
    void aSponsoredFlagOnTheItemReachesTheEndorsementCheck() {
        ContentBody sponsored = body().withCaption("Spent my Saturday at the center and loved it.")
                .withMaterialConnections(Set.of(MaterialConnection.SPONSORED));

        List<CheckOutcome> outcomes = checks.run(withBody(sponsored));

        assertThat(outcomes)
                .filteredOn(outcome -> outcome.checkType() == CheckType.LEGAL_REVIEW)
                .singleElement()
                .satisfies(outcome -> assertThat(outcome.severity()).isEqualTo(SeverityLevel.CRITICAL));
        assertThat(report(withBody(sponsored)).issues())
                .extracting(ComplianceIssue::ruleId)
                .contains("legal.undisclosed_endorsement");
        assertThat(report(withBody(body().withCaption("Spent my Saturday at the center and loved it.")))
                        .issues())
                .extracting(ComplianceIssue::ruleId)
                .doesNotContain("legal.undisclosed_endorsement");
    }

    @Test
    void affiliateAndTestimonialFlagsAreReadToo() {
        ContentBody testimonial = body().withCaption("'The calmest hour of my week.' Priya, member since May")
                .withMaterialConnections(Set.of(MaterialConnection.TESTIMONIAL, MaterialConnection.AFFILIATE));

        assertThat(testimonial.materialConnections())
                .containsExactlyInAnyOrder(MaterialConnection.TESTIMONIAL, MaterialConnection.AFFILIATE);
        assertThat(report(withBody(testimonial)).issues())
                .extracting(ComplianceIssue::ruleId)
                .contains("legal.testimonial_typicality", "legal.undisclosed_endorsement");
    }

    @Test
    void aLongTitleDoesNotPushAnUpFrontDisclosurePastTheMoreCut() {
        String title = "Our autumn series of evening visits, part three: a long title that an editor wrote for the"
                + " library, not for the post itself, and it runs past the cut";
        assertThat(title.length()).isGreaterThan(125);
        ContentBody body = body().withTitle(title)
                .withCaption("Sponsored: my evening at @harborcalm, the calmest hour of my week.")
                .withMaterialConnections(Set.of(MaterialConnection.SPONSORED));

        assertThat(report(withBody(body)).issues())
                .extracting(ComplianceIssue::ruleId)
                .doesNotContain("legal.disclosure_placement", "legal.undisclosed_endorsement");
    }

    @Test
    void spansPointIntoTheFieldTheyCameFrom() {
        String caption = "Ten quiet minutes. Our sessions cure anxiety.";
        ContentBody body = body().withTitle("Sessions reverse arthritis").withCaption(caption);
        ContentItem item = withBody(body);
        ReviewedText text = ReviewedText.of(item.body());
        List<ComplianceIssue> claims = report(item).issues().stream()
                .filter(issue -> issue.ruleId().equals("medical.disease_claim"))
                .toList();

        assertThat(claims).hasSize(2);
        ComplianceIssue inCaption = claims.getFirst();
        assertThat(text.partAt(inCaption.start()).orElseThrow().field()).isEqualTo(ReviewedText.Field.CAPTION);
        assertThat(inCaption.start()).isEqualTo(caption.indexOf("cure anxiety"));
        ComplianceIssue inTitle = claims.getLast();
        assertThat(text.partAt(inTitle.start()).orElseThrow().field()).isEqualTo(ReviewedText.Field.TITLE);
        assertThat(text.offsetInField(inTitle.start())).isEqualTo("Sessions reverse arthritis".indexOf("reverse"));
        assertThat(inTitle.excerptOf(text.text())).isEqualTo("reverse arthritis");
    }

    @Test
    void aScriptAfterThePostDoesNotCountAgainstTheCaptionLimit() {
        String caption = "Ten quiet minutes in the light. ".repeat(60).strip(); // about 1,900 characters
        ContentBody body = new ContentBody(
                "Morning light routine",
                "",
                body().contentType(),
                List.of(com.eesystem.curator.domain.platform.Platform.INSTAGRAM),
                caption,
                "Welcome in. Find a chair, put your phone away and settle. ".repeat(20),
                List.of("calm"),
                List.of(),
                java.util.Map.of());

        assertThat(report(withBody(body)).issues())
                .extracting(ComplianceIssue::ruleId)
                .doesNotContain("legal.platform_limit");
        assertThat(report(withBody(body.withCaption(caption + " " + caption))).issues())
                .extracting(ComplianceIssue::ruleId)
                .contains("legal.platform_limit");
    }

    @Test
    void anUnknownConnectionInTheSpecsIsRefusedWithItsName() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ContentBody(
                        "t",
                        "",
                        body().contentType(),
                        body().platforms(),
                        "c",
                        "",
                        List.of(),
                        List.of(),
                        java.util.Map.of(ContentBody.CONNECTIONS_SPEC, "sponsored, bribed")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"bribed\"")
                .hasMessageContaining(ContentBody.CONNECTIONS_SPEC);
    }
}
