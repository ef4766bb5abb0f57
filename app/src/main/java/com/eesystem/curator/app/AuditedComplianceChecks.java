package com.eesystem.curator.app;

import com.eesystem.curator.domain.audit.AuditLog;
import com.eesystem.curator.domain.audit.AuditRecord;
import com.eesystem.curator.domain.compliance.ComplianceCheck;
import com.eesystem.curator.domain.compliance.ComplianceChecks;
import com.eesystem.curator.domain.compliance.ComplianceRun;
import com.eesystem.curator.domain.user.UserId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The compliance_checks rows, with every recorded run also in the audit trail (issue 9: every check,
 * decision and override is audited): who ran it, on which revision, with which rule pack, and each
 * check's result.
 */
final class AuditedComplianceChecks implements ComplianceChecks {

    private final ComplianceChecks records;
    private final AuditLog audit;
    private final UserId actor;

    AuditedComplianceChecks(ComplianceChecks records, AuditLog audit, UserId actor) {
        this.records = records;
        this.audit = audit;
        this.actor = actor;
    }

    @Override
    public void record(ComplianceRun run) {
        records.record(run);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("revision", Long.toString(run.contentVersion()));
        details.put("rule_pack", run.rulePackVersion());
        details.put("result", run.overallResult().storedValue());
        for (ComplianceCheck check : run.checks()) {
            details.put(
                    "check." + check.checkType().storedValue(),
                    check.checkResult().storedValue());
        }
        audit.append(
                new AuditRecord(run.checkedAt(), actor, "compliance.checked", "content:" + run.contentId(), details));
    }

    @Override
    public void record(ComplianceCheck check) {
        records.record(check);
        audit.append(new AuditRecord(
                check.createdAt(),
                actor,
                "compliance.check_recorded",
                "content:" + check.contentId(),
                Map.of(
                        "revision",
                        Long.toString(check.contentVersion()),
                        "check." + check.checkType().storedValue(),
                        check.checkResult().storedValue())));
    }

    @Override
    public List<ComplianceCheck> history(UUID contentId) {
        return records.history(contentId);
    }
}
