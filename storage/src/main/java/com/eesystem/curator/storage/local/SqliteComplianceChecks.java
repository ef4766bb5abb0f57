package com.eesystem.curator.storage.local;

import com.eesystem.curator.domain.compliance.ComplianceCheck;
import com.eesystem.curator.domain.compliance.ComplianceChecks;
import com.eesystem.curator.domain.compliance.ComplianceRun;
import com.eesystem.curator.domain.sync.ChangeOperation;
import com.eesystem.curator.storage.codec.JsonCodec;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * compliance_checks rows kept offline, so the review desk shows a check history and the approval gate
 * works without a network. Each row is synced: its outbox row goes in the same transaction.
 */
final class SqliteComplianceChecks implements ComplianceChecks {

    static final String ENTITY = "compliance_checks";

    // records with derived getters (ComplianceIssue.isCritical) write them as extra fields; a reader derived
    // from the one codec mapper skips them instead of failing
    private static final ObjectReader READER = JsonCodec.instance()
            .mapper()
            .readerFor(ComplianceCheck.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final LocalDatabase database;
    private final OutboxWriter outbox;
    private final JsonCodec codec = JsonCodec.instance();

    SqliteComplianceChecks(LocalDatabase database, OutboxWriter outbox) {
        this.database = database;
        this.outbox = outbox;
    }

    @Override
    public void record(ComplianceRun run) {
        database.write("recording the compliance run of " + run.contentId(), connection -> {
            for (ComplianceCheck check : run.checks()) {
                write(connection, check);
            }
            return null;
        });
    }

    @Override
    public void record(ComplianceCheck check) {
        database.write("recording compliance check " + check.id(), connection -> write(connection, check));
    }

    @Override
    public List<ComplianceCheck> history(UUID contentId) {
        return database.read("reading the compliance history of " + contentId, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT check_data FROM compliance_checks WHERE content_id = ? ORDER BY created_at DESC")) {
                select.setString(1, contentId.toString());
                List<ComplianceCheck> checks = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        checks.add(READER.readValue(rows.getString(1)));
                    }
                }
                checks.sort(Comparator.comparing(ComplianceCheck::createdAt)
                        .reversed()
                        .thenComparing(check -> check.checkType().ordinal()));
                return checks;
            }
        });
    }

    private Void write(Connection connection, ComplianceCheck check) throws SQLException {
        String json = codec.write(check);
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT OR REPLACE INTO compliance_checks (id, content_id, content_version, check_type, check_result,
                  confidence_score, issues_found, recommendations, reviewer_id, reviewed_at, created_at,
                  rule_pack_version, check_data)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)) {
            upsert.setString(1, check.id().toString());
            upsert.setString(2, check.contentId().toString());
            upsert.setLong(3, check.contentVersion());
            upsert.setString(4, check.checkType().storedValue());
            upsert.setString(5, check.checkResult().storedValue());
            upsert.setDouble(6, check.confidenceScore());
            upsert.setString(7, codec.write(check.issuesFound()));
            upsert.setString(8, check.recommendations());
            upsert.setString(
                    9, check.reviewerId() == null ? null : check.reviewerId().toString());
            upsert.setString(10, Timestamps.text(check.reviewedAt()));
            upsert.setString(11, Timestamps.text(check.createdAt()));
            upsert.setString(12, check.rulePackVersion());
            upsert.setString(13, json);
            upsert.executeUpdate();
        }
        outbox.append(connection, ENTITY, check.id().toString(), ChangeOperation.UPSERT, json);
        return null;
    }
}
