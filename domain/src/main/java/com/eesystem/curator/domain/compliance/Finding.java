package com.eesystem.curator.domain.compliance;

/** A rule hit before it becomes a {@link ComplianceIssue}: span in the original text plus a confidence. */
record Finding(
        String ruleId,
        CheckType checkType,
        SeverityLevel severity,
        int start,
        int end,
        String explanation,
        String suggestion,
        double confidence) {

    static Finding of(RuleDefinition rule, int start, int end, String detail, String suggestion, double confidence) {
        String explanation = detail.isEmpty() ? rule.explanation() : detail + " " + rule.explanation();
        if (!rule.source().isEmpty()) {
            explanation = explanation + " Source: " + rule.source() + ".";
        }
        return new Finding(
                rule.id(),
                rule.checkType(),
                rule.severity(),
                start,
                end,
                explanation,
                suggestion == null || suggestion.isEmpty() ? rule.suggestion() : suggestion,
                confidence);
    }

    Finding withSeverity(SeverityLevel level) {
        return new Finding(ruleId, checkType, level, start, end, explanation, suggestion, confidence);
    }

    Finding withRuleId(String id) {
        return new Finding(id, checkType, severity, start, end, explanation, suggestion, confidence);
    }

    boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }

    ComplianceIssue toIssue() {
        return new ComplianceIssue(checkType, ruleId, severity, start, end, explanation, suggestion);
    }
}
