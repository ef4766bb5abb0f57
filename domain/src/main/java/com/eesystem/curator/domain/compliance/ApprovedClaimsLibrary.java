package com.eesystem.curator.domain.compliance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The approved-claims library: safer wording by topic, from the brand library's approved claims first
 * and the rule pack's otherwise, and which proof claims are backed by a substantiation entry of the pack
 * (a sentence carrying the approved wording verbatim). Immutable: the engine builds a new one when the
 * brand library's claims change, so the topic lookup is all a check pays.
 */
final class ApprovedClaimsLibrary {
    /**
     * The vocabularies a safer wording is asked for (the conditions and the aids a claim names); a brand
     * claim's topics are the terms of these it names.
     */
    private static final Set<String> TOPIC_CATEGORIES =
            Set.of("disease", "symptom", "pathogen", "lab", "medication", "mobility_aid");
    /**
     * Lexicon.matchAll's confidence for a term written out as a word: a brand claim's topics are the
     * terms its author wrote, not a misspelling guess or a word ending ("restful" is no condition).
     */
    private static final double WRITTEN_OUT = 0.95;

    private final Map<String, ApprovedClaim> byTopic = new HashMap<>();
    /** Topic (a term's form as written in the pack) to the suggestion of the first brand claim naming it. */
    private final Map<String, String> brandByTopic = new HashMap<>();

    private final List<List<String>> substantiatedWordings = new ArrayList<>();
    private final Set<String> substantiationIds = new HashSet<>();

    ApprovedClaimsLibrary(List<ApprovedClaim> claims) {
        this(claims, List.of(), null);
    }

    /**
     * @param brandClaims in the order they win a shared topic
     * @param lexicon reads the topics off the brand claims (unused when there are none)
     */
    ApprovedClaimsLibrary(List<ApprovedClaim> claims, List<BrandClaim> brandClaims, Lexicon lexicon) {
        for (ApprovedClaim claim : claims) {
            for (String topic : claim.topics()) {
                byTopic.putIfAbsent(topic, claim);
            }
            if (claim.substantiated()) {
                substantiationIds.add(claim.substantiationId());
                substantiatedWordings.add(NormalizedText.termTokens(claim.wording()));
            }
        }
        for (BrandClaim claim : brandClaims) {
            String suggestion =
                    "Try: \"" + claim.wording() + "\" (approved claim \"" + claim.title() + "\" in the brand library).";
            NormalizedText text = new NormalizedText(claim.title() + "\n" + claim.wording(), lexicon);
            for (Lexicon.Match match : lexicon.matchAll(text)) {
                if (TOPIC_CATEGORIES.contains(match.category()) && match.confidence() >= WRITTEN_OUT) {
                    brandByTopic.putIfAbsent(match.term().form(), suggestion);
                }
            }
        }
    }

    /**
     * "Try: ..." with the approved wording for a term, or empty when the library has none: a brand claim
     * naming the form that matched, else one naming the first form of its line ("pain" covers "headache"),
     * else the pack's claim for the form, else the pack's for the first form.
     */
    String saferWording(Lexicon.Term term) {
        String brand = brandByTopic.getOrDefault(term.form(), brandByTopic.getOrDefault(term.canonical(), ""));
        if (!brand.isEmpty()) {
            return brand;
        }
        String byForm = saferWording(term.form());
        return byForm.isEmpty() ? saferWording(term.canonical()) : byForm;
    }

    private String saferWording(String topic) {
        ApprovedClaim claim = byTopic.get(topic);
        return claim == null ? "" : "Try: \"" + claim.wording() + "\" (approved claim " + claim.id() + ").";
    }

    boolean linksKnownSubstantiation(Set<String> linked) {
        for (String id : linked) {
            if (substantiationIds.contains(id)) {
                return true;
            }
        }
        return false;
    }

    /** Sentences that carry a substantiated approved wording verbatim. */
    Set<Integer> substantiatedSentences(ScannedCaption scan) {
        if (substantiatedWordings.isEmpty()) {
            return Set.of();
        }
        Set<Integer> sentences = new HashSet<>();
        List<String> words = new ArrayList<>();
        List<Integer> sentenceOfWord = new ArrayList<>();
        for (NormalizedText.Token token : scan.text.tokens) {
            if (token.kind() == NormalizedText.Kind.WORD || token.kind() == NormalizedText.Kind.NUMBER) {
                words.add(token.text());
                sentenceOfWord.add(token.sentence());
            }
        }
        for (List<String> wording : substantiatedWordings) {
            for (int i = 0; i + wording.size() <= words.size(); i++) {
                if (words.subList(i, i + wording.size()).equals(wording)) {
                    for (int k = i; k < i + wording.size(); k++) {
                        sentences.add(sentenceOfWord.get(k));
                    }
                }
            }
        }
        return sentences;
    }
}
