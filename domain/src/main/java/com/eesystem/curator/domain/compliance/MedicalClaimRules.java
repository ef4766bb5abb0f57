package com.eesystem.curator.domain.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The medical_claim family: disease and implied claims, FDA status claims, proof claims without
 * substantiation, healing language and bare disease references. Each rule pairs matches of the single
 * lexicon pass inside a sentence; see docs/compliance.md for the rules and their sources.
 */
final class MedicalClaimRules {

    // lists, not Set.of: iteration order decides which of two equal findings is kept, and Set.of's order
    // changes from one JVM run to the next
    private static final List<String> CONDITIONS = List.of("disease", "symptom", "pathogen", "lab");
    private static final List<String> SPLIT_CONDITIONS = List.of("disease", "symptom", "pathogen");
    private static final Set<String> DEVICE_ASSERTIONS =
            Set.of("is", "are", "a", "an", "our", "certified", "registered", "approved", "it's", "real", "true");
    private static final Set<String> POSSESSIVES = Set.of("my", "his", "her", "their");
    /** Words between "no"/"not" and a condition that keep it an outcome: "no new lesions", "not a single seizure". */
    private static final Set<String> OUTCOME_FILLERS = Set.of("new", "single", "more", "further", "a", "one", "other");

    private static final Set<String> ELIDED_VERBS = Set.of("did", "do", "does", "can", "could", "will", "would");
    private static final int PAIR_DISTANCE = 10;
    private static final int REPAIR_DISTANCE = 4;
    private static final int PROOF_DISTANCE = 3;
    private static final int CESSATION_DISTANCE = 6;
    private static final int FDA_DISTANCE = 6;
    private static final double SPLIT_CONFIDENCE = 0.7;

    private final RulePack pack;
    private final ApprovedClaimsLibrary library;
    private final ClaimLikeness likeness;
    private final LooseWordingRules loose;

    MedicalClaimRules(RulePack pack, ApprovedClaimsLibrary library) {
        this(pack, library, new ClaimLikeness(pack));
    }

    private MedicalClaimRules(RulePack pack, ApprovedClaimsLibrary library, ClaimLikeness likeness) {
        this.pack = pack;
        this.library = library;
        this.likeness = likeness;
        this.loose = new LooseWordingRules(this, likeness);
    }

    /** The same rules suggesting from {@code other} (the pack's example sentences are not compiled again). */
    MedicalClaimRules withLibrary(ApprovedClaimsLibrary other) {
        return new MedicalClaimRules(pack, other, likeness);
    }

    RuleDefinition rule(String id) {
        return pack.rule(id);
    }

    List<Finding> apply(ScannedCaption scan) {
        List<Finding> findings = new ArrayList<>();
        List<Lexicon.Match> conditions = new ArrayList<>();
        for (String category : CONDITIONS) {
            conditions.addAll(scan.matches(category));
        }
        boolean[] claimed = new boolean[scan.text.tokens.size()];
        fdaStatus(scan, claimed, findings);
        pairs(scan, scan.matches("claim_verb"), conditions, PAIR_DISTANCE, "medical.disease_claim", claimed, findings);
        pairs(scan, scan.matches("outcome"), conditions, PAIR_DISTANCE, "medical.implied_claim", claimed, findings);
        List<Lexicon.Match> aids = new ArrayList<>(scan.matches("medication"));
        aids.addAll(scan.matches("mobility_aid"));
        pairs(scan, scan.matches("cessation"), aids, CESSATION_DISTANCE, "medical.implied_claim", claimed, findings);
        noCondition(scan, conditions, claimed, findings);
        headingClaims(scan, conditions, aids, claimed, findings);
        repairClaims(scan, claimed, findings);
        splitClaims(scan, claimed, findings);
        possessedConditions(scan, claimed, findings);
        othersFailedSessionsDid(scan, conditions, claimed, findings);
        usedToNow(scan, claimed, findings);
        loose.apply(scan, conditions, aids, claimed, findings);
        beforeAfter(scan, findings);
        proofClaims(scan, findings);
        healingLanguage(scan, claimed, findings);
        references(scan, conditions, claimed, findings);
        return findings;
    }

    /** A cue and a condition in one sentence, the cue not negated: "reverse arthritis", "migraines are gone". */
    private void pairs(
            ScannedCaption scan,
            List<Lexicon.Match> cues,
            List<Lexicon.Match> objects,
            int distance,
            String ruleId,
            boolean[] claimed,
            List<Finding> findings) {
        // what an earlier rule claimed is not claimed twice ("healed" is both a verb and an outcome)
        boolean[] before = claimed.clone();
        for (Lexicon.Match cue : cues) {
            if (scan.negated(cue) || benign(scan, cue) || before[cue.from()]) {
                continue;
            }
            for (Lexicon.Match object : objects) {
                if (scan.sentenceOf(object) != scan.sentenceOf(cue)
                        || gap(cue, object) > distance
                        || overlap(cue, object)
                        || before[object.from()]) {
                    continue;
                }
                mark(claimed, cue);
                mark(claimed, object);
                findings.add(claim(scan, ruleId, cue, object, Math.min(cue.confidence(), object.confidence())));
            }
        }
    }

    /** "No migraines since March": a condition directly after "no"/"zero" is an outcome, not a denial. */
    private void noCondition(
            ScannedCaption scan, List<Lexicon.Match> conditions, boolean[] claimed, List<Finding> findings) {
        for (Lexicon.Match condition : conditions) {
            int before = condition.from() - 1;
            if (before < 0 || claimed[condition.from()]) {
                continue;
            }
            boolean counted = false;
            while (before > 0
                    && condition.from() - before <= 2
                    && OUTCOME_FILLERS.contains(scan.token(before).text())) {
                counted |= scan.token(before).text().equals("single")
                        || scan.token(before).text().equals("one");
                before--;
            }
            String word = scan.token(before).text();
            boolean claimWordFollows = condition.to() < scan.text.tokens.size()
                    && scan.token(condition.to()).text().startsWith("claim");
            // "haven't had a relapse since": a denied condition with "since" after it is an outcome
            boolean since = scan.negated(condition)
                    && ((condition.to() < scan.text.tokens.size()
                                    && scan.token(condition.to()).text().equals("since"))
                            || (condition.to() + 1 < scan.text.tokens.size()
                                    && scan.token(condition.to() + 1).text().equals("since")));
            boolean outcome = word.equals("no") || word.equals("zero") || (counted && word.equals("not")) || since;
            if (outcome && !claimWordFollows && scan.token(before).sentence() == scan.sentenceOf(condition)) {
                mark(claimed, condition);
                Lexicon.Match cue = new Lexicon.Match(condition.term(), before, condition.to(), condition.confidence());
                findings.add(claim(scan, "medical.implied_claim", cue, condition, condition.confidence()));
            }
        }
    }

    /** "I had stage 3. Three months of sessions. Scans now clear." A strong outcome after a condition. */
    private void splitClaims(ScannedCaption scan, boolean[] claimed, List<Finding> findings) {
        for (Lexicon.Match outcome : scan.matches("strong_outcome")) {
            if (scan.negated(outcome)) {
                continue;
            }
            boolean alreadyClaimed = claimed[outcome.from()];
            int sentence = scan.sentenceOf(outcome);
            for (String category : SPLIT_CONDITIONS) {
                for (Lexicon.Match condition : scan.matches(category)) {
                    int distance = sentence - scan.sentenceOf(condition);
                    if (distance >= 1 && distance <= 2 && !scan.negated(condition)) {
                        mark(claimed, outcome);
                        mark(claimed, condition);
                        if (alreadyClaimed) {
                            continue;
                        }
                        findings.add(claim(
                                scan,
                                "medical.implied_claim",
                                outcome,
                                condition,
                                Math.min(SPLIT_CONFIDENCE, condition.confidence())));
                    }
                }
            }
        }
    }

    /** "#beforeandafter", "before/after pics", or labelled lines "Before: cane. After: hiking." */
    /**
     * "Migraines? Insomnia? Our sessions help with all of them." A condition named in a heading (a short
     * sentence ending in "?" or ":") is the object of a claim verb in the next two sentences; "she came in
     * with a walker ... walked out without it" stops an aid across sentences.
     */
    private void headingClaims(
            ScannedCaption scan,
            List<Lexicon.Match> conditions,
            List<Lexicon.Match> aids,
            boolean[] claimed,
            List<Finding> findings) {
        for (Lexicon.Match cue : scan.matches("claim_verb")) {
            if (scan.negated(cue) || benign(scan, cue)) {
                continue;
            }
            for (Lexicon.Match condition : conditions) {
                int distance = scan.sentenceOf(cue) - scan.sentenceOf(condition);
                if (distance >= 1
                        && distance <= 3
                        && !claimed[condition.from()]
                        && scan.isHeading(scan.sentenceOf(condition))) {
                    mark(claimed, condition);
                    findings.add(claim(scan, "medical.disease_claim", cue, condition, 0.8));
                }
            }
        }
        List<Lexicon.Match> aidCues = new ArrayList<>(scan.matches("cessation"));
        aidCues.addAll(scan.matches("mobility_outcome"));
        for (Lexicon.Match cue : aidCues) {
            if (scan.negated(cue) || claimed[cue.from()]) {
                continue;
            }
            for (Lexicon.Match aid : aids) {
                int distance = scan.sentenceOf(cue) - scan.sentenceOf(aid);
                boolean mobility = aid.category().equals("mobility_aid");
                boolean applies = cue.category().equals("cessation") || mobility;
                if (applies && distance >= (mobility ? 0 : 1) && distance <= 2 && !claimed[aid.from()]) {
                    mark(claimed, aid);
                    mark(claimed, cue);
                    findings.add(claim(scan, "medical.implied_claim", cue, aid, SPLIT_CONFIDENCE + 0.05));
                }
            }
        }
    }

    /**
     * "Restores damaged cartilage", "rebuilds joints", "opens up your airways": a repair verb with an organ
     * or tissue as its object claims a physical treatment even without a disease name.
     */
    private void repairClaims(ScannedCaption scan, boolean[] claimed, List<Finding> findings) {
        for (Lexicon.Match verb : scan.matches("repair_verb")) {
            if (scan.negated(verb) || claimed[verb.from()]) {
                continue;
            }
            for (Lexicon.Match part : scan.matches("body_part")) {
                if (part.from() > verb.from()
                        && scan.sentenceOf(part) == scan.sentenceOf(verb)
                        && gap(verb, part) <= REPAIR_DISTANCE
                        && !claimed[part.from()]) {
                    mark(claimed, verb);
                    mark(claimed, part);
                    findings.add(claim(scan, "medical.disease_claim", verb, part, 0.8));
                    break;
                }
            }
        }
    }

    /**
     * "My psoriasis has never looked this good", "Doctors couldn't help my mom's vertigo": a condition a
     * person owns, in copy that sells sessions, is a testimonial about that condition. Less certain than a
     * stated outcome, so it goes to manual review.
     */
    private void possessedConditions(ScannedCaption scan, boolean[] claimed, List<Finding> findings) {
        if (!scan.matches("cause_context").isEmpty()) {
            return; // "her breast cancer charity ride": a cause; references() reports the condition
        }
        for (String category : SPLIT_CONDITIONS) {
            for (Lexicon.Match condition : scan.matches(category)) {
                if (claimed[condition.from()] || scan.negated(condition) || category.equals("pathogen")) {
                    continue;
                }
                for (int back = condition.from() - 1; back >= 0 && condition.from() - back <= 2; back--) {
                    NormalizedText.Token token = scan.token(back);
                    if (token.clause() != scan.token(condition.from()).clause()) {
                        break;
                    }
                    if (POSSESSIVES.contains(token.text())) {
                        Lexicon.Match owner = new Lexicon.Match(condition.term(), back, condition.to(), 0.95);
                        mark(claimed, condition);
                        findings.add(claim(scan, "medical.implied_claim", owner, condition, SPLIT_CONFIDENCE));
                        break;
                    }
                }
            }
        }
    }

    /**
     * "Doctors couldn't help my mom's vertigo. Three scalar sessions did." A denied claim followed by a
     * short sentence that ends on the elided verb ("did", "can", "do") turns the denial into a claim.
     */
    private void othersFailedSessionsDid(
            ScannedCaption scan, List<Lexicon.Match> conditions, boolean[] claimed, List<Finding> findings) {
        for (Lexicon.Match verb : scan.matches("claim_verb")) {
            if (!scan.negated(verb)) {
                continue;
            }
            int sentence = scan.sentenceOf(verb);
            Lexicon.Match object = null;
            for (Lexicon.Match condition : conditions) {
                if (scan.sentenceOf(condition) == sentence
                        && condition.from() > verb.from()
                        && !claimed[condition.from()]) {
                    object = condition;
                    break;
                }
            }
            if (object == null) {
                continue;
            }
            int last = -1;
            for (int i = object.to();
                    i < scan.text.tokens.size() && scan.token(i).sentence() <= sentence + 1;
                    i++) {
                if (scan.token(i).sentence() == sentence + 1 && scan.token(i).kind() == NormalizedText.Kind.WORD) {
                    last = i;
                }
            }
            if (last >= 0 && ELIDED_VERBS.contains(scan.token(last).text())) {
                mark(claimed, object);
                Lexicon.Match elided = new Lexicon.Match(verb.term(), last, last + 1, 0.95);
                findings.add(claim(scan, "medical.disease_claim", elided, object, SPLIT_CONFIDENCE + 0.1));
            }
        }
    }

    /** "My back used to scream at me every morning. Now? Silence." A before/after without the words. */
    private void usedToNow(ScannedCaption scan, boolean[] claimed, List<Finding> findings) {
        for (Lexicon.Match contrast : scan.matches("contrast")) {
            int sentence = scan.sentenceOf(contrast);
            Lexicon.Match subject = null;
            for (String category : List.of("body_part", "disease", "symptom")) {
                for (Lexicon.Match match : scan.matches(category)) {
                    // a body part needs an owner ("my back used to"); a condition is one by itself
                    // ("Used to need two naps a day with long COVID. Now I coach.")
                    boolean owned = match.from() > 0
                            && POSSESSIVES.contains(scan.token(match.from() - 1).text());
                    if (scan.sentenceOf(match) == sentence
                            && (owned || !category.equals("body_part"))
                            && !scan.negated(match)
                            && !claimed[match.from()]) {
                        subject = match;
                    }
                }
            }
            if (subject == null) {
                continue;
            }
            for (int i = contrast.to(); i < scan.text.tokens.size(); i++) {
                NormalizedText.Token token = scan.token(i);
                if (token.sentence() > sentence + 2) {
                    break;
                }
                if (token.text().equals("now") && token.sentence() > sentence) {
                    Lexicon.Match now = new Lexicon.Match(contrast.term(), i, i + 1, 0.95);
                    mark(claimed, subject);
                    findings.add(claim(scan, "medical.implied_claim", now, subject, SPLIT_CONFIDENCE));
                    break;
                }
            }
        }
    }

    private void beforeAfter(ScannedCaption scan, List<Finding> findings) {
        List<NormalizedText.Token> tokens = scan.text.tokens;
        for (int i = 0; i < tokens.size(); i++) {
            if (!labelled(scan, tokens.get(i), "before")) {
                continue;
            }
            for (int j = i + 1;
                    j < tokens.size()
                            && tokens.get(j).sentence() <= tokens.get(i).sentence() + 3;
                    j++) {
                if (labelled(scan, tokens.get(j), "after")) {
                    findings.add(Finding.of(
                            pack.rule("medical.implied_claim"),
                            scan.text.originalStart(tokens.get(i).start()),
                            scan.text.originalEnd(tokens.get(j).end()),
                            "Before/after labels imply a health result.",
                            "",
                            0.9));
                    break;
                }
            }
        }
        for (Lexicon.Match match : scan.matches("before_after")) {
            findings.add(Finding.of(
                    pack.rule("medical.implied_claim"),
                    scan.originalStart(match),
                    scan.originalEnd(match),
                    "Before/after framing (\"" + scan.excerpt(match) + "\") implies a health result.",
                    "",
                    match.confidence()));
        }
    }

    private void fdaStatus(ScannedCaption scan, boolean[] claimed, List<Finding> findings) {
        RuleDefinition rule = pack.rule("medical.fda_status");
        for (Lexicon.Match name : scan.matches("fda_name")) {
            for (Lexicon.Match status : scan.matches("fda_status")) {
                if (scan.sentenceOf(name) == scan.sentenceOf(status)
                        && gap(name, status) <= FDA_DISTANCE
                        && !scan.negated(status)
                        && !scan.negated(name)) {
                    mark(claimed, status);
                    // "FDA cleared for pain": the condition is part of the status claim, not a separate finding
                    for (String category : CONDITIONS) {
                        for (Lexicon.Match condition : scan.matches(category)) {
                            if (scan.sentenceOf(condition) == scan.sentenceOf(status) && gap(status, condition) <= 3) {
                                mark(claimed, condition);
                            }
                        }
                    }
                    findings.add(Finding.of(
                            rule,
                            Math.min(scan.originalStart(name), scan.originalStart(status)),
                            Math.max(scan.originalEnd(name), scan.originalEnd(status)),
                            "\"" + spanText(scan, name, status) + "\" claims an FDA status.",
                            "",
                            0.95));
                }
            }
        }
        for (Lexicon.Match grade : scan.matches("clinical_grade")) {
            if (scan.negated(grade)) {
                continue;
            }
            if (grade.term().tokens().length >= 2 && grade.term().tokens()[1].startsWith("device")) {
                int before = grade.from() - 1;
                // "Is EESystem a medical device? No." asks, it does not claim
                if (before < 0
                        || !DEVICE_ASSERTIONS.contains(scan.token(before).text())
                        || scan.isQuestion(scan.sentenceOf(grade))) {
                    continue;
                }
            }
            findings.add(Finding.of(
                    rule,
                    scan.originalStart(grade),
                    scan.originalEnd(grade),
                    "\"" + scan.excerpt(grade) + "\" is clinical-status language.",
                    "",
                    0.9));
        }
    }

    /** "Clinically proven", "studies show", "87% slept better", "doctor recommended" with no substantiation. */
    private void proofClaims(ScannedCaption scan, List<Finding> findings) {
        if (library.linksKnownSubstantiation(scan.draft.substantiationIds())) {
            return;
        }
        RuleDefinition rule = pack.rule("medical.unsubstantiated_study");
        Set<Integer> substantiated = library.substantiatedSentences(scan);
        for (Lexicon.Match study : scan.matches("study")) {
            if (!scan.negated(study) && !substantiated.contains(scan.sentenceOf(study))) {
                findings.add(Finding.of(
                        rule,
                        scan.originalStart(study),
                        scan.originalEnd(study),
                        "\"" + scan.excerpt(study) + "\" promises scientific proof.",
                        "",
                        0.95));
            }
        }
        // "Recommended by chiropractors", "Harvard researchers confirmed": an authority vouching for the sessions
        for (Lexicon.Match authority : scan.matches("authority")) {
            for (Lexicon.Match verb : scan.matches("proof_verb")) {
                if (scan.sentenceOf(verb) == scan.sentenceOf(authority)
                        && gap(authority, verb) <= PROOF_DISTANCE
                        && !overlap(authority, verb)
                        && !scan.negated(verb)
                        && !scan.negated(authority)
                        && !substantiated.contains(scan.sentenceOf(verb))) {
                    findings.add(Finding.of(
                            rule,
                            Math.min(scan.originalStart(authority), scan.originalStart(verb)),
                            Math.max(scan.originalEnd(authority), scan.originalEnd(verb)),
                            "\"" + spanText(scan, authority, verb) + "\" cites experts as proof.",
                            "",
                            0.85));
                    break;
                }
            }
        }
        List<NormalizedText.Token> tokens = scan.text.tokens;
        for (int i = 0; i < tokens.size(); i++) {
            NormalizedText.Token token = tokens.get(i);
            boolean ratio = token.kind() == NormalizedText.Kind.NUMBER
                    && i + 2 < tokens.size()
                    && (tokens.get(i + 1).text().equals("in")
                            || tokens.get(i + 1).text().equals("out"))
                    && (tokens.get(i + 2).text().equals("10")
                            || tokens.get(i + 2).text().equals("of"));
            if (!(token.percent() || ratio) || substantiated.contains(token.sentence())) {
                continue;
            }
            if (inSentence(scan, "percent_effect", token.sentence())
                    && !inSentence(scan, "percent_offer", token.sentence())) {
                int start = scan.text.originalStart(token.start());
                findings.add(Finding.of(
                        rule,
                        start,
                        scan.text.originalEnd(token.end() + (token.percent() ? 1 : 0)),
                        "A measured effect (\""
                                + scan.text.original.substring(start, scan.text.originalEnd(token.end()))
                                + (token.percent() ? "%" : "") + "\") needs substantiation.",
                        "",
                        0.85));
            }
        }
    }

    private void healingLanguage(ScannedCaption scan, boolean[] claimed, List<Finding> findings) {
        RuleDefinition rule = pack.rule("medical.healing_language");
        for (Lexicon.Match healing : scan.matches("healing")) {
            if (!scan.negated(healing) && !claimed[healing.from()]) {
                findings.add(Finding.of(
                        rule,
                        scan.originalStart(healing),
                        scan.originalEnd(healing),
                        "\"" + scan.excerpt(healing) + "\" reads as a treatment effect.",
                        "",
                        0.8));
            }
        }
    }

    private void references(
            ScannedCaption scan, List<Lexicon.Match> conditions, boolean[] claimed, List<Finding> findings) {
        RuleDefinition rule = pack.rule("medical.disease_reference");
        boolean cause = !scan.matches("cause_context").isEmpty();
        for (Lexicon.Match condition : conditions) {
            if (condition.category().equals("lab") || scan.negated(condition) || claimed[condition.from()]) {
                continue;
            }
            // FDA reads intended use from all promotion: a condition named next to the sessions or a call
            // to book them is a claim by net impression, unless the post is about a cause (awareness, charity)
            if (!cause && nearPromotion(scan, condition)) {
                findings.add(Finding.of(
                        pack.rule("medical.implied_claim"),
                        scan.originalStart(condition),
                        scan.originalEnd(condition),
                        "\"" + scan.excerpt(condition) + "\" is named next to the sessions: the post reads as a"
                                + " claim about " + condition.term().form() + ".",
                        library.saferWording(condition.term()),
                        SPLIT_CONFIDENCE));
                continue;
            }
            findings.add(Finding.of(
                    rule,
                    scan.originalStart(condition),
                    scan.originalEnd(condition),
                    "\"" + scan.excerpt(condition) + "\" names a disease, condition or symptom.",
                    library.saferWording(condition.term()),
                    0.6));
        }
    }

    static boolean nearPromotion(ScannedCaption scan, Lexicon.Match condition) {
        int sentence = scan.sentenceOf(condition);
        for (Lexicon.Match promotion : scan.matches("promotion")) {
            if (Math.abs(scan.sentenceOf(promotion) - sentence) <= 1) {
                return true;
            }
        }
        return false;
    }

    Finding claim(ScannedCaption scan, String ruleId, Lexicon.Match cue, Lexicon.Match object, double confidence) {
        int start = Math.min(scan.originalStart(cue), scan.originalStart(object));
        int end = Math.max(scan.originalEnd(cue), scan.originalEnd(object));
        String excerpt = scan.text.original.substring(start, end);
        return Finding.of(
                pack.rule(ruleId),
                start,
                end,
                "\"" + excerpt + "\" links the sessions to " + object.term().form() + ".",
                library.saferWording(object.term()),
                confidence);
    }

    /** "Treat yourself": the verb's object is the reader, not a condition. */
    private static boolean benign(ScannedCaption scan, Lexicon.Match cue) {
        if (cue.to() >= scan.text.tokens.size()) {
            return false;
        }
        String next = scan.token(cue.to()).text();
        return cue.term().canonical().equals("treat")
                && (next.equals("yourself")
                        || next.equals("yourselves")
                        || next.equals("myself")
                        || next.equals("you"));
    }

    private static boolean labelled(ScannedCaption scan, NormalizedText.Token token, String word) {
        String normalized = scan.text.normalized;
        return token.text().equals(word)
                && token.kind() == NormalizedText.Kind.WORD
                && token.end() < normalized.length()
                && normalized.charAt(token.end()) == ':';
    }

    private static boolean inSentence(ScannedCaption scan, String category, int sentence) {
        for (Lexicon.Match match : scan.matches(category)) {
            if (scan.sentenceOf(match) == sentence) {
                return true;
            }
        }
        return false;
    }

    private static String spanText(ScannedCaption scan, Lexicon.Match a, Lexicon.Match b) {
        int start = Math.min(scan.originalStart(a), scan.originalStart(b));
        int end = Math.max(scan.originalEnd(a), scan.originalEnd(b));
        return scan.text.original.substring(start, end);
    }

    private static int gap(Lexicon.Match a, Lexicon.Match b) {
        return a.from() < b.from() ? Math.max(0, b.from() - a.to()) : Math.max(0, a.from() - b.to());
    }

    private static boolean overlap(Lexicon.Match a, Lexicon.Match b) {
        return a.from() < b.to() && b.from() < a.to();
    }

    static void mark(boolean[] claimed, Lexicon.Match match) {
        for (int i = match.from(); i < match.to(); i++) {
            claimed[i] = true;
        }
    }
}
