package com.eesystem.curator.domain.compliance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One caption after the single lexicon pass: term matches by category and which tokens sit in the
 * scope of a negation. Every rule family reads this; none rescans the text.
 */
final class ScannedCaption {

    /** Categories whose terms a negation can switch off ("not intended to treat", "not FDA approved"). */
    private static final Set<String> NEGATABLE_CUES =
            Set.of("claim_verb", "outcome", "cessation", "fda_status", "clinical_grade", "study", "disclosure");

    /** Categories a benign phrase ("wound up", "heart-to-heart") takes a word out of. */
    private static final Set<String> CONDITION_CATEGORIES =
            Set.of("disease", "symptom", "pathogen", "lab", "body_part");

    private static final Set<String> LIST_WORDS = Set.of("or", "and", "nor", "to", "any", "other");
    private static final int NEGATION_WINDOW = 4;
    /** "Nothing in this room is FDA approved": a negated subject denies its whole clause. */
    private static final Set<String> SUBJECT_NEGATORS = Set.of("nothing", "nobody", "none", "neither");

    private static final int SUBJECT_NEGATION_WINDOW = 10;
    private static final int OBJECT_WINDOW = 5;

    final NormalizedText text;
    final DraftToCheck draft;
    private final Map<String, List<Lexicon.Match>> byCategory = new HashMap<>();
    private final boolean[] negated;
    private final boolean[] cueToken;
    private final int[] sentenceLength;
    private final int[] sentenceLastChar;
    private final int[] sentenceFirstChar;

    ScannedCaption(NormalizedText text, DraftToCheck draft, List<Lexicon.Match> matches) {
        this.text = text;
        this.draft = draft;
        int size = text.tokens.size();
        this.negated = new boolean[size];
        this.cueToken = new boolean[size];
        boolean[] benign = new boolean[size];
        for (Lexicon.Match match : matches) {
            if (match.category().equals("benign_phrase")) {
                for (int i = match.from(); i < match.to(); i++) {
                    benign[i] = true;
                }
            }
        }
        for (Lexicon.Match match : matches) {
            if (benign[match.from()] && CONDITION_CATEGORIES.contains(match.category())) {
                continue;
            }
            byCategory.computeIfAbsent(match.category(), k -> new ArrayList<>()).add(match);
            if (NEGATABLE_CUES.contains(match.category())) {
                for (int i = match.from(); i < match.to(); i++) {
                    cueToken[i] = true;
                }
            }
        }
        this.sentenceLength = new int[Math.max(1, text.sentenceCount)];
        this.sentenceLastChar = new int[Math.max(1, text.sentenceCount)];
        this.sentenceFirstChar = new int[Math.max(1, text.sentenceCount)];
        java.util.Arrays.fill(sentenceFirstChar, Integer.MAX_VALUE);
        for (NormalizedText.Token token : text.tokens) {
            sentenceFirstChar[token.sentence()] = Math.min(sentenceFirstChar[token.sentence()], token.start());
            if (token.kind() != NormalizedText.Kind.SEGMENT) {
                sentenceLength[token.sentence()]++;
            }
            sentenceLastChar[token.sentence()] = Math.max(sentenceLastChar[token.sentence()], token.end());
        }
        markNegations();
        markNegatedSpeech();
        markReportedQuestions();
    }

    /**
     * "What we won't say: that an hour here heals anything." A negated speech verb (say, claim, promise)
     * denies everything it reports: the rest of its sentence, and the next sentence when it introduces
     * that one with a colon.
     */
    private void markNegatedSpeech() {
        int size = text.tokens.size();
        for (Lexicon.Match speech : matches("speech_verb")) {
            boolean denied = false;
            for (Lexicon.Match negator : matches("negator")) {
                if (negator.to() <= speech.from()
                        && speech.from() - negator.to() <= 1
                        && token(negator.from()).clause()
                                == token(speech.from()).clause()) {
                    denied = true;
                }
            }
            if (!denied) {
                continue;
            }
            int sentence = token(speech.from()).sentence();
            int last = sentenceEnd(sentence) == ':' ? sentence + 1 : sentence;
            for (int i = speech.to(); i < size && token(i).sentence() <= last; i++) {
                negated[i] = true;
            }
        }
    }

    /**
     * "A guest asked whether the field could fix her back": a reported question asserts nothing, so the
     * rest of its sentence is out of the claim rules' reach.
     */
    private void markReportedQuestions() {
        int size = text.tokens.size();
        for (Lexicon.Match question : matches("reported_question")) {
            int sentence = token(question.from()).sentence();
            for (int i = question.to(); i < size && token(i).sentence() == sentence; i++) {
                negated[i] = true;
            }
        }
    }

    List<Lexicon.Match> matches(String category) {
        return byCategory.getOrDefault(category, List.of());
    }

    NormalizedText.Token token(int index) {
        return text.tokens.get(index);
    }

    /** True when the first token of a match lies in a negation's scope. */
    boolean negated(Lexicon.Match match) {
        return negated[match.from()];
    }

    /** The sentence ends with a question mark. */
    boolean isQuestion(int sentence) {
        return sentenceEnd(sentence) == '?';
    }

    /** A short sentence ending in "?" or ":" that names a topic ("Migraines?", "Diabetics:"). */
    boolean isHeading(int sentence) {
        char end = sentenceEnd(sentence);
        return sentenceLength[sentence] <= 5 && (end == '?' || end == ':')
                || sentenceLength[sentence] <= 10 && end == '?';
    }

    private char sentenceEnd(int sentence) {
        int last = sentenceLastChar[sentence];
        String normalized = text.normalized;
        for (int i = last; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (!Character.isWhitespace(c) && c != '"' && c != '\'' && c != ')') {
                return c;
            }
        }
        return 0;
    }

    /** Start of a sentence (its first token) in the original text. */
    int sentenceOriginalStart(int sentence) {
        return text.originalStart(sentenceFirstChar[sentence]);
    }

    /** End of a sentence (its last token) in the original text. */
    int sentenceOriginalEnd(int sentence) {
        return text.originalEnd(sentenceLastChar[sentence]);
    }

    int sentenceOf(Lexicon.Match match) {
        return token(match.from()).sentence();
    }

    int originalStart(Lexicon.Match match) {
        return text.originalStart(token(match.from()).start());
    }

    int originalEnd(Lexicon.Match match) {
        return text.originalEnd(token(match.to() - 1).end());
    }

    String excerpt(Lexicon.Match match) {
        return text.original.substring(originalStart(match), originalEnd(match));
    }

    /**
     * A negator ("not", "never", "isn't") covers the next few tokens of its clause; when it reaches a cue
     * the scope runs on through a coordinated list ("diagnose, treat, cure or prevent") and its object
     * ("any disease"). "No more" and "anymore" in a clause mean an outcome, so they cancel negation there.
     */
    private void markNegations() {
        List<Lexicon.Match> negators = matches("negator");
        if (negators.isEmpty()) {
            return;
        }
        Set<Integer> brokenClauses = new java.util.HashSet<>();
        for (Lexicon.Match breaker : matches("negation_breaker")) {
            brokenClauses.add(token(breaker.from()).clause());
        }
        int size = text.tokens.size();
        for (Lexicon.Match negator : negators) {
            int clause = token(negator.from()).clause();
            if (brokenClauses.contains(clause)) {
                continue;
            }
            int i = negator.to();
            int window =
                    SUBJECT_NEGATORS.contains(token(negator.from()).text()) ? SUBJECT_NEGATION_WINDOW : NEGATION_WINDOW;
            int windowEnd = Math.min(size, negator.to() + window);
            int lastCue = -1;
            for (; i < windowEnd && token(i).clause() == clause; i++) {
                negated[i] = true;
                if (cueToken[i]) {
                    lastCue = i;
                }
            }
            if (lastCue < 0) {
                continue;
            }
            int j = lastCue + 1;
            while (j < size && token(j).clause() == clause && (cueToken[j] || LIST_WORDS.contains(token(j).text()))) {
                negated[j++] = true;
            }
            for (int k = 0; k < OBJECT_WINDOW && j < size && token(j).clause() == clause; k++, j++) {
                negated[j] = true;
            }
        }
    }
}
