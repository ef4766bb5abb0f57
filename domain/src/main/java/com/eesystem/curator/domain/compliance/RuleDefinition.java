package com.eesystem.curator.domain.compliance;

import java.util.Objects;

/**
 * One rule of a rule pack: its id, the check it belongs to, how serious a breach is, where the rule
 * comes from (a section of compliance-sources.md) and the words shown to the author.
 */
public record RuleDefinition(
        String id, CheckType checkType, SeverityLevel severity, String source, String explanation, String suggestion) {

    public RuleDefinition {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("rule id: \"" + id + "\" is blank");
        }
        Objects.requireNonNull(checkType, "checkType of rule " + id);
        Objects.requireNonNull(severity, "severity of rule " + id);
        if (explanation == null || explanation.isBlank()) {
            throw new IllegalArgumentException("rule " + id + ": explanation is blank");
        }
        source = source == null ? "" : source;
        suggestion = suggestion == null ? "" : suggestion;
    }
}
