package com.eesystem.curator.storage.codec;

import com.eesystem.curator.domain.compliance.CheckOutcome;
import com.eesystem.curator.domain.compliance.ComplianceIssue;
import com.eesystem.curator.domain.compliance.ComplianceReport;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON Lines object {@code curator check --json} prints for one checked input, in issue 9's shape:
 * {@code {"id", "result", "critical", "checks": [...], "issues": [...]}}. One place, so the command and
 * its batch benchmark (which cannot depend on app) render exactly the same bytes.
 */
public final class CheckResultJson {

    private CheckResultJson() {}

    /** The object for {@code id}'s report. */
    public static ObjectNode of(String id, ComplianceReport report) {
        ObjectNode node = JsonCodec.instance().mapper().createObjectNode();
        node.put("id", id);
        node.put("result", report.overallResult().storedValue());
        node.put("critical", report.hasCritical());
        ArrayNode checks = node.putArray("checks");
        for (CheckOutcome outcome : report.outcomes()) {
            checks.addObject()
                    .put("check_type", outcome.checkType().storedValue())
                    .put("check_result", outcome.result().storedValue())
                    .put("confidence_score", outcome.confidence());
        }
        ArrayNode issues = node.putArray("issues");
        for (ComplianceIssue issue : report.issues()) {
            issues.addObject()
                    .put("check_type", issue.checkType().storedValue())
                    .put("rule", issue.ruleId())
                    .put("severity", issue.severity().storedValue())
                    .put("start", issue.start())
                    .put("end", issue.end())
                    .put("message", issue.explanation())
                    .put("suggestion", issue.suggestion());
        }
        return node;
    }

    /** The object as one line of text (no newline). */
    public static String line(String id, ComplianceReport report) {
        return JsonCodec.instance().write(of(id, report));
    }
}
