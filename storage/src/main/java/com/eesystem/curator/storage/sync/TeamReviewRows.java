package com.eesystem.curator.storage.sync;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Statement;
import com.eesystem.curator.domain.sync.ChangeOperation;
import com.eesystem.curator.domain.sync.OutboxEntry;
import com.eesystem.curator.storage.codec.JsonCodec;
import com.eesystem.curator.storage.local.SqliteReviewRecords;
import com.eesystem.curator.storage.local.SqliteReviewRecords.PublishedKey;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes pushed review records to the team's lasting tables (CQL V006): reviewer keys, review decisions
 * and audit entries, exactly as the desktop pushed them. Nothing is verified here: the team store is not
 * trusted, every desktop verifies what it pulls (docs/sync.md, "Signed decisions"). The inserts are
 * idempotent, so a retried push rewrites the same row.
 */
final class TeamReviewRows {

    private static final Logger LOG = LoggerFactory.getLogger(TeamReviewRows.class);

    private final PreparedStatement insertKey;
    private final PreparedStatement insertDecision;
    private final PreparedStatement insertAudit;

    TeamReviewRows(CqlSession session) {
        this.insertKey = session.prepare(
                "INSERT INTO reviewer_keys (reviewer_id, fingerprint, algorithm, public_key, origin_device,"
                        + " registered_at) VALUES (?, ?, ?, ?, ?, ?)");
        this.insertDecision = session.prepare(
                "INSERT INTO review_decisions (content_id, decision_id, content_version, content_digest, reviewer_id,"
                        + " verdict, comment, overrides, decided_at, signature, signature_algorithm, origin_device,"
                        + " origin_sequence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.insertAudit = session.prepare(
                "INSERT INTO audit_log (origin_device, sequence, at, actor_id, action, subject, details,"
                        + " previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /** The team-table write of a pushed review record; empty for other entities (and unreadable payloads). */
    Optional<Statement<?>> statement(OutboxEntry entry) {
        if (entry.operation() != ChangeOperation.UPSERT) {
            return Optional.empty();
        }
        try {
            return switch (entry.entityType()) {
                case SqliteReviewRecords.KEYS -> Optional.of(key(entry));
                case SqliteReviewRecords.DECISIONS -> Optional.of(decision(entry));
                case SqliteReviewRecords.AUDIT -> Optional.of(audit(entry));
                default -> Optional.empty();
            };
        } catch (RuntimeException unreadable) {
            // the feed row still carries it; a desktop pulling it rejects and reports it
            LOG.warn(
                    "{} {} from {} #{} is unreadable; kept in the change feed only: {}",
                    entry.entityType(),
                    entry.entityId(),
                    entry.deviceId(),
                    entry.sequence(),
                    unreadable.getMessage());
            return Optional.empty();
        }
    }

    private Statement<?> key(OutboxEntry entry) {
        PublishedKey key = PublishedKey.fromJson(entry.payloadJson());
        return insertKey.bind(
                key.reviewer().value(),
                key.fingerprint(),
                "Ed25519",
                key.publicKey(),
                key.originDevice().value(),
                key.registeredAt());
    }

    private Statement<?> decision(OutboxEntry entry) {
        JsonNode json = JsonCodec.instance().tree(entry.payloadJson());
        return insertDecision.bind(
                UUID.fromString(json.path("content_id").asText()),
                UUID.fromString(json.path("id").asText()),
                json.path("content_version").asLong(),
                text(json, "content_digest"),
                UUID.fromString(json.path("reviewer_id").asText()),
                json.path("verdict").asText(),
                json.path("comment").asText(""),
                JsonCodec.instance().write(json.path("overrides")),
                json.path("decided_at").asText(),
                text(json, "signature"),
                text(json, "signature_algorithm"),
                entry.deviceId().value(),
                entry.sequence());
    }

    private Statement<?> audit(OutboxEntry entry) {
        JsonNode json = JsonCodec.instance().tree(entry.payloadJson());
        Instant.parse(json.path("at").asText()); // refuses a row whose time is not an instant
        return insertAudit.bind(
                entry.deviceId().value(),
                json.path("sequence").asLong(),
                json.path("at").asText(),
                UUID.fromString(json.path("actor_id").asText()),
                json.path("action").asText(),
                json.path("subject").asText(),
                JsonCodec.instance().write(json.path("details")),
                json.path("previous_hash").asText(),
                json.path("hash").asText());
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
