package com.eesystem.curator.domain.compliance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The brand_voice family: the rule pack's banned and preferred terms, the brand_guidelines rows
 * (quoted terms in restrictions and requirements, "use 'X' instead of 'Y'" swaps, restricted
 * examples through an optional similarity function) and a calm-voice check against shouting.
 */
final class BrandVoiceRules {

    private static final Pattern QUOTED = Pattern.compile("['\"‘“]([^'\"‘’“”]{1,60})['\"’”]");
    private static final Pattern SWAP = Pattern.compile("instead of|rather than|, not ", Pattern.CASE_INSENSITIVE);
    private static final Pattern MUST_INCLUDE = Pattern.compile(
            "^(always )?(include|mention|add|end with|start with|must include|tag|sign off with)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE_EXAMPLE =
            Pattern.compile("^\\s*(don'?t|avoid|bad|no|never|✗|x|-)\\s*[:\\-]?\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> ACRONYMS = Set.of("FDA", "EES", "USA", "CEO", "DM", "PM", "AM", "OK");
    static final double SIMILARITY_THRESHOLD = 0.85;

    /** What a brand term match means: the rule, the severity and the wording to use instead. */
    private record Meaning(String ruleId, SeverityLevel severity, String replacement, String guideline) {}

    private final RulePack pack;
    private final Lexicon lexicon;
    private final Map<String, Meaning> meanings = new HashMap<>();
    private final List<VoiceGuideline> guidelines;
    private final List<Spelling> spellings = new ArrayList<>();
    private final TextSimilarity similarity;

    private record Spelling(String exact, String lower, VoiceGuideline guideline, boolean required) {}

    BrandVoiceRules(RulePack pack, List<VoiceGuideline> guidelines, TextSimilarity similarity) {
        this.pack = pack;
        this.guidelines = List.copyOf(guidelines);
        this.similarity = similarity;
        Map<String, List<List<String>>> categories = new HashMap<>();
        int n = 0;
        for (TermMapping banned : pack.bannedTerms()) {
            n = register(
                    categories, n, banned.forms(), new Meaning("brand.banned_term", null, banned.replacement(), ""));
        }
        for (TermMapping preferred : pack.preferredTerms()) {
            n = register(
                    categories,
                    n,
                    preferred.forms(),
                    new Meaning("brand.preferred_term", null, preferred.replacement(), ""));
        }
        for (VoiceGuideline guideline : guidelines) {
            for (String restriction : guideline.restrictions()) {
                n = readRestriction(categories, n, guideline, restriction);
            }
            for (String requirement : guideline.requirements()) {
                n = readRequirement(categories, n, guideline, requirement);
            }
        }
        this.lexicon = new Lexicon(categories, Set.of());
    }

    private int register(Map<String, List<List<String>>> categories, int n, List<String> forms, Meaning meaning) {
        String category = "voice" + n;
        categories.put(
                category,
                List.of(forms.stream().map(f -> f.toLowerCase(Locale.ROOT)).toList()));
        meanings.put(category, meaning);
        return n + 1;
    }

    private int readRestriction(
            Map<String, List<List<String>>> categories, int n, VoiceGuideline guideline, String restriction) {
        List<String> quoted = quoted(restriction);
        String ruleId = "brand.restriction:" + guideline.id();
        if (quoted.size() == 2 && SWAP.matcher(restriction).find()) {
            return register(
                    categories,
                    n,
                    List.of(quoted.get(1)),
                    new Meaning(ruleId, guideline.severity(), quoted.get(0), guideline.title()));
        }
        if (quoted.isEmpty() && restriction.strip().split("\\s+").length <= 3) {
            quoted = List.of(restriction.strip());
        }
        for (String term : quoted) {
            n = register(
                    categories, n, List.of(term), new Meaning(ruleId, guideline.severity(), "", guideline.title()));
        }
        return n;
    }

    private int readRequirement(
            Map<String, List<List<String>>> categories, int n, VoiceGuideline guideline, String requirement) {
        List<String> quoted = quoted(requirement);
        String ruleId = "brand.requirement:" + guideline.id();
        if (quoted.size() == 2 && SWAP.matcher(requirement).find()) {
            return register(
                    categories,
                    n,
                    List.of(quoted.get(1)),
                    new Meaning(ruleId, guideline.severity(), quoted.get(0), guideline.title()));
        }
        boolean required = MUST_INCLUDE.matcher(requirement.strip()).find();
        for (String term : quoted) {
            if (required || !term.equals(term.toLowerCase(Locale.ROOT))) {
                spellings.add(new Spelling(term, term.toLowerCase(Locale.ROOT), guideline, required));
            }
        }
        return n;
    }

    private static List<String> quoted(String text) {
        List<String> terms = new ArrayList<>();
        Matcher matcher = QUOTED.matcher(text);
        while (matcher.find()) {
            terms.add(matcher.group(1).strip());
        }
        return terms;
    }

    List<Finding> apply(NormalizedText text, DraftToCheck draft) {
        List<Finding> findings = new ArrayList<>();
        for (Lexicon.Match match : lexicon.matchAll(text)) {
            Meaning meaning = meanings.get(match.category());
            if (meaning == null || !applies(meaning, draft)) {
                continue;
            }
            int start = text.originalStart(text.tokens.get(match.from()).start());
            int end = text.originalEnd(text.tokens.get(match.to() - 1).end());
            String found = text.original.substring(start, end);
            RuleDefinition rule = pack.rule(meaning.ruleId().substring(0, ruleFamilyEnd(meaning.ruleId())));
            String detail = meaning.guideline().isEmpty()
                    ? "\"" + found + "\":"
                    : "\"" + found + "\" breaks guideline \"" + meaning.guideline() + "\":";
            String suggestion = meaning.replacement().isEmpty() ? "" : "Use \"" + meaning.replacement() + "\".";
            Finding finding = Finding.of(rule, start, end, detail, suggestion, match.confidence())
                    .withRuleId(meaning.ruleId());
            findings.add(meaning.severity() == null ? finding : finding.withSeverity(meaning.severity()));
        }
        spellings(text, draft, findings);
        shouting(text, findings);
        examples(text, draft, findings);
        return findings;
    }

    private boolean applies(Meaning meaning, DraftToCheck draft) {
        if (meaning.guideline().isEmpty()) {
            return true;
        }
        return guidelines.stream()
                .filter(g -> g.title().equals(meaning.guideline()))
                .anyMatch(g -> g.appliesTo(draft.platforms()));
    }

    private static int ruleFamilyEnd(String ruleId) {
        int colon = ruleId.indexOf(':');
        return colon < 0 ? ruleId.length() : colon;
    }

    private void spellings(NormalizedText text, DraftToCheck draft, List<Finding> findings) {
        String lower = text.original.toLowerCase(Locale.ROOT);
        for (Spelling spelling : spellings) {
            if (!spelling.guideline().appliesTo(draft.platforms())) {
                continue;
            }
            RuleDefinition rule = pack.rule("brand.requirement");
            String ruleId = "brand.requirement:" + spelling.guideline().id();
            int at = lower.indexOf(spelling.lower());
            if (at < 0 && spelling.required()) {
                findings.add(Finding.of(
                                rule,
                                0,
                                0,
                                "Guideline \"" + spelling.guideline().title() + "\" asks for \"" + spelling.exact()
                                        + "\".",
                                "Add \"" + spelling.exact() + "\".",
                                0.9)
                        .withRuleId(ruleId)
                        .withSeverity(spelling.guideline().severity()));
            }
            splitSpellings(text.original, lower, spelling, rule, ruleId, findings);
            // lower-casing can change the length of rare characters (İ); skip a hit the original cannot hold
            for (;
                    at >= 0 && at + spelling.exact().length() <= text.original.length();
                    at = lower.indexOf(spelling.lower(), at + 1)) {
                if (at > 0
                        && (lower.charAt(at - 1) == '#'
                                || lower.charAt(at - 1) == '@'
                                || lower.charAt(at - 1) == '/')) {
                    continue; // hashtags, handles and links are lower case by convention
                }
                String found = text.original.substring(at, at + spelling.exact().length());
                if (!found.equals(spelling.exact()) && !spelling.exact().equals(spelling.lower())) {
                    findings.add(Finding.of(
                                    rule,
                                    at,
                                    at + found.length(),
                                    "\"" + found + "\" is spelled \"" + spelling.exact() + "\" (guideline \""
                                            + spelling.guideline().title() + "\").",
                                    "Write \"" + spelling.exact() + "\".",
                                    0.95)
                            .withRuleId(ruleId)
                            .withSeverity(spelling.guideline().severity()));
                }
            }
        }
    }

    /**
     * "EE System", "EE-System", "E.E. System": the name split by spaces, hyphens or dots, whole words only
     * (so "free system" is not "EESystem"). Names of four letters or more with capitals in them.
     */
    private static void splitSpellings(
            String original,
            String lower,
            Spelling spelling,
            RuleDefinition rule,
            String ruleId,
            List<Finding> findings) {
        String name = spelling.lower();
        if (name.length() < 4 || spelling.exact().equals(name) || lower.length() != original.length()) {
            return;
        }
        for (int at = 0; at < lower.length(); at++) {
            if (lower.charAt(at) != name.charAt(0) || (at > 0 && Character.isLetterOrDigit(lower.charAt(at - 1)))) {
                continue;
            }
            int i = at;
            int k = 0;
            boolean split = false;
            while (i < lower.length() && k < name.length()) {
                char c = lower.charAt(i);
                if (c == name.charAt(k)) {
                    i++;
                    k++;
                } else if (k > 0 && (c == ' ' || c == '-' || c == '.')) {
                    split = true;
                    i++;
                } else {
                    break;
                }
            }
            boolean wholeWord = i >= lower.length() || !Character.isLetterOrDigit(lower.charAt(i));
            if (k == name.length() && split && wholeWord) {
                String found = original.substring(at, i);
                findings.add(Finding.of(
                                rule,
                                at,
                                i,
                                "\"" + found + "\" is spelled \"" + spelling.exact() + "\" (guideline \""
                                        + spelling.guideline().title() + "\").",
                                "Write \"" + spelling.exact() + "\".",
                                0.9)
                        .withRuleId(ruleId)
                        .withSeverity(spelling.guideline().severity()));
                at = i;
            }
        }
    }

    /** Three capitalised words in a row, or stacked exclamation marks. */
    /** No lower-case letter and at least one letter in {@code text[start, end)}. */
    private static boolean allCapitals(String text, int start, int end) {
        boolean letter = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    private void shouting(NormalizedText text, List<Finding> findings) {
        String original = text.original;
        RuleDefinition rule = pack.rule("brand.shouting");
        int run = 0;
        int runStart = -1;
        int runEnd = -1;
        for (NormalizedText.Token token : text.tokens) {
            if (token.kind() != NormalizedText.Kind.WORD) {
                continue;
            }
            int start = text.originalStart(token.start());
            int end = text.originalEnd(token.end());
            // scan the characters first: most words have a lower-case letter, and no substring is made for them
            boolean caps = end - start >= 2
                    && allCapitals(original, start, end)
                    && !ACRONYMS.contains(original.substring(start, end));
            if (caps) {
                if (run == 0) {
                    runStart = start;
                }
                run++;
                runEnd = end;
            } else {
                if (run >= 3) {
                    findings.add(Finding.of(rule, runStart, runEnd, "Capitals shout.", "", 0.9));
                }
                run = 0;
            }
        }
        if (run >= 3) {
            findings.add(Finding.of(rule, runStart, runEnd, "Capitals shout.", "", 0.9));
        }
        int bang = original.indexOf("!!");
        if (bang >= 0) {
            int end = bang;
            while (end < original.length() && original.charAt(end) == '!') {
                end++;
            }
            findings.add(Finding.of(rule, bang, end, "Stacked exclamation marks.", "", 0.9));
        }
    }

    private void examples(NormalizedText text, DraftToCheck draft, List<Finding> findings) {
        if (similarity == null || text.tokens.isEmpty()) {
            return;
        }
        RuleDefinition rule = pack.rule("brand.restricted_example");
        for (VoiceGuideline guideline : guidelines) {
            if (!guideline.appliesTo(draft.platforms())) {
                continue;
            }
            for (String line : guideline.examples().split("\\R")) {
                Matcher negative = NEGATIVE_EXAMPLE.matcher(line);
                if (!negative.matches()) {
                    continue;
                }
                String example = negative.group(2).strip();
                for (int[] sentence : sentences(text)) {
                    String sentenceText = text.original.substring(sentence[0], sentence[1]);
                    double score = similarity.similarity(sentenceText, example);
                    if (score >= SIMILARITY_THRESHOLD) {
                        findings.add(Finding.of(
                                        rule,
                                        sentence[0],
                                        sentence[1],
                                        "Reads like the restricted example \"" + example + "\" of guideline \""
                                                + guideline.title() + "\" (similarity "
                                                + String.format(Locale.ROOT, "%.2f", score) + ").",
                                        "",
                                        Math.min(1.0, score))
                                .withRuleId("brand.restricted_example:" + guideline.id())
                                .withSeverity(guideline.severity()));
                    }
                }
            }
        }
    }

    private static List<int[]> sentences(NormalizedText text) {
        List<int[]> spans = new ArrayList<>();
        int current = -1;
        for (NormalizedText.Token token : text.tokens) {
            int start = text.originalStart(token.start());
            int end = text.originalEnd(token.end());
            if (token.sentence() != current) {
                spans.add(new int[] {start, end});
                current = token.sentence();
            } else {
                spans.getLast()[1] = end;
            }
        }
        return spans;
    }
}
