package com.eesystem.curator.domain.template;

import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.invariant.Invariants;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.score.Score;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reusable shape for content (content_templates row). Script and media templates hold
 * {@code {{placeholder}}} slots an editor or generator fills.
 *
 * @param templateStructure the JSON structure for content, kept as text (the domain does not parse JSON)
 * @param complianceRequirements the checks content made from this template must pass before approval
 */
public record ContentTemplate(
        TemplateId id,
        String templateName,
        ContentType contentType,
        Platform platform,
        String templateStructure,
        String scriptTemplate,
        String mediaTemplate,
        List<CheckType> complianceRequirements,
        int usageCount,
        Score performanceScore,
        Instant createdAt,
        Instant updatedAt) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.-]+)\\s*}}");

    public ContentTemplate {
        Invariants.notNull("id", id);
        templateName = Invariants.nonBlank("template_name", templateName).strip();
        Invariants.notNull("content_type", contentType);
        Invariants.notNull("platform", platform);
        templateStructure = Invariants.text(templateStructure);
        scriptTemplate = Invariants.text(scriptTemplate);
        mediaTemplate = Invariants.text(mediaTemplate);
        complianceRequirements =
                List.copyOf(new LinkedHashSet<>(Invariants.listOf("compliance_requirements", complianceRequirements)));
        Invariants.atLeast("usage_count", usageCount, 0);
        Invariants.notNull("performance_score", performanceScore);
        Invariants.notNull("created_at", createdAt);
        Invariants.notNull("updated_at", updatedAt);
        Invariants.notBefore("updated_at", updatedAt, "created_at", createdAt);
    }

    /** The distinct placeholder names of the script and media templates, in order of appearance. */
    public Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        for (String text : List.of(scriptTemplate, mediaTemplate)) {
            Matcher matcher = PLACEHOLDER.matcher(text);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /** The script with every placeholder replaced, or the names that have no value. */
    public Filled fillScript(Map<String, String> values) {
        return fill(scriptTemplate, values);
    }

    public Filled fillMedia(Map<String, String> values) {
        return fill(mediaTemplate, values);
    }

    public ContentTemplate used(Instant at) {
        return new ContentTemplate(
                id,
                templateName,
                contentType,
                platform,
                templateStructure,
                scriptTemplate,
                mediaTemplate,
                complianceRequirements,
                usageCount + 1,
                performanceScore,
                createdAt,
                at.isBefore(updatedAt) ? updatedAt : at);
    }

    private static Filled fill(String text, Map<String, String> values) {
        Map<String, String> given = new LinkedHashMap<>(Invariants.mapOf("values", values));
        List<String> missing = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = given.get(matcher.group(1));
            if (value == null) {
                if (!missing.contains(matcher.group(1))) {
                    missing.add(matcher.group(1));
                }
                value = matcher.group();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return missing.isEmpty() ? new Filled.Complete(out.toString()) : new Filled.MissingValues(missing);
    }

    /** A filled template text, or the placeholders still without a value. */
    public sealed interface Filled {
        record Complete(String text) implements Filled {}

        record MissingValues(List<String> names) implements Filled {
            public MissingValues {
                names = List.copyOf(names);
            }
        }
    }
}
