package com.eesystem.curator.domain.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Session-3 generalisations of the medical_claim family for wording the paired rules miss: soft verbs
 * that claim only with a condition right after them ("calms allergy flare-ups", "quiets tinnitus"), a
 * dismissed condition ("Sciatica who?"), an outcome stated before its condition ("I got my life back.
 * Ten years of chronic fatigue..."), a medication or procedure named next to the sessions (a
 * substitution: "Let the field do what your inhaler can't"), and, last, similarity to known claims for
 * sentences that name a condition but matched no pattern. Runs after {@link MedicalClaimRules}' pairs
 * and before its bare references, on the same claimed-token marks.
 */
final class LooseWordingRules {

    /** A soft verb claims only when the condition follows it closely, in the same clause. */
    private static final int SOFT_DISTANCE = 4;

    private static final Set<String> COMPARISONS =
            Set.of("than", "instead", "can't", "cannot", "replace", "replaces", "replacement", "alternative");

    private static final double SOFT_CONFIDENCE = 0.85;
    private static final double LOOSE_CONFIDENCE = 0.7;

    private final MedicalClaimRules rules;
    private final ClaimLikeness likeness;

    LooseWordingRules(MedicalClaimRules rules, ClaimLikeness likeness) {
        this.rules = rules;
        this.likeness = likeness;
    }

    void apply(
            ScannedCaption scan,
            List<Lexicon.Match> conditions,
            List<Lexicon.Match> aids,
            boolean[] claimed,
            List<Finding> findings) {
        softVerbs(scan, conditions, claimed, findings);
        dismissed(scan, conditions, claimed, findings);
        outcomeFirst(scan, claimed, findings);
        historyThenFirst(scan, conditions, claimed, findings);
        progressLabels(scan, findings);
        substitutions(scan, aids, claimed, findings);
        similar(scan, conditions, aids, claimed, findings);
    }

    /** "Calms overactive immune responses", "quiets tinnitus": a soft verb with a condition as its object. */
    private void softVerbs(
            ScannedCaption scan, List<Lexicon.Match> conditions, boolean[] claimed, List<Finding> findings) {
        if (!scan.matches("cause_context").isEmpty()) {
            return; // "we support the arthritis foundation": a cause, not a benefit
        }
        for (Lexicon.Match verb : scan.matches("soft_claim_verb")) {
            if (scan.negated(verb) || claimed[verb.from()]) {
                continue;
            }
            int clause = scan.token(verb.from()).clause();
            for (Lexicon.Match condition : conditions) {
                if (condition.from() >= verb.to()
                        && condition.from() - verb.to() <= SOFT_DISTANCE
                        && scan.token(condition.from()).clause() == clause
                        && !claimed[condition.from()]) {
                    MedicalClaimRules.mark(claimed, verb);
                    MedicalClaimRules.mark(claimed, condition);
                    findings.add(rules.claim(
                            scan,
                            "medical.disease_claim",
                            verb,
                            condition,
                            Math.min(SOFT_CONFIDENCE, condition.confidence())));
                    break;
                }
            }
        }
    }

    /** "Sciatica who?": a condition waved away in a question is an outcome. */
    private void dismissed(
            ScannedCaption scan, List<Lexicon.Match> conditions, boolean[] claimed, List<Finding> findings) {
        for (Lexicon.Match condition : conditions) {
            int next = condition.to();
            if (claimed[condition.from()]
                    || next >= scan.text.tokens.size()
                    || !scan.token(next).text().equals("who")
                    || scan.token(next).sentence() != scan.sentenceOf(condition)
                    || !scan.isQuestion(scan.sentenceOf(condition))) {
                continue;
            }
            MedicalClaimRules.mark(claimed, condition);
            Lexicon.Match cue = new Lexicon.Match(condition.term(), condition.from(), next + 1, 0.95);
            findings.add(rules.claim(scan, "medical.implied_claim", cue, condition, SOFT_CONFIDENCE));
        }
    }

    /** "I got my life back. Ten years of chronic fatigue...": the outcome first, its condition next. */
    private void outcomeFirst(ScannedCaption scan, boolean[] claimed, List<Finding> findings) {
        for (Lexicon.Match outcome : scan.matches("strong_outcome")) {
            if (scan.negated(outcome) || claimed[outcome.from()]) {
                continue;
            }
            for (String category : List.of("disease", "symptom")) {
                for (Lexicon.Match condition : scan.matches(category)) {
                    if (scan.sentenceOf(condition) == scan.sentenceOf(outcome) + 1
                            && !scan.negated(condition)
                            && !claimed[condition.from()]) {
                        MedicalClaimRules.mark(claimed, outcome);
                        MedicalClaimRules.mark(claimed, condition);
                        findings.add(rules.claim(scan, "medical.implied_claim", outcome, condition, LOOSE_CONFIDENCE));
                    }
                }
            }
        }
    }

    /**
     * "Ten years of IBS and this is the first month I haven't planned my day around a bathroom": a long
     * history of a condition and a first in the same or the next sentence is an outcome.
     */
    private void historyThenFirst(
            ScannedCaption scan, List<Lexicon.Match> conditions, boolean[] claimed, List<Finding> findings) {
        for (Lexicon.Match history : scan.matches("history")) {
            Lexicon.Match condition = null;
            for (Lexicon.Match candidate : conditions) {
                if (candidate.from() >= history.to()
                        && candidate.from() - history.to() <= 2
                        && !claimed[candidate.from()]
                        && !scan.negated(candidate)) {
                    condition = candidate;
                    break;
                }
            }
            if (condition == null) {
                continue;
            }
            for (Lexicon.Match first : scan.matches("milestone")) {
                int distance = scan.sentenceOf(first) - scan.sentenceOf(condition);
                if (first.from() > condition.from() && distance >= 0 && distance <= 1) {
                    MedicalClaimRules.mark(claimed, condition);
                    findings.add(rules.claim(scan, "medical.implied_claim", first, condition, SOFT_CONFIDENCE));
                    break;
                }
            }
        }
    }

    /**
     * "Day 1: couldn't lift my arm. Day 30: overhead press." Numbered progress labels around a body part,
     * condition or aid are a before/after without the words.
     */
    private void progressLabels(ScannedCaption scan, List<Finding> findings) {
        List<NormalizedText.Token> tokens = scan.text.tokens;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            int from = progressNumber(scan, i);
            if (from < 0) {
                continue;
            }
            for (int j = i + 2;
                    j + 1 < tokens.size()
                            && tokens.get(j).sentence() <= tokens.get(i).sentence() + 3;
                    j++) {
                int to = progressNumber(scan, j);
                if (to > from && tokens.get(j).text().equals(tokens.get(i).text()) && healthBetween(scan, i, j)) {
                    findings.add(Finding.of(
                            rules.rule("medical.implied_claim"),
                            scan.text.originalStart(tokens.get(i).start()),
                            scan.text.originalEnd(tokens.get(j + 1).end()),
                            "Numbered progress labels around a health detail imply a health result.",
                            "",
                            SOFT_CONFIDENCE));
                    return;
                }
            }
        }
    }

    /** The number of a "Day 12:" / "Week 3:" label starting at token {@code i}, or -1. */
    private static int progressNumber(ScannedCaption scan, int i) {
        List<NormalizedText.Token> tokens = scan.text.tokens;
        String word = tokens.get(i).text();
        if (!(word.equals("day") || word.equals("week") || word.equals("month")) || i + 1 >= tokens.size()) {
            return -1;
        }
        NormalizedText.Token number = tokens.get(i + 1);
        String normalized = scan.text.normalized;
        if (number.kind() != NormalizedText.Kind.NUMBER
                || number.end() >= normalized.length()
                || normalized.charAt(number.end()) != ':'
                || number.text().length() > 3
                || !number.text().chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(number.text());
    }

    private static boolean healthBetween(ScannedCaption scan, int from, int to) {
        for (String category : List.of("body_part", "disease", "symptom", "medication", "mobility_aid")) {
            for (Lexicon.Match match : scan.matches(category)) {
                if (match.from() > from && match.from() < to + 8) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Let the field do what your inhaler can't", "Your thyroid deserves better than another pill": a
     * medication, procedure or aid named next to the sessions, or set against them, offers a substitute.
     */
    private void substitutions(
            ScannedCaption scan, List<Lexicon.Match> aids, boolean[] claimed, List<Finding> findings) {
        for (Lexicon.Match aid : aids) {
            if (claimed[aid.from()] || scan.negated(aid)) {
                continue;
            }
            int sentence = scan.sentenceOf(aid);
            boolean compared = false;
            for (int i = 0; i < scan.text.tokens.size(); i++) {
                NormalizedText.Token token = scan.token(i);
                if (token.sentence() == sentence && COMPARISONS.contains(token.text())) {
                    compared = true;
                    break;
                }
            }
            if (compared || MedicalClaimRules.nearPromotion(scan, aid)) {
                MedicalClaimRules.mark(claimed, aid);
                findings.add(Finding.of(
                        rules.rule("medical.implied_claim"),
                        scan.originalStart(aid),
                        scan.originalEnd(aid),
                        "\"" + scan.excerpt(aid) + "\" is named next to the sessions: the post offers them in place of "
                                + aid.term().form() + ".",
                        "",
                        LOOSE_CONFIDENCE));
            }
        }
    }

    /**
     * A sentence that names a condition, medication, aid or body part but matched no claim pattern, and
     * reads like a known claim: a reviewer decides (manual review), it does not fail the check.
     */
    private void similar(
            ScannedCaption scan,
            List<Lexicon.Match> conditions,
            List<Lexicon.Match> aids,
            boolean[] claimed,
            List<Finding> findings) {
        if (likeness.isEmpty()) {
            return;
        }
        List<Lexicon.Match> subjects = new ArrayList<>(conditions);
        subjects.addAll(aids);
        subjects.addAll(scan.matches("body_part"));
        boolean[] done = new boolean[Math.max(1, scan.text.sentenceCount)];
        for (Lexicon.Match subject : subjects) {
            int sentence = scan.sentenceOf(subject);
            if (done[sentence]
                    || claimed[subject.from()]
                    || scan.negated(subject)
                    || claimedIn(scan, claimed, sentence)) {
                continue;
            }
            done[sentence] = true;
            int start = scan.sentenceOriginalStart(sentence);
            int end = scan.sentenceOriginalEnd(sentence);
            ClaimLikeness.Nearest nearest = likeness.nearest(scan.text.original.substring(start, end));
            if (nearest.similarity() < ClaimLikeness.THRESHOLD) {
                continue;
            }
            MedicalClaimRules.mark(claimed, subject);
            findings.add(Finding.of(
                    rules.rule("medical.implied_claim"),
                    start,
                    end,
                    String.format(
                            Locale.ROOT,
                            "Reads like a known claim (\"%s\", similarity %.2f): a reviewer should decide.",
                            nearest.example(),
                            nearest.similarity()),
                    "",
                    LOOSE_CONFIDENCE));
        }
    }

    private static boolean claimedIn(ScannedCaption scan, boolean[] claimed, int sentence) {
        for (int i = 0; i < claimed.length; i++) {
            if (claimed[i] && scan.token(i).sentence() == sentence) {
                return true;
            }
        }
        return false;
    }
}
