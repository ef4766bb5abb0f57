package com.eesystem.curator.domain.compliance;

import java.util.Objects;

/**
 * One finding of a compliance check: which rule fired, how serious it is, where in the checked text
 * (a character span, {@code start} inclusive, {@code end} exclusive, in UTF-16 units of the original
 * text) and why, with a safer wording when the approved-claims library or the rule pack has one.
 *
 * @param checkType the check family the rule belongs to
 * @param ruleId the rule pack id of the rule, e.g. {@code medical.disease_claim}
 * @param severity how serious the breach is
 * @param start first character of the span
 * @param end one past the last character of the span
 * @param explanation plain words for the author, naming the rule's source
 * @param suggestion safer wording, or empty when there is none
 */
public record ComplianceIssue(
        CheckType checkType,
        String ruleId,
        SeverityLevel severity,
        int start,
        int end,
        String explanation,
        String suggestion) {

    public ComplianceIssue {
        Objects.requireNonNull(checkType, "checkType");
        Objects.requireNonNull(severity, "severity");
        if (ruleId == null || ruleId.isBlank()) {
            throw new IllegalArgumentException("ruleId: \"" + ruleId + "\" is blank");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span: [" + start + ", " + end + ") is not a span of the text");
        }
        if (explanation == null || explanation.isBlank()) {
            throw new IllegalArgumentException("explanation: blank for rule " + ruleId);
        }
        suggestion = suggestion == null ? "" : suggestion;
    }

    // not isCritical(): a bean-style getter would become a JSON property and break the codec's round trip
    public boolean critical() {
        return severity == SeverityLevel.CRITICAL;
    }

    public boolean hasSuggestion() {
        return !suggestion.isEmpty();
    }

    /** The flagged characters of {@code text} (the text this issue was found in). */
    public String excerptOf(String text) {
        return text.substring(Math.min(start, text.length()), Math.min(end, text.length()));
    }
}
