package com.eesystem.curator.storage.sync;

import com.eesystem.curator.domain.audit.AuditChain;
import com.eesystem.curator.domain.audit.AuditEntry;
import com.eesystem.curator.domain.audit.AuditRecord;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.review.ContentDigest;
import com.eesystem.curator.domain.review.ReviewDecision;
import com.eesystem.curator.domain.review.ReviewSignatures;
import com.eesystem.curator.domain.review.ReviewSignatures.SignatureCheck;
import com.eesystem.curator.domain.review.Verdict;
import com.eesystem.curator.domain.sync.ChangeOperation;
import com.eesystem.curator.domain.sync.RemoteChange;
import com.eesystem.curator.domain.user.UserId;
import com.eesystem.curator.storage.codec.JsonCodec;
import com.eesystem.curator.storage.local.SqliteReviewRecords;
import com.eesystem.curator.storage.local.SqliteReviewRecords.PublishedKey;
import com.eesystem.curator.storage.local.SqliteReviewRecords.Rejection;
import com.eesystem.curator.storage.local.SqliteSyncedRows;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies pulled review records (docs/sync.md, "Signed decisions"): a reviewer's published key is kept; a
 * review decision is kept only when its Ed25519 signature verifies against a key registered for the
 * reviewer it names; an audit entry only when its hash is its content's and it continues its desktop's
 * chain. Whatever does not verify is not applied but recorded as a {@link Rejection} and reported, and
 * an approval that did not verify does not stand: the item goes back to review (a logged correction, so
 * every desktop and the team table converge on it).
 */
final class PulledReviewRecords {

    static final Set<String> ENTITIES =
            Set.of(SqliteReviewRecords.KEYS, SqliteReviewRecords.DECISIONS, SqliteReviewRecords.AUDIT);

    private static final Logger LOG = LoggerFactory.getLogger(PulledReviewRecords.class);
    private static final TypeReference<TreeMap<String, String>> DETAILS = new TypeReference<>() {};

    private final SqliteReviewRecords records;
    private final Clock clock;
    private final List<Rejection> rejected = new ArrayList<>();

    PulledReviewRecords(SqliteReviewRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    static boolean handles(RemoteChange change) {
        return ENTITIES.contains(change.entityType()) && change.operation() == ChangeOperation.UPSERT;
    }

    /**
     * Applies one pulled record inside the page's transaction; returns whether it changed this desktop
     * (a kept record or a correction).
     */
    boolean apply(SqliteSyncedRows.Transaction tx, RemoteChange change) {
        return switch (change.entityType()) {
            case SqliteReviewRecords.KEYS -> key(change);
            case SqliteReviewRecords.DECISIONS -> decision(tx, change);
            default -> auditEntry(change);
        };
    }

    /** The rejections since the last call, oldest first (the sync status and `curator sync` report them). */
    synchronized List<Rejection> takeRejections() {
        List<Rejection> taken = List.copyOf(rejected);
        rejected.clear();
        return taken;
    }

    private boolean key(RemoteChange change) {
        try {
            return records.keepPulledKey(PublishedKey.fromJson(change.payloadJson()));
        } catch (RuntimeException unreadable) {
            reject(change, "", "", "the published key is unreadable: " + unreadable.getMessage());
            return false;
        }
    }

    private boolean decision(SqliteSyncedRows.Transaction tx, RemoteChange change) {
        ReviewDecision decision;
        try {
            decision = SqliteReviewRecords.decisionOf(change.payloadJson());
        } catch (RuntimeException unreadable) {
            reject(change, "", "", "the decision is unreadable: " + unreadable.getMessage());
            return false;
        }
        Optional<String> failure = verification(decision);
        if (failure.isEmpty()) {
            return records.keepPulledDecision(decision);
        }
        reject(change, "content:" + decision.contentId(), decision.reviewer().toString(), failure.get());
        return decision.verdict() == Verdict.APPROVED && sendBackToReview(tx, decision);
    }

    /** Empty when a key registered for the decision's reviewer verifies its signature; otherwise why not. */
    private Optional<String> verification(ReviewDecision decision) {
        UserId reviewer = decision.reviewer();
        if (decision.signature().isEmpty()) {
            return Optional.of("it is not signed; decisions are accepted only with the reviewer's signature");
        }
        List<PublicKey> keys = records.keysOf(reviewer);
        if (keys.isEmpty()) {
            return Optional.of("reviewer " + reviewer + " has no registered public key (unknown key)");
        }
        for (PublicKey key : keys) {
            if (ReviewSignatures.verify(decision, key) instanceof SignatureCheck.Valid) {
                return Optional.empty();
            }
        }
        return Optional.of("the signature does not verify against the " + keys.size() + " registered key"
                + (keys.size() == 1 ? "" : "s") + " of reviewer " + reviewer
                + " (the decision was altered, or signed with another user's key)");
    }

    /**
     * An approval that did not verify must not stand: when the item is approved here and no verified
     * approval of its current body is recorded, it goes back to review as a logged local change.
     */
    private boolean sendBackToReview(SqliteSyncedRows.Transaction tx, ReviewDecision decision) {
        Optional<ContentItem> found = tx.content(decision.contentId().toString());
        if (found.isEmpty() || found.get().status() != ContentStatus.APPROVED) {
            return false;
        }
        ContentItem item = found.get();
        if (records.hasApprovalOf(item.id(), ContentDigest.of(item.body()))) {
            return false;
        }
        ContentItem back = new ContentItem(
                item.id(),
                item.version() + 1,
                item.revision(),
                item.authorId(),
                item.body(),
                ContentStatus.IN_REVIEW,
                item.complianceNotes(),
                item.performanceMetrics(),
                item.createdAt(),
                latest(item.updatedAt(), clock.instant()),
                null);
        tx.writeContent(back, true);
        LOG.warn("content {}: approval {} did not verify; sent back to review", item.id(), decision.id());
        return true;
    }

    private boolean auditEntry(RemoteChange change) {
        AuditEntry entry;
        try {
            JsonNode json = JsonCodec.instance().tree(change.payloadJson());
            AuditRecord record = new AuditRecord(
                    Instant.parse(json.path("at").asText()),
                    UserId.parse(json.path("actor_id").asText()),
                    json.path("action").asText(),
                    json.path("subject").asText(),
                    JsonCodec.instance().read(JsonCodec.instance().write(json.path("details")), DETAILS));
            entry = new AuditEntry(
                    json.path("sequence").asLong(),
                    record,
                    json.path("previous_hash").asText(),
                    json.path("hash").asText());
        } catch (RuntimeException unreadable) {
            reject(change, "", "", "the audit entry is unreadable: " + unreadable.getMessage());
            return false;
        }
        String subject = entry.record().subject();
        String actor = entry.record().actor().toString();
        if (!AuditChain.hashOf(entry.sequence(), entry.previousHash(), entry.record())
                .equals(entry.hash())) {
            reject(change, subject, actor, "audit entry " + entry.sequence() + ": its hash does not match its content");
            return false;
        }
        Optional<String> previous = entry.sequence() == 1
                ? Optional.of(AuditChain.GENESIS)
                : records.pulledAuditHash(change.originDevice(), entry.sequence() - 1);
        if (previous.isPresent() && !previous.get().equals(entry.previousHash())) {
            reject(
                    change,
                    subject,
                    actor,
                    "audit entry " + entry.sequence() + ": previous_hash does not match entry " + (entry.sequence() - 1)
                            + " of that desktop's chain");
            return false;
        }
        return records.keepPulledAuditEntry(change.originDevice(), entry);
    }

    private void reject(RemoteChange change, String subject, String actor, String reason) {
        Rejection rejection = new Rejection(
                change.originDevice(),
                change.originSequence(),
                change.entityType(),
                change.entityId(),
                subject,
                actor,
                reason,
                change.payloadJson(),
                clock.instant());
        records.reject(rejection);
        synchronized (this) {
            rejected.add(rejection);
        }
        LOG.warn("{}", rejection.describe());
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
