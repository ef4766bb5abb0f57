package com.eesystem.curator.storage.local;

import com.eesystem.curator.domain.audit.AuditEntry;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.invariant.Invariants;
import com.eesystem.curator.domain.review.ContentDigest;
import com.eesystem.curator.domain.review.ReviewDecision;
import com.eesystem.curator.domain.review.ReviewSignatures;
import com.eesystem.curator.domain.review.ReviewerKeys;
import com.eesystem.curator.domain.sync.ChangeOperation;
import com.eesystem.curator.domain.sync.DeviceId;
import com.eesystem.curator.domain.sync.RejectedChange;
import com.eesystem.curator.domain.user.UserId;
import com.eesystem.curator.storage.codec.JsonCodec;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The review records a desktop shares with the team (docs/sync.md, "Signed decisions"): the reviewers'
 * Ed25519 public keys (registered here and published through the outbox, or pulled), the decisions and
 * audit entries pulled from other desktops, and the pulled changes that were rejected because their
 * signature or hash did not verify. The pull side runs inside the sync engine's transaction: every method
 * writes through {@link LocalDatabase#write}, which joins the caller's transaction on the writer.
 */
public final class SqliteReviewRecords implements ReviewerKeys {

    /** The synced entity of a reviewer's public key; its id is {@code <reviewer>:<fingerprint>}. */
    public static final String KEYS = "reviewer_keys";

    public static final String DECISIONS = SqliteReviewDecisions.ENTITY;
    public static final String AUDIT = SqliteAuditLog.ENTITY;

    private final LocalDatabase database;
    private final OutboxWriter outbox;
    private final Clock clock;

    SqliteReviewRecords(LocalDatabase database, OutboxWriter outbox, Clock clock) {
        this.database = database;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A reviewer key as it travels: who it belongs to, the key (X.509, base64) and where it was made. */
    public record PublishedKey(UserId reviewer, String publicKey, DeviceId originDevice, Instant registeredAt) {
        public PublishedKey {
            Invariants.notNull("reviewer_id", reviewer);
            Invariants.nonBlank("public_key", publicKey);
            Invariants.notNull("origin_device", originDevice);
            Invariants.notNull("registered_at", registeredAt);
            decode(reviewer, publicKey); // refuses what is not an Ed25519 key, naming the reviewer
        }

        public String fingerprint() {
            return fingerprintOf(Base64.getDecoder().decode(publicKey));
        }

        /** The published form (the outbox payload and the team table's columns). */
        public String toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("reviewer_id", reviewer.toString());
            json.put("fingerprint", fingerprint());
            json.put("algorithm", ReviewSignatures.ALGORITHM);
            json.put("public_key", publicKey);
            json.put("origin_device", originDevice.value());
            json.put("registered_at", registeredAt.toString());
            return JsonCodec.instance().write(json);
        }

        public static PublishedKey fromJson(String json) {
            var node = JsonCodec.instance().tree(json);
            return new PublishedKey(
                    UserId.parse(node.path("reviewer_id").asText()),
                    node.path("public_key").asText(),
                    DeviceId.of(node.path("origin_device").asText()),
                    Instant.parse(node.path("registered_at").asText()));
        }
    }

    /**
     * A pulled change that was not applied, and why.
     *
     * @param subject what it was about, e.g. {@code content:<id>}
     * @param actor the reviewer or actor it names
     */
    public record Rejection(
            DeviceId originDevice,
            long originSequence,
            String entity,
            String entityId,
            String subject,
            String actor,
            String reason,
            String payload,
            Instant detectedAt) {

        /** As the domain shows it. */
        public RejectedChange shown() {
            return new RejectedChange(entity, entityId, subject, actor, originDevice.value(), reason, detectedAt);
        }

        /** One line for a status bar or a command's output, naming the item and the reviewer. */
        public String describe() {
            return shown().describe();
        }
    }

    /**
     * Registers the key pair made for a local profile: the profile's public key (user_profiles), the
     * desktop's list of reviewer keys, and an outbox row that publishes the key to the team, in one write.
     */
    public PublishedKey registerOwnKey(UserId reviewer, PublicKey key) {
        Invariants.notNull("reviewer", reviewer);
        Invariants.notNull("public key", key);
        if (!ReviewSignatures.ALGORITHM.equalsIgnoreCase(key.getAlgorithm())
                && !"EdDSA".equalsIgnoreCase(key.getAlgorithm())) {
            throw new IllegalArgumentException("public key: " + key.getAlgorithm() + " is not Ed25519");
        }
        PublishedKey published = new PublishedKey(
                reviewer, Base64.getEncoder().encodeToString(key.getEncoded()), outbox.deviceId(), clock.instant());
        database.write("registering the key of reviewer " + reviewer, connection -> {
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE user_profiles SET public_key = ? WHERE id = ?")) {
                update.setString(1, published.publicKey());
                update.setString(2, reviewer.toString());
                if (update.executeUpdate() == 0) {
                    throw new IllegalArgumentException("reviewer: " + reviewer + " has no profile on this computer");
                }
            }
            // the profile row with its key goes into the incremental backup too (a restore brings it back)
            SqliteUserProfiles.logRow(outbox, connection, reviewer);
            insertKey(published);
            outbox.append(
                    connection,
                    KEYS,
                    reviewer + ":" + published.fingerprint(),
                    ChangeOperation.UPSERT,
                    published.toJson());
            return null;
        });
        return published;
    }

    /** Keeps a key another desktop published; false when it was known already. */
    public boolean keepPulledKey(PublishedKey key) {
        return insertKey(key);
    }

    private boolean insertKey(PublishedKey key) {
        return database.write("keeping the key of reviewer " + key.reviewer(), connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO reviewer_keys (reviewer_id, fingerprint, public_key, origin_device, registered_at)"
                            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setString(1, key.reviewer().toString());
                insert.setString(2, key.fingerprint());
                insert.setString(3, key.publicKey());
                insert.setString(4, key.originDevice().value());
                insert.setString(5, key.registeredAt().toString());
                return insert.executeUpdate() > 0;
            }
        });
    }

    @Override
    public Optional<PublicKey> publicKeyOf(UserId reviewer) {
        List<PublicKey> keys = keysOf(reviewer);
        return keys.isEmpty() ? Optional.empty() : Optional.of(keys.getLast());
    }

    @Override
    public List<PublicKey> publicKeysOf(UserId reviewer) {
        return keysOf(reviewer);
    }

    /**
     * Every public key known for the reviewer, oldest first: the ones in reviewer_keys and the profile's
     * (a key registered before V14 is only there). Read on the writer, so inside a pull too.
     */
    public List<PublicKey> keysOf(UserId reviewer) {
        Invariants.notNull("reviewer", reviewer);
        List<String> encoded = database.write("reading the keys of reviewer " + reviewer, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT public_key FROM (SELECT public_key, registered_at FROM reviewer_keys WHERE reviewer_id = ?"
                            + " UNION SELECT public_key, '' FROM user_profiles WHERE id = ? AND public_key IS NOT NULL)"
                            + " ORDER BY registered_at")) {
                select.setString(1, reviewer.toString());
                select.setString(2, reviewer.toString());
                List<String> keys = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        if (!keys.contains(rows.getString(1))) {
                            keys.add(rows.getString(1));
                        }
                    }
                }
                return keys;
            }
        });
        return encoded.stream().map(text -> decode(reviewer, text)).toList();
    }

    /** A decision as another desktop pushed it; fails naming the field that does not parse. */
    public static ReviewDecision decisionOf(String payload) {
        return SqliteReviewDecisions.fromPayload(payload);
    }

    /** Records a decision another desktop made (without an outbox row); false when it is here already. */
    public boolean keepPulledDecision(ReviewDecision decision) {
        return database.write("keeping pulled review decision " + decision.id(), connection -> {
            SqliteReviewDecisions decisions = new SqliteReviewDecisions(database, outbox.muted());
            if (decisions.has(decision.id())) {
                return false;
            }
            decisions.record(decision);
            return true;
        });
    }

    /**
     * Whether an approval of exactly this body is recorded: one made here, or one pulled and verified
     * (nothing else is ever kept in review_decisions).
     */
    public boolean hasApprovalOf(ContentId content, ContentDigest body) {
        return database.write("looking up the approvals of " + content, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT 1 FROM review_decisions WHERE content_id = ? AND verdict = 'approved'"
                            + " AND content_digest = ? LIMIT 1")) {
                select.setString(1, content.toString());
                select.setString(2, body.hex());
                try (ResultSet row = select.executeQuery()) {
                    return row.next();
                }
            }
        });
    }

    /** The hash of another desktop's audit entry, when it was pulled. */
    public Optional<String> pulledAuditHash(DeviceId origin, long sequence) {
        return database.write("reading pulled audit entry " + origin.value() + " #" + sequence, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT hash FROM team_audit_log WHERE origin_device = ? AND sequence = ?")) {
                select.setString(1, origin.value());
                select.setLong(2, sequence);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** Keeps another desktop's audit entry (its hash checked by the caller); false when it is here already. */
    public boolean keepPulledAuditEntry(DeviceId origin, AuditEntry entry) {
        return database.write("keeping pulled audit entry " + origin.value() + " #" + entry.sequence(), connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO team_audit_log (origin_device, sequence, at, actor_id, action, subject, details,"
                            + " previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setString(1, origin.value());
                insert.setLong(2, entry.sequence());
                insert.setString(3, entry.record().at().toString());
                insert.setString(4, entry.record().actor().toString());
                insert.setString(5, entry.record().action());
                insert.setString(6, entry.record().subject());
                insert.setString(7, JsonCodec.instance().write(entry.record().details()));
                insert.setString(8, entry.previousHash());
                insert.setString(9, entry.hash());
                return insert.executeUpdate() > 0;
            }
        });
    }

    /** Records a pulled change that was not applied (once per feed row). */
    public void reject(Rejection rejection) {
        database.write("recording a rejected " + rejection.entity() + " " + rejection.entityId(), connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO rejected_changes (origin_device, origin_sequence, entity, entity_id, subject,"
                            + " actor_id, reason, payload, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                            + " ON CONFLICT DO NOTHING")) {
                insert.setString(1, rejection.originDevice().value());
                insert.setLong(2, rejection.originSequence());
                insert.setString(3, rejection.entity());
                insert.setString(4, rejection.entityId());
                insert.setString(5, rejection.subject());
                insert.setString(6, rejection.actor());
                insert.setString(7, rejection.reason());
                insert.setString(8, rejection.payload());
                insert.setString(9, rejection.detectedAt().toString());
                return insert.executeUpdate();
            }
        });
    }

    /** The rejected changes detected at or after {@code since}, oldest first. */
    public List<Rejection> rejectionsSince(Instant since) {
        return database.read("reading rejected changes", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT origin_device, origin_sequence, entity, entity_id, subject, actor_id, reason, payload,"
                            + " detected_at FROM rejected_changes ORDER BY detected_at, origin_device, origin_sequence")) {
                List<Rejection> found = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Instant detected = Instant.parse(rows.getString(9));
                        if (!detected.isBefore(since)) {
                            found.add(new Rejection(
                                    DeviceId.of(rows.getString(1)),
                                    rows.getLong(2),
                                    rows.getString(3),
                                    rows.getString(4),
                                    rows.getString(5),
                                    rows.getString(6),
                                    rows.getString(7),
                                    rows.getString(8),
                                    detected));
                        }
                    }
                }
                return found;
            }
        });
    }

    /** Every rejected change, oldest first. */
    public List<Rejection> rejections() {
        return rejectionsSince(Instant.EPOCH);
    }

    static PublicKey decode(UserId reviewer, String base64) {
        try {
            return KeyFactory.getInstance(ReviewSignatures.ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException unreadable) {
            throw new IllegalArgumentException(
                    "public_key of reviewer " + reviewer + ": not an Ed25519 key (" + unreadable.getMessage() + ")",
                    unreadable);
        }
    }

    static String fingerprintOf(byte[] encoded) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(encoded));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", missing);
        }
    }
}
