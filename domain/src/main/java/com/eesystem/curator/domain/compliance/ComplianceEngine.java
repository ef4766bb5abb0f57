package com.eesystem.curator.domain.compliance;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Checks a draft against a rule pack and the brand guidelines: one lexicon pass over the text, then
 * the medical_claim, brand_voice and legal_review rule families. Thread-safe; build one per rule pack and
 * reuse it (compiling is the expensive part, checking is not). The rule pack is fixed; the brand guidelines
 * can be replaced ({@link #useGuidelines}) when an admin saves one, so a long-lived editor sees the new
 * brand rules at once. A check reads one consistent guideline set and its rule set version. The safer
 * wording of a medical finding comes from the brand library's approved claims where one names the
 * finding's condition ({@link #useApprovedClaims}), else from the pack's approved-claims library.
 */
public final class ComplianceEngine {

    /** A critical finding this sure fails the check; a less sure one asks a human (manual_review). */
    static final double FAIL_CONFIDENCE = 0.75;

    private static final Set<String> FUZZY_CATEGORIES = Set.of("disease", "symptom");

    private final RulePack pack;
    private final Lexicon lexicon;
    /** Swapped whole by {@link #useApprovedClaims}; a check reads it once. */
    private volatile MedicalClaimRules medical;

    private final LegalReviewRules legal;
    private final TextSimilarity similarity;
    private volatile Guided guided;

    /** The guideline-dependent part, swapped as one: brand rules and the rule set version they make. */
    private record Guided(BrandVoiceRules brand, String ruleSetVersion) {}

    /** Rule ids the rule families report under; an edited pack must keep them all. */
    static final List<String> REQUIRED_RULES = List.of(
            "medical.disease_claim",
            "medical.implied_claim",
            "medical.fda_status",
            "medical.unsubstantiated_study",
            "medical.disease_reference",
            "medical.healing_language",
            "legal.undisclosed_endorsement",
            "legal.disclosure_placement",
            "legal.testimonial_typicality",
            "legal.required_disclaimer",
            "legal.platform_limit",
            "brand.banned_term",
            "brand.preferred_term",
            "brand.restriction",
            "brand.requirement",
            "brand.restricted_example",
            "brand.shouting");

    public ComplianceEngine(RulePack pack, List<VoiceGuideline> guidelines, TextSimilarity similarity) {
        this.pack = Objects.requireNonNull(pack, "pack");
        List<String> missing = REQUIRED_RULES.stream()
                .filter(id -> !pack.rules().containsKey(id))
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("rule pack " + pack.version() + ": missing rules " + missing);
        }
        this.lexicon = new Lexicon(pack.terms(), FUZZY_CATEGORIES);
        this.medical = new MedicalClaimRules(pack, new ApprovedClaimsLibrary(pack.approvedClaims()));
        this.legal = new LegalReviewRules(pack);
        this.similarity = similarity;
        this.guided = guided(guidelines);
    }

    /**
     * Replaces the brand guidelines (every guideline as it now stands): checks started after this call use
     * them and record the new {@link #ruleSetVersion()}; a check already running finishes with the old set.
     */
    public void useGuidelines(List<VoiceGuideline> guidelines) {
        this.guided = guided(Objects.requireNonNull(guidelines, "guidelines"));
    }

    /**
     * Replaces the brand library's approved claims (every approved claim as it now stands, the first of
     * several naming a condition winning it): later checks suggest a claim's wording for the conditions its
     * title or content names, and the pack's approved wording for the rest. Suggestions only: results and
     * the rule set version do not change. The claims' topics are read here, so checks pay a lookup.
     */
    public void useApprovedClaims(List<BrandClaim> claims) {
        ApprovedClaimsLibrary library = new ApprovedClaimsLibrary(
                pack.approvedClaims(), List.copyOf(Objects.requireNonNull(claims, "claims")), lexicon);
        this.medical = medical.withLibrary(library);
    }

    private Guided guided(List<VoiceGuideline> guidelines) {
        List<VoiceGuideline> copy = List.copyOf(guidelines);
        return new Guided(
                new BrandVoiceRules(pack, copy, similarity),
                copy.isEmpty() ? pack.version() : pack.version() + "+g" + fingerprint(copy));
    }

    /** The bundled rule pack, no brand guidelines, no similarity: what the command line uses by default. */
    public static ComplianceEngine bundled() {
        return new ComplianceEngine(RulePack.bundled(), List.of(), null);
    }

    public String rulePackVersion() {
        return pack.version();
    }

    /**
     * The rule set a check runs with, recorded on every compliance_checks row: the rule pack version, plus
     * a fingerprint of the brand guidelines when there are any ({@code 2026.11.25-2+g1a2b3c4d}). Editing a
     * guideline or bumping the pack changes it, which is how drafts checked under older rules are found.
     */
    public String ruleSetVersion() {
        return guided.ruleSetVersion();
    }

    /** SHA-256 of the guidelines in id order (first 8 hex digits): stable across runs and machines. */
    private static String fingerprint(List<VoiceGuideline> guidelines) {
        StringBuilder canonical = new StringBuilder();
        guidelines.stream()
                .sorted(Comparator.comparing(VoiceGuideline::id))
                .forEach(
                        guideline -> canonical.append(guideline.canonicalText()).append('\u0000'));
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    public RulePack rulePack() {
        return pack;
    }

    public ComplianceReport check(DraftToCheck draft) {
        Guided current = guided;
        MedicalClaimRules medicalRules = medical;
        NormalizedText text = new NormalizedText(draft.text(), lexicon);
        ScannedCaption scan = new ScannedCaption(text, draft, lexicon.matchAll(text));
        Map<CheckType, List<Finding>> byType = new EnumMap<>(CheckType.class);
        for (CheckType type : CheckType.values()) {
            byType.put(type, new ArrayList<>());
        }
        byType.get(CheckType.MEDICAL_CLAIM).addAll(merge(medicalRules.apply(scan)));
        byType.get(CheckType.LEGAL_REVIEW).addAll(merge(legal.apply(scan)));
        byType.get(CheckType.BRAND_VOICE).addAll(merge(current.brand().apply(text, draft)));
        List<CheckOutcome> outcomes = new ArrayList<>();
        for (CheckType type : CheckType.values()) {
            outcomes.add(outcome(type, byType.get(type)));
        }
        return new ComplianceReport(current.ruleSetVersion(), outcomes);
    }

    /** Checks and turns the report into the rows of a run, ready for {@link ComplianceChecks#record}. */
    public ComplianceRun run(UUID contentId, long contentVersion, DraftToCheck draft, Clock clock, Supplier<UUID> ids) {
        return check(draft).toRun(contentId, contentVersion, clock.instant(), ids);
    }

    /**
     * One finding per rule and span: overlapping hits of the same rule (a cue paired with two names of
     * the same condition) become one issue covering both, keeping the most severe and surest.
     */
    private static List<Finding> merge(List<Finding> findings) {
        findings.sort(Comparator.comparing(Finding::ruleId).thenComparingInt(Finding::start));
        List<Finding> merged = new ArrayList<>();
        for (Finding finding : findings) {
            Finding last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && last.ruleId().equals(finding.ruleId()) && last.overlaps(finding)) {
                Finding surer = finding.confidence() > last.confidence() ? finding : last;
                merged.set(
                        merged.size() - 1,
                        new Finding(
                                last.ruleId(),
                                last.checkType(),
                                CheckResults.moreSevere(last.severity(), finding.severity()),
                                Math.min(last.start(), finding.start()),
                                Math.max(last.end(), finding.end()),
                                surer.explanation(),
                                surer.suggestion(),
                                surer.confidence()));
            } else if (last == null || !last.equals(finding)) {
                merged.add(finding);
            }
        }
        merged.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end));
        return merged;
    }

    private static CheckOutcome outcome(CheckType type, List<Finding> findings) {
        double critical = 0;
        double important = 0;
        boolean preferred = false;
        for (Finding finding : findings) {
            switch (finding.severity()) {
                case CRITICAL -> critical = Math.max(critical, finding.confidence());
                case IMPORTANT -> important = Math.max(important, finding.confidence());
                case PREFERRED -> preferred = true;
            }
        }
        CheckResult result;
        double confidence;
        if (critical >= FAIL_CONFIDENCE) {
            result = CheckResult.FAILED;
            confidence = critical;
        } else if (critical > 0) {
            result = CheckResult.MANUAL_REVIEW;
            confidence = critical;
        } else if (important > 0) {
            result = CheckResult.WARNING;
            confidence = important;
        } else {
            result = CheckResult.PASSED;
            confidence = preferred ? 0.85 : 0.9;
        }
        Set<String> recommendations = new LinkedHashSet<>();
        for (Finding finding : findings) {
            if (!finding.suggestion().isEmpty()) {
                recommendations.add(finding.suggestion());
            }
        }
        return new CheckOutcome(
                type,
                result,
                Math.round(confidence * 100) / 100.0,
                findings.stream().map(Finding::toIssue).toList(),
                String.join("\n", recommendations));
    }
}
