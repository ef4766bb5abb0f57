package com.eesystem.curator.domain.compliance;

import com.eesystem.curator.domain.platform.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The data the compliance engine runs on: rule definitions, vocabularies, the approved-claims library,
 * per-platform caption rules and brand-voice defaults, under one version string that is recorded with
 * every check. Parsed from the line format described in docs/compliance.md.
 *
 * @param terms vocabulary by category; each entry is one term in its forms
 */
public record RulePack(
        String version,
        Map<String, RuleDefinition> rules,
        Map<String, List<List<String>>> terms,
        List<ApprovedClaim> approvedClaims,
        Map<Platform, PlatformCaptionRules> platforms,
        List<TermMapping> bannedTerms,
        List<TermMapping> preferredTerms) {

    static final String BUNDLED_RESOURCE = "rule-pack.txt";

    public RulePack {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("rule pack version: \"" + version + "\" is blank");
        }
        rules = Map.copyOf(rules);
        terms = Map.copyOf(terms);
        approvedClaims = List.copyOf(approvedClaims);
        platforms = Map.copyOf(platforms);
        bannedTerms = List.copyOf(bannedTerms);
        preferredTerms = List.copyOf(preferredTerms);
    }

    /** The rule pack shipped with Curator. */
    public static RulePack bundled() {
        try (InputStream in = RulePack.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            Objects.requireNonNull(in, "bundled rule pack " + BUNDLED_RESOURCE + " is missing from the class path");
            return parse(BUNDLED_RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("reading bundled rule pack " + BUNDLED_RESOURCE, e);
        }
    }

    /**
     * Parses a rule pack.
     *
     * @param sourceName named in error messages (a file name)
     * @throws RulePackSyntaxError naming the source, the line and what is wrong
     */
    public static RulePack parse(String sourceName, String text) {
        return new RulePackFormat(sourceName).parse(text);
    }

    /** The rule with this id; a rule id the engine needs but the pack lacks is a broken pack. */
    public RuleDefinition rule(String id) {
        RuleDefinition rule = rules.get(id);
        if (rule == null) {
            throw new IllegalStateException("rule pack " + version + " has no rule " + id);
        }
        return rule;
    }

    public List<List<String>> terms(String category) {
        return terms.getOrDefault(category, List.of());
    }

    public Optional<PlatformCaptionRules> platform(Platform platform) {
        return Optional.ofNullable(platforms.get(platform));
    }
}
