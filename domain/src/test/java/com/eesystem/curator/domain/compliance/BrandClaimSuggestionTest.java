package com.eesystem.curator.domain.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.brand.BrandKnowledge;
import com.eesystem.curator.domain.brand.KnowledgeCategory;
import com.eesystem.curator.domain.brand.KnowledgeId;
import com.eesystem.curator.domain.brand.KnowledgeType;
import com.eesystem.curator.domain.score.Score;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The brand library's approved claims feed the safer wording (issue 9): a stored claim naming a
 * finding's condition is the suggestion, the pack's approved claim is for every other condition, and
 * only an active entry of type claim counts as approved.
 */
class BrandClaimSuggestionTest {
    private static final Instant AT = Instant.parse("2026-11-25T12:00:00Z");
    private static final BrandClaim EVENING =
            new BrandClaim("k-sleep", "Approved claim for insomnia", "an evening hour of quiet light to wind down");

    private final ComplianceEngine engine = ComplianceEngine.bundled();

    private CheckOutcome medical(String text) {
        return engine.check(DraftToCheck.caption(text)).outcome(CheckType.MEDICAL_CLAIM);
    }

    @Test
    void aStoredClaimNamingTheConditionIsTheSuggestionAndThePackAnswersTheRest() {
        String caption = "Ten minutes of this light cures insomnia. Our sessions treat anxiety too.";
        CheckOutcome before = medical(caption);
        assertThat(before.recommendations()).contains("a quiet hour to support better sleep habits");

        engine.useApprovedClaims(List.of(EVENING));
        CheckOutcome after = medical(caption);

        ComplianceIssue insomnia = after.issues().stream()
                .filter(issue -> issue.excerptOf(caption).contains("insomnia"))
                .findFirst()
                .orElseThrow();
        assertThat(insomnia.suggestion())
                .isEqualTo("Try: \"an evening hour of quiet light to wind down\" (approved claim \"Approved claim"
                        + " for insomnia\" in the brand library).");
        assertThat(after.recommendations())
                .contains("an evening hour of quiet light to wind down")
                .contains("may help you relax")
                .doesNotContain("a quiet hour to support better sleep habits");
        assertThat(after.result()).as("suggestions only").isEqualTo(before.result());
        assertThat(engine.ruleSetVersion()).isEqualTo(engine.rulePackVersion());
    }

    @Test
    void aClaimNamingTheFirstFormOfALineCoversItsOtherForms() {
        engine.useApprovedClaims(List.of(new BrandClaim("k-pain", "Pain", "an unhurried hour for your body")));

        assertThat(medical("Our sessions cure headaches.").issues().getFirst().suggestion())
                .contains("an unhurried hour for your body");
    }

    @Test
    void theFirstClaimNamingAConditionWinsItAndAClaimNamingNoneIsNeverSuggested() {
        engine.useApprovedClaims(List.of(
                new BrandClaim("k-survey", "Guest survey", "9 in 10 guests said they felt more relaxed"),
                EVENING,
                new BrandClaim("k-late", "Also insomnia", "a later wording for insomnia")));

        CheckOutcome outcome = medical("This light cures insomnia. It also treats anxiety.");

        assertThat(outcome.recommendations())
                .contains("an evening hour of quiet light to wind down")
                .doesNotContain("a later wording")
                .doesNotContain("9 in 10");
    }

    @Test
    void replacingTheClaimsBringsBackThePacksWording() {
        engine.useApprovedClaims(List.of(EVENING));
        engine.useApprovedClaims(List.of());

        assertThat(medical("This light cures insomnia.").recommendations())
                .contains("a quiet hour to support better sleep habits\" (approved claim sleep-01)")
                .doesNotContain("evening");
    }

    @Test
    void onlyAnActiveClaimEntryIsAnApprovedClaim() {
        BrandKnowledge draft = BrandKnowledge.draft(
                KnowledgeId.random(),
                KnowledgeType.CLAIM,
                KnowledgeCategory.MEDICAL,
                "Approved claim for insomnia",
                "  an evening hour of quiet light to wind down\n",
                new Score(0.8),
                AT);

        assertThat(BrandClaim.of(draft)).isEmpty();
        assertThat(BrandClaim.of(draft.activate(AT).deprecate(AT))).isEmpty();
        assertThat(BrandClaim.of(BrandKnowledge.draft(
                                KnowledgeId.random(),
                                KnowledgeType.VOICE,
                                KnowledgeCategory.BRAND,
                                "How we sound",
                                "Warm and plain.",
                                new Score(0.8),
                                AT)
                        .activate(AT)))
                .isEmpty();
        assertThat(BrandClaim.of(draft.activate(AT)))
                .contains(new BrandClaim(
                        draft.id().value().toString(),
                        "Approved claim for insomnia",
                        "an evening hour of quiet light to wind down"));
    }
}
