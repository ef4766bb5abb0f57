package com.eesystem.curator.domain.compliance;

import com.eesystem.curator.domain.brand.BrandGuideline;
import com.eesystem.curator.domain.platform.Platform;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The parts of a brand_guidelines row the brand-voice check applies: requirements and restrictions
 * (quoted terms in them are what the check looks for, e.g. {@code Never say 'miracle'} or {@code Use
 * 'guests' instead of 'clients'}), examples (lines starting with "Don't:", "Avoid:" or "-" are the
 * restricted examples for the similarity hook), severity and platforms (empty: every platform).
 */
public record VoiceGuideline(
        String id,
        String title,
        List<String> requirements,
        List<String> restrictions,
        String examples,
        SeverityLevel severity,
        Set<Platform> platforms) {

    public VoiceGuideline {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("guideline id: \"" + id + "\" is blank");
        }
        title = title == null || title.isBlank() ? id : title;
        requirements = List.copyOf(Objects.requireNonNull(requirements, "requirements of guideline " + id));
        restrictions = List.copyOf(Objects.requireNonNull(restrictions, "restrictions of guideline " + id));
        examples = examples == null ? "" : examples;
        Objects.requireNonNull(severity, "severity of guideline " + id);
        platforms = Set.copyOf(Objects.requireNonNull(platforms, "platforms of guideline " + id));
    }

    /** The brand-voice view of a brand_guidelines row. */
    public static VoiceGuideline of(BrandGuideline guideline) {
        return new VoiceGuideline(
                guideline.id().value().toString(),
                guideline.title(),
                guideline.requirements(),
                guideline.restrictions(),
                guideline.examples(),
                guideline.severityLevel(),
                Set.copyOf(guideline.platforms()));
    }

    /** Every field in a fixed order and form (platforms sorted by stored value): the input of the rule-set fingerprint. */
    String canonicalText() {
        return String.join(
                "\u001f",
                id,
                title,
                String.join("\u001e", requirements),
                String.join("\u001e", restrictions),
                examples,
                severity.storedValue(),
                String.join(
                        ",",
                        platforms.stream().map(Platform::storedValue).sorted().toList()));
    }

    boolean appliesTo(Set<Platform> targets) {
        return platforms.isEmpty() || targets.isEmpty() || platforms.stream().anyMatch(targets::contains);
    }
}
