package com.eesystem.curator.storage.local;

import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.content.CheckOverride;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.invariant.Invariants;
import com.eesystem.curator.domain.review.ContentDigest;
import com.eesystem.curator.domain.review.ReviewDecision;
import com.eesystem.curator.domain.review.ReviewDecisionId;
import com.eesystem.curator.domain.review.ReviewDecisions;
import com.eesystem.curator.domain.review.ReviewSignature;
import com.eesystem.curator.domain.review.ReviewSignatures;
import com.eesystem.curator.domain.review.Verdict;
import com.eesystem.curator.domain.sync.ChangeOperation;
import com.eesystem.curator.domain.user.UserId;
import com.eesystem.curator.storage.codec.JsonCodec;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * review_decisions rows kept offline: the review desk's decision history and what the sync engine pushes
 * (and the team side verifies the signatures of) later. Append-only: a second record of the same id is
 * refused by the primary key, a change by the table's triggers.
 */
final class SqliteReviewDecisions implements ReviewDecisions {

    static final String ENTITY = "review_decisions";
    private static final TypeReference<List<Map<String, String>>> OVERRIDES = new TypeReference<>() {};
    /** Append-only: a replayed decision the table already holds is the same decision. */
    static final RowImage.Table ROWS = new RowImage.Table(
            ENTITY,
            "id",
            List.of(
                    "id",
                    "content_id",
                    "content_version",
                    "reviewer_id",
                    "verdict",
                    "comment",
                    "overrides",
                    "override_reason",
                    "decided_at",
                    "signature",
                    "signature_algorithm",
                    "content_digest"),
            RowImage.OnConflict.KEEP);

    private static final String COLUMNS = String.join(", ", ROWS.columns());

    private final LocalDatabase database;
    private final OutboxWriter outbox;
    private final JsonCodec codec = JsonCodec.instance();

    SqliteReviewDecisions(LocalDatabase database, OutboxWriter outbox) {
        this.database = database;
        this.outbox = outbox;
    }

    @Override
    public void record(ReviewDecision decision) {
        Invariants.notNull("decision", decision);
        database.write("recording review decision " + decision.id(), connection -> {
            RowImage row = row(decision);
            row.insertNew(connection);
            outbox.append(connection, ENTITY, decision.id().toString(), ChangeOperation.UPSERT, row.payload());
            return null;
        });
    }

    /**
     * Puts a decision back from its change record (restore). Records written before V13 carry no
     * override_reason: it is derived from their overrides, as {@link #record} derives it.
     */
    static boolean restore(Connection connection, JsonNode payload) throws SQLException {
        if (!payload.has("override_reason") && payload instanceof ObjectNode older) {
            List<String> reasons = new ArrayList<>();
            older.path("overrides")
                    .forEach(o -> reasons.add(o.path("check_type").asText() + ": "
                            + o.path("reason").asText()));
            older.put("override_reason", reasons.isEmpty() ? null : String.join("\n", reasons));
        }
        return ROWS.restore(connection, payload);
    }

    @Override
    public List<ReviewDecision> history(ContentId contentId) {
        Invariants.notNull("content_id", contentId);
        return database.read("reading the review decisions on " + contentId, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM review_decisions WHERE content_id = ? ORDER BY rowid")) {
                select.setString(1, contentId.toString());
                List<ReviewDecision> decisions = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        decisions.add(decision(rows));
                    }
                }
                // decided_at is ISO text of varying precision, which does not sort as text; stable: ties keep
                // the order they were recorded in
                decisions.sort(Comparator.comparing(ReviewDecision::decidedAt));
                return decisions;
            }
        });
    }

    @Override
    public Optional<ReviewDecision> latest(ContentId contentId) {
        List<ReviewDecision> history = history(contentId);
        return history.isEmpty() ? Optional.empty() : Optional.of(history.getLast());
    }

    private ReviewDecision decision(ResultSet row) throws SQLException {
        String id = row.getString("id");
        try {
            List<CheckOverride> overrides = codec.read(row.getString("overrides"), OVERRIDES).stream()
                    .map(o -> new CheckOverride(CheckType.fromStored(o.get("check_type")), o.get("reason")))
                    .toList();
            String signature = row.getString("signature");
            return new ReviewDecision(
                    ReviewDecisionId.parse(id),
                    ContentId.parse(row.getString("content_id")),
                    row.getLong("content_version"),
                    UserId.parse(row.getString("reviewer_id")),
                    Verdict.fromStored(row.getString("verdict")),
                    row.getString("comment"),
                    overrides,
                    Instant.parse(row.getString("decided_at")),
                    Optional.ofNullable(signature).map(ReviewSignature::fromBase64),
                    Optional.ofNullable(row.getString("content_digest")).map(ContentDigest::new));
        } catch (RuntimeException unreadable) {
            throw new IllegalStateException(
                    "review_decisions row " + id + ": cannot be read (" + unreadable.getMessage() + ")", unreadable);
        }
    }

    /** Whether a decision with this id is recorded here (a pulled decision is recorded once). */
    boolean has(ReviewDecisionId id) {
        return database.write("looking up review decision " + id, connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT 1 FROM review_decisions WHERE id = ?")) {
                select.setString(1, id.toString());
                try (ResultSet row = select.executeQuery()) {
                    return row.next();
                }
            }
        });
    }

    /**
     * A decision as another desktop pushed it ({@link #payload}); fails naming the field that does not
     * parse, so a damaged or forged row is reported, never half-read.
     */
    static ReviewDecision fromPayload(String json) {
        JsonNode node = JsonCodec.instance().tree(json);
        List<CheckOverride> overrides = new ArrayList<>();
        for (JsonNode override : node.path("overrides")) {
            overrides.add(new CheckOverride(
                    CheckType.fromStored(override.path("check_type").asText()),
                    override.path("reason").asText()));
        }
        return new ReviewDecision(
                ReviewDecisionId.parse(text(node, "id")),
                ContentId.parse(text(node, "content_id")),
                node.path("content_version").asLong(0),
                UserId.parse(text(node, "reviewer_id")),
                Verdict.fromStored(text(node, "verdict")),
                node.path("comment").asText(""),
                overrides,
                Instant.parse(text(node, "decided_at")),
                optionalText(node, "signature").map(ReviewSignature::fromBase64),
                optionalText(node, "content_digest").map(ContentDigest::new));
    }

    private static String text(JsonNode node, String field) {
        return optionalText(node, field)
                .orElseThrow(() -> new IllegalArgumentException("review decision: " + field + " is missing"));
    }

    private static Optional<String> optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    private static List<Map<String, String>> overrides(ReviewDecision decision) {
        return decision.overrides().stream()
                .map(o -> Map.of("check_type", o.checkType().storedValue(), "reason", o.reason()))
                .toList();
    }

    /** The reasons of every override, one per line, for reading the table without parsing JSON. */
    private static String overrideReason(ReviewDecision decision) {
        return decision.overrides().isEmpty()
                ? null
                : decision.overrides().stream()
                        .map(o -> o.checkType().storedValue() + ": " + o.reason())
                        .collect(Collectors.joining("\n"));
    }

    /**
     * The row and the change record at once: the payload carries every column (the signature and the
     * derived override_reason included), so a restore puts the row back exactly from it.
     */
    private RowImage row(ReviewDecision decision) {
        return ROWS.image()
                .with("id", decision.id().toString())
                .with("content_id", decision.contentId().toString())
                .with("content_version", decision.contentRevision())
                .with("reviewer_id", decision.reviewer().toString())
                .with("verdict", decision.verdict().storedValue())
                .with("comment", decision.comment())
                .with("overrides", overrides(decision))
                .with("override_reason", overrideReason(decision))
                .with("decided_at", decision.decidedAt().toString())
                .with(
                        "signature",
                        decision.signature().map(ReviewSignature::base64).orElse(null))
                .with("signature_algorithm", decision.signature().isPresent() ? ReviewSignatures.ALGORITHM : null)
                .with(
                        "content_digest",
                        decision.contentDigest().map(ContentDigest::hex).orElse(null));
    }
}
