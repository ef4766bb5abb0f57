package com.eesystem.curator.domain.compliance;

import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.platform.PlatformRuleBook;
import com.eesystem.curator.domain.platform.PlatformRules;
import com.eesystem.curator.domain.platform.TextLength;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The legal_review family: endorsement disclosure and where it sits, testimonial typicality, the scope
 * disclaimer each platform needs, and platform caption limits.
 */
final class LegalReviewRules {

    /** With no platform named, a disclosure must still show before Instagram's "more" cut. */
    static final int DEFAULT_FOLD = 125;

    private static final Set<MaterialConnection> DISCLOSABLE =
            Set.of(MaterialConnection.SPONSORED, MaterialConnection.AFFILIATE, MaterialConnection.GIFTED);

    private final RulePack pack;

    LegalReviewRules(RulePack pack) {
        this.pack = pack;
    }

    List<Finding> apply(ScannedCaption scan) {
        List<Finding> findings = new ArrayList<>();
        endorsement(scan, findings);
        typicality(scan, findings);
        disclaimers(scan, findings);
        limits(scan, findings);
        return findings;
    }

    private void endorsement(ScannedCaption scan, List<Finding> findings) {
        List<Lexicon.Match> signals = new ArrayList<>(scan.matches("connection"));
        signals.addAll(scan.matches("weak_disclosure"));
        signals.addAll(thanksToMention(scan));
        // "Use code HARBOR20" is the center's own offer unless the post also tags another account
        boolean tagsAccount = scan.text.tokens.stream().anyMatch(token -> token.kind() == NormalizedText.Kind.MENTION);
        if (tagsAccount) {
            signals.addAll(scan.matches("code_offer"));
        }
        signals.sort(java.util.Comparator.comparingInt(Lexicon.Match::from));
        boolean declared = scan.draft.connections().stream().anyMatch(DISCLOSABLE::contains);
        if (!declared && signals.isEmpty()) {
            return;
        }
        Lexicon.Match disclosure = firstDisclosure(scan);
        String what = signals.isEmpty()
                ? "The draft is marked " + scan.draft.connections() + "."
                : "\"" + scan.excerpt(signals.getFirst()) + "\" signals a material connection.";
        int signalStart = signals.isEmpty() ? 0 : scan.originalStart(signals.getFirst());
        int signalEnd = signals.isEmpty()
                ? Math.min(scan.text.original.length(), fold(scan))
                : scan.originalEnd(signals.getFirst());
        if (disclosure == null) {
            findings.add(Finding.of(pack.rule("legal.undisclosed_endorsement"), signalStart, signalEnd, what, "", 0.9));
            return;
        }
        int start = scan.originalStart(disclosure);
        boolean pastFold = start >= fold(scan);
        boolean buried = inHashtagPile(scan, disclosure);
        if (pastFold || buried) {
            findings.add(Finding.of(
                    pack.rule("legal.disclosure_placement"),
                    start,
                    scan.originalEnd(disclosure),
                    "\"" + scan.excerpt(disclosure) + "\" "
                            + (pastFold
                                    ? "starts at character " + start + ", after the \"more\" cut (" + fold(scan) + ")."
                                    : "is buried in a run of hashtags."),
                    "",
                    0.85));
        }
    }

    /** "Thanks @calmcenter": gratitude to a tagged brand reads as a connection. */
    private static List<Lexicon.Match> thanksToMention(ScannedCaption scan) {
        List<Lexicon.Match> found = new ArrayList<>();
        List<NormalizedText.Token> tokens = scan.text.tokens;
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).text();
            if (!(word.equals("thanks") || word.equals("thank") || word.equals("#thanks"))) {
                continue;
            }
            for (int j = i + 1; j < tokens.size() && j <= i + 3; j++) {
                if (tokens.get(j).kind() == NormalizedText.Kind.MENTION) {
                    found.add(new Lexicon.Match(
                            new Lexicon.Term("connection", new String[] {word}, word), i, j + 1, 0.8));
                    break;
                }
            }
        }
        return found;
    }

    private static Lexicon.Match firstDisclosure(ScannedCaption scan) {
        Lexicon.Match first = null;
        for (Lexicon.Match match : scan.matches("disclosure")) {
            if (scan.negated(match) || scan.token(match.from()).kind() == NormalizedText.Kind.SEGMENT) {
                continue;
            }
            if (first == null || match.from() < first.from()) {
                first = match;
            }
        }
        return first;
    }

    /** The disclosure hashtag has two or more other hashtags before it in the same unbroken run of tags. */
    private static boolean inHashtagPile(ScannedCaption scan, Lexicon.Match disclosure) {
        if (scan.token(disclosure.from()).kind() != NormalizedText.Kind.HASHTAG) {
            return false;
        }
        int before = 0;
        for (int i = disclosure.from() - 1; i >= 0; i--) {
            NormalizedText.Token token = scan.token(i);
            if (token.kind() == NormalizedText.Kind.SEGMENT) {
                continue;
            }
            if (token.kind() != NormalizedText.Kind.HASHTAG) {
                break;
            }
            before++;
        }
        return before >= 2;
    }

    private int fold(ScannedCaption scan) {
        int fold = Integer.MAX_VALUE;
        for (Platform platform : scan.draft.platforms()) {
            int platformFold =
                    pack.platform(platform).map(PlatformCaptionRules::fold).orElse(DEFAULT_FOLD);
            if (platformFold > 0) {
                fold = Math.min(fold, platformFold);
            }
        }
        return scan.draft.platforms().isEmpty() ? DEFAULT_FOLD : fold;
    }

    private void typicality(ScannedCaption scan, List<Finding> findings) {
        if (scan.draft.connections().contains(MaterialConnection.TESTIMONIAL)
                && scan.matches("typicality").isEmpty()) {
            findings.add(Finding.of(
                    pack.rule("legal.testimonial_typicality"),
                    0,
                    Math.min(scan.text.original.length(), DEFAULT_FOLD),
                    "The draft is marked as a testimonial.",
                    "",
                    0.8));
        }
    }

    /**
     * Where a platform's policy is "required" every post of the center needs the scope line (the post
     * promotes the sessions whatever it talks about); where it is "recommended" only wellness copy gets a
     * preferred reminder.
     */
    private void disclaimers(ScannedCaption scan, List<Finding> findings) {
        if (!scan.matches("disclaimer").isEmpty()) {
            return;
        }
        boolean wellnessCopy = !scan.matches("wellness").isEmpty();
        RuleDefinition rule = pack.rule("legal.required_disclaimer");
        for (Platform platform : scan.draft.platforms()) {
            PlatformCaptionRules rules = pack.platform(platform).orElse(null);
            if (rules == null
                    || rules.disclaimer() == PlatformCaptionRules.DisclaimerPolicy.NONE
                    || (rules.disclaimer() == PlatformCaptionRules.DisclaimerPolicy.RECOMMENDED && !wellnessCopy)) {
                continue;
            }
            Finding finding = Finding.of(
                    rule, 0, 0, "A post on " + platform.storedValue() + " with no scope disclaimer.", "", 0.8);
            findings.add(
                    rules.disclaimer() == PlatformCaptionRules.DisclaimerPolicy.REQUIRED
                            ? finding
                            : finding.withSeverity(SeverityLevel.PREFERRED));
        }
    }

    /** Caption and hashtag limits from the platform rule book (X counts weighted characters). */
    private void limits(ScannedCaption scan, List<Finding> findings) {
        // only the post part counts: a title or script checked after it is not in the platform's caption
        String text = scan.draft.post();
        int postEnd = text.length();
        long hashtags = scan.text.tokens.stream()
                .filter(token ->
                        token.kind() == NormalizedText.Kind.HASHTAG && scan.text.originalStart(token.start()) < postEnd)
                .count();
        RuleDefinition rule = pack.rule("legal.platform_limit");
        for (Platform platform : scan.draft.platforms()) {
            PlatformRules rules = PlatformRuleBook.rulesFor(platform);
            // a text of at most limit UTF-16 units has at most that many graphemes: skip the grapheme walk,
            // which was a sixth of a check's CPU on a 2,200-character caption (JFR, docs/benchmarks.md)
            int length = rules.textLength() == TextLength.CHARACTERS && text.length() <= rules.captionLimit()
                    ? text.length()
                    : rules.textLength().of(text);
            if (length > rules.captionLimit()) {
                int cut = text.offsetByCodePoints(
                        0, Math.min(rules.captionLimit(), text.codePointCount(0, text.length())));
                findings.add(Finding.of(
                        rule,
                        cut,
                        text.length(),
                        String.format(
                                Locale.ROOT,
                                "caption: %,d chars, limit %,d (%s).",
                                length,
                                rules.captionLimit(),
                                platform.storedValue()),
                        "",
                        1.0));
            }
            if (rules.hashtagLimit().isPresent()
                    && hashtags > rules.hashtagLimit().getAsInt()) {
                findings.add(Finding.of(
                        rule,
                        0,
                        0,
                        String.format(
                                Locale.ROOT,
                                "hashtags: %d, limit %d (%s).",
                                hashtags,
                                rules.hashtagLimit().getAsInt(),
                                platform.storedValue()),
                        "",
                        1.0));
            }
        }
    }
}
