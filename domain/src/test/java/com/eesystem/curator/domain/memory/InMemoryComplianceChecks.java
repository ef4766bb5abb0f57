package com.eesystem.curator.domain.memory;

import com.eesystem.curator.domain.compliance.ComplianceCheck;
import com.eesystem.curator.domain.compliance.ComplianceChecks;
import com.eesystem.curator.domain.compliance.ComplianceRun;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** compliance_checks rows in a map, newest first per content item as the port promises. */
public final class InMemoryComplianceChecks implements ComplianceChecks {

    private final Map<UUID, ComplianceCheck> rows = new LinkedHashMap<>();

    @Override
    public synchronized void record(ComplianceRun run) {
        run.checks().forEach(this::record);
    }

    @Override
    public synchronized void record(ComplianceCheck check) {
        rows.put(check.id(), check);
    }

    @Override
    public synchronized List<ComplianceCheck> history(UUID contentId) {
        return rows.values().stream()
                .filter(check -> check.contentId().equals(contentId))
                .sorted(Comparator.comparing(ComplianceCheck::createdAt)
                        .reversed()
                        .thenComparing(ComplianceCheck::checkType))
                .toList();
    }
}
