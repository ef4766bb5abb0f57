package com.eesystem.curator.domain.compliance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rule pack's vocabularies compiled for one pass over a caption: every term is indexed by its first
 * token, so matching costs one hash lookup per token plus a check of the few multi-word terms that
 * start there. No regular expressions, so no backtracking on long captions.
 */
final class Lexicon implements NormalizedText.HashtagSplitter {

    /** A term: its category, its tokens and the first form of its line (the name used in messages). */
    record Term(String category, String[] tokens, String canonical) {
        /**
         * The form that matched, as written in the pack ("lupus"); {@code canonical} is the first form of
         * its line, and a line may list related conditions ("fibromyalgia | lupus | ..."), so messages
         * name the form.
         */
        String form() {
            return String.join(" ", tokens);
        }
    }

    /** A term found in a caption, over tokens {@code [from, to)}. */
    record Match(Term term, int from, int to, double confidence) {
        String category() {
            return term.category();
        }
    }

    private static final int MIN_FUZZY_LENGTH = 7;
    /** Words hashtags are made of besides the vocabulary (#scalarhealing: scalar, healing). */
    static final String HASHTAG_WORDS = "hashtag_word";
    /** Real words one edit from a disease name (cancel, migrate) that must not be read as misspellings. */
    static final String ORDINARY_WORDS = "ordinary";
    /** {@code example_<kind>}: whole sentences for similarity (ClaimLikeness), never matched as terms. */
    static final String EXAMPLE_PREFIX = "example_";
    /** {@code suffix_<category>}: word endings that make an unlisted word a term of that category. */
    static final String SUFFIX_PREFIX = "suffix_";
    /** Single-word terms of these categories also match their plural or singular (seizure, lesions). */
    private static final Set<String> INFLECTED = Set.of("disease", "symptom", "medication", "mobility_aid");

    private static final int MIN_SUFFIX_STEM = 3;

    private final Map<String, List<Term>> byFirstToken = new HashMap<>();
    private final Set<String> segmentWords = new HashSet<>();
    private final Map<String, Term> fuzzyIndex = new HashMap<>();
    private final Set<String> ordinaryWords = new HashSet<>();
    private final Map<String, String> suffixes = new HashMap<>();

    Lexicon(Map<String, List<List<String>>> categories, Collection<String> fuzzyCategories) {
        // sorted: the pack's map has no stable order, and term order decides match order and fuzzy targets
        for (Map.Entry<String, List<List<String>>> category : new java.util.TreeMap<>(categories).entrySet()) {
            if (category.getKey().equals(HASHTAG_WORDS)
                    || category.getKey().equals(ORDINARY_WORDS)
                    || category.getKey().startsWith(EXAMPLE_PREFIX)) {
                continue;
            }
            if (category.getKey().startsWith(SUFFIX_PREFIX)) {
                String target = category.getKey().substring(SUFFIX_PREFIX.length());
                for (List<String> forms : category.getValue()) {
                    for (String suffix : forms) {
                        suffixes.put(suffix.toLowerCase(Locale.ROOT), target);
                    }
                }
                continue;
            }
            for (List<String> forms : category.getValue()) {
                String canonical = forms.getFirst();
                for (String form : forms) {
                    add(category.getKey(), form, canonical, fuzzyCategories.contains(category.getKey()));
                }
                if (INFLECTED.contains(category.getKey())) {
                    for (String form : forms) {
                        for (String inflected : inflections(form)) {
                            if (!forms.contains(inflected)) {
                                add(category.getKey(), inflected, canonical, false);
                            }
                        }
                    }
                }
            }
        }
        for (List<String> forms : categories.getOrDefault(ORDINARY_WORDS, List.of())) {
            ordinaryWords.addAll(forms);
        }
        for (List<String> forms : categories.getOrDefault(HASHTAG_WORDS, List.of())) {
            segmentWords.addAll(forms);
        }
    }

    void add(String category, String form, String canonical, boolean fuzzy) {
        String[] tokens =
                NormalizedText.termTokens(form.toLowerCase(Locale.ROOT)).toArray(String[]::new);
        if (tokens.length == 0) {
            return;
        }
        Term term = new Term(category, tokens, canonical);
        List<Term> startingHere = byFirstToken.computeIfAbsent(tokens[0], k -> new ArrayList<>(2));
        for (Term known : startingHere) {
            if (known.category().equals(category) && java.util.Arrays.equals(known.tokens(), tokens)) {
                return;
            }
        }
        startingHere.add(term);
        for (String token : tokens) {
            if (token.length() >= 2 && Character.isLetter(token.charAt(0))) {
                segmentWords.add(token);
            }
        }
        if (fuzzy && tokens.length == 1 && tokens[0].length() >= MIN_FUZZY_LENGTH - 1) {
            fuzzyIndex.putIfAbsent(tokens[0], term);
            for (int i = 0; i < tokens[0].length(); i++) {
                fuzzyIndex.putIfAbsent(deleteAt(tokens[0], i), term);
            }
        }
    }

    /** Every term occurrence in the text; multi-word terms never cross from a hashtag to plain words. */
    List<Match> matchAll(NormalizedText text) {
        List<NormalizedText.Token> tokens = text.tokens;
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            NormalizedText.Token first = tokens.get(i);
            List<Term> candidates = byFirstToken.get(first.text());
            if (candidates == null
                    && first.text().endsWith("'s")
                    && first.text().length() > 5) {
                // possessives: "the lupus foundation's walk", "my knee's"
                candidates =
                        byFirstToken.get(first.text().substring(0, first.text().length() - 2));
            }
            boolean matched = false;
            if (candidates != null) {
                for (Term term : candidates) {
                    int end = matchFrom(tokens, i, term);
                    if (end > 0) {
                        matches.add(new Match(term, i, end, first.kind() == NormalizedText.Kind.SEGMENT ? 0.8 : 0.95));
                        matched = true;
                    }
                }
            }
            if (!matched && first.kind() == NormalizedText.Kind.WORD) {
                Term bySuffix = bySuffix(first.text());
                if (bySuffix != null) {
                    matches.add(new Match(bySuffix, i, i + 1, 0.8));
                    continue;
                }
                Term near = fuzzy(first.text());
                if (near != null) {
                    matches.add(new Match(near, i, i + 1, 0.75));
                }
            }
        }
        return matches;
    }

    private static int matchFrom(List<NormalizedText.Token> tokens, int i, Term term) {
        NormalizedText.Token first = tokens.get(i);
        if (term.tokens()[0].startsWith("#") != (first.kind() == NormalizedText.Kind.HASHTAG)) {
            return -1;
        }
        int j = i + 1;
        for (int k = 1; k < term.tokens().length; k++, j++) {
            if (j >= tokens.size()) {
                return -1;
            }
            NormalizedText.Token next = tokens.get(j);
            if (next.kind() == NormalizedText.Kind.HASHTAG
                    || next.hashtag() != first.hashtag()
                    || !next.text().equals(term.tokens()[k])) {
                return -1;
            }
        }
        return j;
    }

    /**
     * Plural and singular of a one-word term (seizure/seizures, allergy/allergies); words ending in
     * "is", "us" or "ss" (arthritis, virus, stiffness) keep their form.
     */
    private static List<String> inflections(String form) {
        if (form.indexOf(' ') >= 0 || form.length() < 4 || !Character.isLetter(form.charAt(form.length() - 1))) {
            return List.of();
        }
        if (form.endsWith("is") || form.endsWith("us") || form.endsWith("ss")) {
            return List.of();
        }
        if (form.endsWith("ies")) {
            return List.of(form.substring(0, form.length() - 3) + "y");
        }
        if (form.endsWith("s")) {
            return List.of(form.substring(0, form.length() - 1));
        }
        if (form.endsWith("y")) {
            return List.of(form.substring(0, form.length() - 1) + "ies");
        }
        return List.of(form.endsWith("h") || form.endsWith("x") ? form + "es" : form + "s");
    }

    /** An unlisted word with a listed ending (tendonitis, endometriosis, lisinopril), unless ordinary. */
    private Term bySuffix(String word) {
        if (suffixes.isEmpty() || word.length() < MIN_SUFFIX_STEM + 2 || ordinaryWords.contains(word)) {
            return null;
        }
        // endsWith over the few listed endings: no substring per word on the hot path
        int end = word.endsWith("s") && !word.endsWith("is") ? word.length() - 1 : word.length();
        for (Map.Entry<String, String> suffix : suffixes.entrySet()) {
            String ending = suffix.getKey();
            if (end - ending.length() >= MIN_SUFFIX_STEM && word.startsWith(ending, end - ending.length())) {
                for (int i = 0; i < end; i++) {
                    if (!Character.isLetter(word.charAt(i))) {
                        return null;
                    }
                }
                return new Term(suffix.getValue(), new String[] {word}, word);
            }
        }
        return null;
    }

    /** A disease-like word one edit away (anxeity, diabetis), for words long enough not to collide. */
    private Term fuzzy(String word) {
        if (word.length() < MIN_FUZZY_LENGTH || ordinaryWords.contains(word) || fuzzyIndex.isEmpty()) {
            return null;
        }
        Term hit = fuzzyIndex.get(word);
        for (int i = 0; hit == null && i < word.length(); i++) {
            hit = fuzzyIndex.get(deleteAt(word, i));
        }
        if (hit == null || hit.tokens()[0].charAt(0) != word.charAt(0)) {
            return null;
        }
        return hit;
    }

    private static String deleteAt(String word, int i) {
        return word.substring(0, i) + word.substring(i + 1);
    }

    /**
     * Splits a run-together hashtag into known words: a full cover by vocabulary words first (#nomoreinsulin),
     * then the author's capitals (#CancerFree), then a long vocabulary word at either end (#fibromyalgiawarrior).
     */
    @Override
    public List<String> split(String body, String originalBody) {
        List<String> cover = cover(body);
        if (cover != null) {
            return cover;
        }
        List<String> camel = camelParts(originalBody);
        if (camel.size() > 1) {
            return camel;
        }
        for (int length = body.length() - 1; length >= 6; length--) {
            String prefix = body.substring(0, length);
            String suffix = body.substring(body.length() - length);
            if (byFirstToken.containsKey(prefix)) {
                return List.of(prefix);
            }
            if (byFirstToken.containsKey(suffix)) {
                return List.of(suffix);
            }
        }
        return List.of(body);
    }

    private List<String> cover(String body) {
        int n = body.length();
        int[] parts = new int[n + 1];
        int[] back = new int[n + 1];
        java.util.Arrays.fill(parts, Integer.MAX_VALUE);
        parts[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = Math.max(0, end - 24); start <= end - 2; start++) {
                if (parts[start] != Integer.MAX_VALUE
                        && parts[start] + 1 < parts[end]
                        && segmentWords.contains(body.substring(start, end))) {
                    parts[end] = parts[start] + 1;
                    back[end] = start;
                }
            }
        }
        if (parts[n] == Integer.MAX_VALUE) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (int end = n; end > 0; end = back[end]) {
            words.addFirst(body.substring(back[end], end));
        }
        return words;
    }

    private static List<String> camelParts(String body) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < body.length(); i++) {
            if (Character.isUpperCase(body.charAt(i)) && Character.isLowerCase(body.charAt(i - 1))) {
                parts.add(body.substring(start, i).toLowerCase(Locale.ROOT));
                start = i;
            }
        }
        parts.add(body.substring(start).toLowerCase(Locale.ROOT));
        return parts;
    }
}
