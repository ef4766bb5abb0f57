package com.eesystem.curator.storage.astra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.eesystem.curator.domain.compliance.CheckResult;
import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.compliance.ComplianceCheck;
import com.eesystem.curator.domain.compliance.ComplianceChecks;
import com.eesystem.curator.domain.compliance.ComplianceIssue;
import com.eesystem.curator.domain.compliance.ComplianceRun;
import com.eesystem.curator.storage.codec.JsonCodec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * compliance_checks in the team store. Every row is written whole with its id, so recording a run again
 * (a retried push) rewrites the same rows: idempotent. The rows of one run live in different partitions
 * and need no atomicity (a half-recorded run is simply not a "complete run", see {@link
 * ComplianceChecks#latestRun}), so they are sent in parallel, not in a batch. Each issue is one JSON
 * entry of the spec's {@code issues_found LIST<TEXT>} (the one Jackson codec); content_version and
 * rule_pack_version are V005's columns.
 */
public final class AstraComplianceChecks implements ComplianceChecks {

    static final String COLUMNS = "id, content_id, content_version, check_type, check_result, confidence_score,"
            + " issues_found, recommendations, reviewer_id, reviewed_at, created_at, rule_pack_version";
    /** Newest first, ties in check type order: the local store's history order. */
    static final Comparator<ComplianceCheck> NEWEST_FIRST = Comparator.comparing(ComplianceCheck::createdAt)
            .reversed()
            .thenComparing(check -> check.checkType().ordinal());

    private final CqlSession session;
    private final AstraSettings settings;
    private final PreparedStatement upsert;
    private final PreparedStatement history;

    public AstraComplianceChecks(CqlSession session, AstraSettings settings) {
        this.session = session;
        this.settings = settings;
        upsert = session.prepare(
                "INSERT INTO compliance_checks (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        history = session.prepare("SELECT " + COLUMNS + " FROM compliance_checks WHERE content_id = ?");
    }

    @Override
    public void record(ComplianceRun run) {
        CompletableFuture.allOf(run.checks().stream()
                        .map(check -> session.executeAsync(bind(check)).toCompletableFuture())
                        .toArray(CompletableFuture[]::new))
                .join();
    }

    @Override
    public void record(ComplianceCheck check) {
        session.execute(bind(check));
    }

    private BoundStatement bind(ComplianceCheck check) {
        JsonCodec codec = JsonCodec.instance();
        return upsert.bind(
                        check.id(),
                        check.contentId(),
                        check.contentVersion(),
                        check.checkType().storedValue(),
                        check.checkResult().storedValue(),
                        (float) check.confidenceScore(),
                        check.issuesFound().stream().map(codec::write).toList(),
                        check.recommendations(),
                        check.reviewerId(),
                        check.reviewedAt(),
                        check.createdAt(),
                        check.rulePackVersion())
                .setIdempotent(true);
    }

    @Override
    public List<ComplianceCheck> history(UUID contentId) {
        List<ComplianceCheck> checks = new ArrayList<>();
        for (Row row : session.execute(
                history.bind(contentId).setPageSize(settings.pageSize()).setIdempotent(true))) {
            checks.add(toCheck(row));
        }
        checks.sort(NEWEST_FIRST);
        return checks;
    }

    static ComplianceCheck toCheck(Row row) {
        JsonCodec codec = JsonCodec.instance();
        List<ComplianceIssue> issues = row.getList("issues_found", String.class).stream()
                .map(json -> codec.read(json, ComplianceIssue.class))
                .toList();
        String rulePack = row.getString("rule_pack_version");
        return new ComplianceCheck(
                row.getUuid("id"),
                row.getUuid("content_id"),
                row.isNull("content_version") ? 0 : row.getLong("content_version"),
                CheckType.fromStored(row.getString("check_type")),
                CheckResult.fromStored(row.getString("check_result")),
                AstraContentEmbeddings.widen(row.getFloat("confidence_score")),
                issues,
                row.getString("recommendations"),
                row.getUuid("reviewer_id"),
                row.getInstant("reviewed_at"),
                row.getInstant("created_at"),
                // rows imported from a spec-only export predate rule pack versions
                rulePack == null ? "unknown" : rulePack);
    }
}
