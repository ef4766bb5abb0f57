package com.eesystem.curator.domain.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.platform.Platform;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ComplianceEngineTest {
    private final ComplianceEngine engine = ComplianceEngine.bundled();

    private CheckOutcome medical(String text) {
        return engine.check(DraftToCheck.caption(text)).outcome(CheckType.MEDICAL_CLAIM);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "For relaxation only; not intended to diagnose, treat, cure or prevent any disease.",
                "This is not a medical device claim.",
                "These statements have not been evaluated by the FDA.",
                "This isn't a cure for anything; it's a place to rest.",
                "Treat yourself to an hour of calm.",
                "The cure for a long Monday: sixty quiet minutes.",
                "A quiet hour to support better sleep habits.",
                "Stress less, sleep more, feel more energy."
            })
    void wellnessCopyAndDisclaimersPass(String text) {
        assertThat(medical(text).result()).isEqualTo(CheckResult.PASSED);
        assertThat(medical(text).issues()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Our sessions reverse arthritis.",
                "Not a cure, but it healed my migraines.",
                "Could this fix your arthritis?",
                "Say goodbye to your arthritis pain",
                "No more insulin!",
                "My d1abetes is so much better and my anxeity is gone",
                "FDA-registered, so it's approved.",
                "Clinically proven to raise cell energy 300%.",
                "#CancerFree and grateful"
            })
    void diseaseFdaAndProofClaimsFailWithACriticalIssue(String text) {
        CheckOutcome outcome = medical(text);

        assertThat(outcome.result()).isEqualTo(CheckResult.FAILED);
        assertThat(outcome.hasCritical()).isTrue();
    }

    @Test
    void anIssueSpanPointsAtTheOriginalCharactersEvenAfterAnEmoji() {
        String text = "Week three ✨✨ and no more 💊 for me";

        ComplianceIssue issue = medical(text).issues().getFirst();

        assertThat(issue.excerptOf(text)).isEqualTo("no more 💊");
        assertThat(issue.ruleId()).isEqualTo("medical.implied_claim");
        assertThat(issue.explanation()).contains("Source:");
    }

    @Test
    void theSaferWordingComesFromTheApprovedClaimsLibrary() {
        CheckOutcome outcome = medical("Our sessions cure anxiety.");

        assertThat(outcome.issues().getFirst().suggestion()).contains("may help you relax");
        assertThat(outcome.recommendations()).contains("may help you relax");
    }

    @Test
    void aClaimSplitAcrossSentencesGoesToManualReview() {
        CheckOutcome outcome = medical("My migraines were constant. Three months of sessions. Gone.");

        assertThat(outcome.result()).isEqualTo(CheckResult.MANUAL_REVIEW);
        assertThat(outcome.confidence()).isLessThan(ComplianceEngine.FAIL_CONFIDENCE);
    }

    @Test
    void aDiseaseNameWithoutAClaimIsAWarning() {
        CheckOutcome outcome = medical("Our guests with fibromyalgia love the soft blankets.");

        assertThat(outcome.result()).isEqualTo(CheckResult.WARNING);
        assertThat(outcome.issues()).extracting(ComplianceIssue::ruleId).containsExactly("medical.disease_reference");
    }

    @Test
    void aSubstantiatedApprovedWordingPassesTheProofRule() {
        assertThat(medical("In our 2025 guest survey, 9 in 10 guests said they felt more relaxed after a session.")
                        .result())
                .isEqualTo(CheckResult.PASSED);
        assertThat(medical("9 in 10 guests felt more relaxed after a session.").result())
                .isEqualTo(CheckResult.FAILED);
    }

    @Test
    void aLinkedSubstantiationEntryClearsProofClaims() {
        DraftToCheck draft = DraftToCheck.caption("Studies show guests feel calmer after one session.")
                .withSubstantiation(Set.of("SUB-2024-007"));

        assertThat(engine.check(draft).outcome(CheckType.MEDICAL_CLAIM).result())
                .isEqualTo(CheckResult.PASSED);
    }

    @Test
    void aSponsoredDraftWithoutDisclosureFailsLegalReview() {
        DraftToCheck draft = DraftToCheck.caption("Loved my evening at @calmcenter.", Platform.INSTAGRAM)
                .withConnections(Set.of(MaterialConnection.SPONSORED));

        CheckOutcome legal = engine.check(draft).outcome(CheckType.LEGAL_REVIEW);

        assertThat(legal.result()).isEqualTo(CheckResult.FAILED);
        assertThat(legal.issues()).extracting(ComplianceIssue::ruleId).contains("legal.undisclosed_endorsement");
    }

    @Test
    void aDisclosureAfterTheMoreCutIsMisplaced() {
        String text = "x".repeat(200) + " Ad: paid partnership with @calmcenter";
        DraftToCheck draft =
                DraftToCheck.caption(text, Platform.INSTAGRAM).withConnections(Set.of(MaterialConnection.SPONSORED));

        List<ComplianceIssue> issues =
                engine.check(draft).outcome(CheckType.LEGAL_REVIEW).issues();

        assertThat(issues).extracting(ComplianceIssue::ruleId).contains("legal.disclosure_placement");
        assertThat(issues.getFirst().explanation()).contains("after the \"more\" cut (125)");
    }

    @Test
    void weakTagsAreNotADisclosure() {
        CheckOutcome legal = engine.check(DraftToCheck.caption("Thanks @calmcenter #collab #spon"))
                .outcome(CheckType.LEGAL_REVIEW);

        assertThat(legal.issues()).extracting(ComplianceIssue::ruleId).containsExactly("legal.undisclosed_endorsement");
    }

    @Test
    void aCaptionOverThePlatformLimitNamesLengthAndLimit() {
        String text = "Rest. ".repeat(400);

        CheckOutcome legal =
                engine.check(DraftToCheck.caption(text, Platform.INSTAGRAM)).outcome(CheckType.LEGAL_REVIEW);

        assertThat(legal.issues())
                .anySatisfy(issue ->
                        assertThat(issue.explanation()).contains("caption: 2,400 chars, limit 2,200 (instagram)"));
        assertThat(legal.result()).isEqualTo(CheckResult.WARNING);
    }

    @Test
    void youtubeNeedsTheScopeDisclaimerInstagramOnlyRecommendsIt() {
        String text = "Come relax in our scalar room this weekend.";

        CheckOutcome youtube =
                engine.check(DraftToCheck.caption(text, Platform.YOUTUBE)).outcome(CheckType.LEGAL_REVIEW);
        CheckOutcome instagram =
                engine.check(DraftToCheck.caption(text, Platform.INSTAGRAM)).outcome(CheckType.LEGAL_REVIEW);

        assertThat(youtube.result()).isEqualTo(CheckResult.WARNING);
        assertThat(instagram.result()).isEqualTo(CheckResult.PASSED);
        assertThat(instagram.issues()).extracting(ComplianceIssue::severity).containsExactly(SeverityLevel.PREFERRED);
    }

    @Test
    void brandGuidelinesApplyTheirQuotedTermsAndSeverity() {
        VoiceGuideline guideline = new VoiceGuideline(
                "g1",
                "Calm pricing",
                List.of("Use 'members' instead of 'customers'"),
                List.of("Never call sessions 'cheap'"),
                "",
                SeverityLevel.CRITICAL,
                Set.of(Platform.INSTAGRAM));
        ComplianceEngine withGuideline = new ComplianceEngine(RulePack.bundled(), List.of(guideline), null);

        CheckOutcome onInstagram = withGuideline
                .check(DraftToCheck.caption("Cheap sessions for our customers!", Platform.INSTAGRAM))
                .outcome(CheckType.BRAND_VOICE);
        CheckOutcome onTwitter = withGuideline
                .check(DraftToCheck.caption("Cheap sessions for our customers!", Platform.TWITTER))
                .outcome(CheckType.BRAND_VOICE);

        assertThat(onInstagram.result()).isEqualTo(CheckResult.FAILED);
        assertThat(onInstagram.issues())
                .extracting(ComplianceIssue::ruleId)
                .containsExactly("brand.restriction:g1", "brand.requirement:g1");
        assertThat(onInstagram.issues().get(1).suggestion()).isEqualTo("Use \"members\".");
        assertThat(onTwitter.result()).isEqualTo(CheckResult.PASSED);
    }

    @Test
    void replacedGuidelinesApplyToTheNextCheckAndChangeTheRuleSetVersion() {
        ComplianceEngine engine = new ComplianceEngine(RulePack.bundled(), List.of(), null);
        DraftToCheck draft = DraftToCheck.caption("Cheap sessions all week.", Platform.INSTAGRAM);
        String before = engine.ruleSetVersion();
        assertThat(engine.check(draft).outcome(CheckType.BRAND_VOICE).result()).isEqualTo(CheckResult.PASSED);

        engine.useGuidelines(List.of(new VoiceGuideline(
                "price",
                "Price language",
                List.of(),
                List.of("Never call sessions 'cheap'"),
                "",
                SeverityLevel.IMPORTANT,
                Set.of())));

        ComplianceReport after = engine.check(draft);
        assertThat(after.outcome(CheckType.BRAND_VOICE).issues())
                .extracting(ComplianceIssue::ruleId)
                .containsExactly("brand.restriction:price");
        assertThat(after.rulePackVersion()).isEqualTo(engine.ruleSetVersion()).startsWith(before + "+g");
        engine.useGuidelines(List.of());
        assertThat(engine.ruleSetVersion()).isEqualTo(before);
    }

    @Test
    void aBrandNameSplitBySpacesOrHyphensBreaksTheSpellingRequirement() {
        ComplianceEngine engine = new ComplianceEngine(
                RulePack.bundled(),
                List.of(new VoiceGuideline(
                        "name",
                        "Brand name",
                        List.of("Always spell the brand 'EESystem'"),
                        List.of(),
                        "",
                        SeverityLevel.IMPORTANT,
                        Set.of())),
                null);

        assertThat(engine.check(DraftToCheck.caption("New to the EE-System lounge?"))
                        .outcome(CheckType.BRAND_VOICE)
                        .issues())
                .extracting(ComplianceIssue::ruleId, issue -> issue.end() - issue.start())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("brand.requirement:name", 9));
        assertThat(engine.check(DraftToCheck.caption("A tea-free system of rest: no ee system here."))
                        .outcome(CheckType.BRAND_VOICE)
                        .issues())
                .hasSize(1);
        assertThat(engine.check(DraftToCheck.caption("Our free system of quiet evenings."))
                        .outcome(CheckType.BRAND_VOICE)
                        .result())
                .isEqualTo(CheckResult.PASSED);
    }

    @Test
    void restrictedExamplesAreComparedOnlyWhenASimilarityFunctionIsGiven() {
        VoiceGuideline guideline = new VoiceGuideline(
                "g2",
                "No hype",
                List.of(),
                List.of(),
                "Do: A calm hour for you.\nDon't: You will feel amazing instantly, best hour ever",
                SeverityLevel.IMPORTANT,
                Set.of());
        String text = "Best hour ever. You will feel amazing instantly!";
        TextSimilarity wordOverlap = (a, b) -> jaccard(a, b);

        CheckOutcome withSimilarity = new ComplianceEngine(RulePack.bundled(), List.of(guideline), wordOverlap)
                .check(DraftToCheck.caption(text))
                .outcome(CheckType.BRAND_VOICE);
        CheckOutcome without = new ComplianceEngine(RulePack.bundled(), List.of(guideline), null)
                .check(DraftToCheck.caption(text))
                .outcome(CheckType.BRAND_VOICE);

        assertThat(withSimilarity.issues()).extracting(ComplianceIssue::ruleId).contains("brand.restricted_example:g2");
        assertThat(without.issues()).isEmpty();
    }

    private static double jaccard(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        x.retainAll(y);
        return union.isEmpty() ? 0 : (double) x.size() / union.size() * 2.0;
    }

    private static Set<String> words(String text) {
        return new HashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).split("\\W+")));
    }

    @Test
    void aRunRecordsOneRowPerCheckTypeWithTheRulePackVersion() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
        UUID content = UUID.randomUUID();

        ComplianceRun run = engine.run(
                content, 7, DraftToCheck.caption("Our sessions reverse arthritis."), clock, UUID::randomUUID);

        assertThat(run.checks()).hasSize(3).allSatisfy(check -> {
            assertThat(check.rulePackVersion()).isEqualTo(engine.rulePackVersion());
            assertThat(check.contentVersion()).isEqualTo(7);
        });
        assertThat(run.overallResult()).isEqualTo(CheckResult.FAILED);
        assertThat(run.hasCritical()).isTrue();
    }

    @Test
    void aRuleChangeAffectsOnlyTheDraftsItsTermsAppearIn() {
        RulePack before = RulePack.bundled();
        String edited = bundledText().replace("\n[voice banned]\n", "\n[voice banned]\nzen => calm\n");
        RulePack after = RulePack.parse("edited", edited.replace(before.version(), before.version() + "-zen"));
        Map<String, DraftToCheck> drafts = new LinkedHashMap<>();
        drafts.put("a", DraftToCheck.caption("Find your zen in the scalar room."));
        drafts.put("b", DraftToCheck.caption("Find your calm in the scalar room."));

        List<String> affected = new RuleChange(
                        new ComplianceEngine(before, List.of(), null), new ComplianceEngine(after, List.of(), null))
                .affected(drafts);

        assertThat(affected).containsExactly("a");
    }

    @Test
    void aBrokenRulePackNamesTheLine() {
        assertThatThrownBy(() -> RulePack.parse("pack.txt", "[pack]\nversion = 1\n\n[platforms]\ninstagram | 125\n"))
                .isInstanceOf(RulePackSyntaxError.class)
                .hasMessageStartingWith("pack.txt:5: expected 3 fields");
        assertThatThrownBy(() -> RulePack.parse("pack.txt", "[pack]\nversion = 1\n[rule x]\ncheck = medical\n"))
                .hasMessageContaining("pack.txt:3")
                .hasMessageContaining("compliance_checks.check_type");
    }

    @Test
    void aRulePackMissingARuleTheEngineReportsUnderIsRefusedAtLoad() {
        String withoutShouting = bundledText().replace("[rule brand.shouting]", "[rule brand.shouting_old]");

        assertThatThrownBy(() -> new ComplianceEngine(RulePack.parse("edited", withoutShouting), List.of(), null))
                .hasMessageContaining("missing rules [brand.shouting]");
    }

    private static String bundledText() {
        try (var in = RulePack.class.getResourceAsStream(RulePack.BUNDLED_RESOURCE)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
