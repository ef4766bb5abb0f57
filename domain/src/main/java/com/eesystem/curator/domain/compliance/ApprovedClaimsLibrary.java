package com.eesystem.curator.domain.compliance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The approved-claims library of a rule pack: safer wording by topic, and which proof claims are backed
 * by a substantiation entry (a sentence carrying the approved wording verbatim).
 */
final class ApprovedClaimsLibrary {
    private final Map<String, ApprovedClaim> byTopic = new HashMap<>();
    private final List<List<String>> substantiatedWordings = new ArrayList<>();
    private final Set<String> substantiationIds = new HashSet<>();

    ApprovedClaimsLibrary(List<ApprovedClaim> claims) {
        for (ApprovedClaim claim : claims) {
            for (String topic : claim.topics()) {
                byTopic.putIfAbsent(topic, claim);
            }
            if (claim.substantiated()) {
                substantiationIds.add(claim.substantiationId());
                substantiatedWordings.add(NormalizedText.termTokens(claim.wording()));
            }
        }
    }

    /** "Try: ..." with the approved wording for a topic, or empty when the library has none. */
    /** The approved wording for the form that matched, else for the first form of its line. */
    String saferWording(Lexicon.Term term) {
        String byForm = saferWording(term.form());
        return byForm.isEmpty() ? saferWording(term.canonical()) : byForm;
    }

    String saferWording(String topic) {
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
