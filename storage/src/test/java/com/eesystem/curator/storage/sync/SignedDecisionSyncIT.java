package com.eesystem.curator.storage.sync;

import static com.eesystem.curator.storage.sync.SyncDesktops.draft;
import static com.eesystem.curator.storage.sync.SyncDesktops.withStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.eesystem.curator.domain.audit.AuditRecord;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.review.ContentDigest;
import com.eesystem.curator.domain.review.ReviewDecision;
import com.eesystem.curator.domain.review.ReviewDecisionId;
import com.eesystem.curator.domain.review.ReviewSignatures;
import com.eesystem.curator.domain.review.Verdict;
import com.eesystem.curator.domain.user.Role;
import com.eesystem.curator.domain.user.User;
import com.eesystem.curator.domain.user.UserId;
import com.eesystem.curator.storage.codec.JsonCodec;
import com.eesystem.curator.storage.local.SqliteReviewRecords.Rejection;
import com.eesystem.curator.storage.sync.SyncDesktops.Desktop;
import com.eesystem.curator.testsupport.CassandraServer;
import com.eesystem.curator.testsupport.CassandraServerExtension;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signed review decisions between two desktops, on real SQLite files and the real Cassandra: Rita approves
 * offline on Ben's desktop, both sync, and Ann's desktop keeps the decision only when its Ed25519 signature
 * verifies against a key registered for Rita; a tampered row, an unknown key or another user's key is
 * rejected, recorded and reported, and an approval that did not verify does not stand.
 */
@ExtendWith(CassandraServerExtension.class)
class SignedDecisionSyncIT {

    private static final String KEYSPACE = SyncDesktops.keyspaceFor(SignedDecisionSyncIT.class);

    private static SyncDesktops.Team team;
    private static CqlSession session;

    @TempDir
    Path folder;

    private Desktop ann;
    private Desktop ben;
    private final User rita = User.of(UserId.random(), "Rita Reviewer", Role.REVIEWER);
    private final User sam = User.of(UserId.random(), "Sam Reviewer", Role.REVIEWER);
    private KeyPair ritasKeys;
    private KeyPair samsKeys;
    private ContentItem waiting;

    @BeforeAll
    static void teamStore(CassandraServer server) {
        team = SyncDesktops.Team.open(server, KEYSPACE);
        session = team.session();
    }

    @AfterAll
    static void drop() {
        team.close();
    }

    @BeforeEach
    void twoDesktopsAndAnItemInReview() throws Exception {
        team.truncate(List.of(
                "change_feed", "change_receipts", "content_library", "review_decisions", "reviewer_keys", "audit_log"));
        ann = Desktop.open(folder.resolve("ann"), Clock.systemUTC(), session, 50, 40);
        ben = Desktop.open(folder.resolve("ben"), Clock.systemUTC(), session, 50, 40);
        ritasKeys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        samsKeys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        // Rita and Sam review on Ben's desktop: their key pairs are made and published there
        ben.store().userProfiles().add(rita);
        ben.store().userProfiles().add(sam);
        ben.store().registerReviewerKey(rita.id(), ritasKeys.getPublic());
        ben.store().registerReviewerKey(sam.id(), samsKeys.getPublic());

        waiting = ann.save(withStatus(
                ann.save(draft("Morning light", "A calm start to the day.", Instant.now())),
                ContentStatus.IN_REVIEW,
                Instant.now()));
        ann.sync();
        ben.sync();
    }

    @AfterEach
    void close() {
        ann.close();
        ben.close();
    }

    @Test
    void anApprovalMadeOfflineOnOneDesktopArrivesVerifiedOnTheOther() {
        ReviewDecision approval = approveOnBen(rita.id(), ritasKeys.getPrivate(), "Reads well.");
        ben.store()
                .auditLog()
                .append(new AuditRecord(
                        approval.decidedAt(),
                        rita.id(),
                        "review.approved",
                        "content:" + waiting.id(),
                        Map.of("decision_id", approval.id().toString())));

        ben.sync();
        ann.sync();

        assertThat(ann.engine().takeRejections()).isEmpty();
        assertThat(ann.store().reviewDecisions().latest(waiting.id())).contains(approval);
        assertThat(ann.item(waiting.id()).status()).isEqualTo(ContentStatus.APPROVED);
        // Rita's key arrived with the decision, so Ann's desktop can verify her next ones too
        assertThat(ann.store().reviewerKeys().publicKeysOf(rita.id())).containsExactly(ritasKeys.getPublic());
        assertThat(ann.rows().reviewRecords().pulledAuditHash(ben.rows().deviceId(), 1))
                .isEqualTo(ben.store().auditLog().head().map(entry -> entry.hash()));
        // the team's lasting record: the key, the decision as signed, the audit entry
        Row stored = session.execute(
                        "SELECT signature, content_digest, verdict FROM review_decisions WHERE content_id = ?",
                        waiting.id().value())
                .one();
        assertThat(stored).isNotNull();
        assertThat(stored.getString("signature"))
                .isEqualTo(approval.signature().orElseThrow().base64());
        assertThat(stored.getString("content_digest"))
                .isEqualTo(approval.contentDigest().orElseThrow().hex());
        assertThat(count("SELECT count(*) FROM reviewer_keys")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM audit_log")).isEqualTo(1);
    }

    @Test
    void aDecisionTamperedWithInTheTeamStoreIsRejectedReportedAndItsApprovalDoesNotStand() {
        ReviewDecision approval = approveOnBen(rita.id(), ritasKeys.getPrivate(), "Reads well.");
        ben.sync();
        tamper(feedRowOf(approval), "comment", "Reads well. Also cures insomnia.");

        ann.sync();

        List<Rejection> reported = ann.engine().takeRejections();
        assertThat(reported).hasSize(1);
        assertThat(reported.getFirst().describe())
                .contains("review decision " + approval.id())
                .contains("content:" + waiting.id())
                .contains("by " + rita.id())
                .contains("signature does not verify");
        assertThat(ann.rows().reviewRecords().rejections()).containsExactlyElementsOf(reported);
        assertThat(ann.store().reviewDecisions().history(waiting.id())).isEmpty();
        assertThat(ann.item(waiting.id()).status()).isEqualTo(ContentStatus.IN_REVIEW);
        // reported once: a second sync pulls nothing new and rejects nothing again
        ann.sync();
        assertThat(ann.engine().takeRejections()).isEmpty();
        assertThat(ann.rows().reviewRecords().rejections()).hasSize(1);
    }

    @Test
    void aDecisionSignedWithAKeyNobodyRegisteredIsRejected() throws Exception {
        KeyPair unregistered = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        ReviewDecision approval = approveOnBen(rita.id(), unregistered.getPrivate(), "Looks fine.");

        ben.sync();
        ann.sync();

        assertThat(ann.engine().takeRejections())
                .singleElement()
                .satisfies(rejected -> assertThat(rejected.describe())
                        .contains("review decision " + approval.id())
                        .contains("does not verify against the 1 registered key of reviewer " + rita.id()));
        assertThat(ann.store().reviewDecisions().history(waiting.id())).isEmpty();
        assertThat(ann.item(waiting.id()).status()).isEqualTo(ContentStatus.IN_REVIEW);
    }

    @Test
    void aDecisionInTheNameOfAReviewerWithoutAKeyIsRejectedAsUnknown() throws Exception {
        UserId uma = UserId.random();
        ReviewDecision decision = ReviewSignatures.sign(
                decisionOn(uma, Verdict.CHANGES_REQUESTED, "Shorter, please."),
                KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate());
        ben.store().reviewDecisions().record(decision);

        ben.sync();
        ann.sync();

        assertThat(ann.engine().takeRejections())
                .singleElement()
                .satisfies(rejected -> assertThat(rejected.reason())
                        .isEqualTo("reviewer " + uma + " has no registered public key (unknown key)"));
        assertThat(ann.store().reviewDecisions().history(waiting.id())).isEmpty();
    }

    @Test
    void aDecisionSignedWithAnotherReviewersKeyIsRejected() {
        // Sam signs a decision in Rita's name with his own (registered) key
        ReviewDecision approval = approveOnBen(rita.id(), samsKeys.getPrivate(), "Approved for Rita.");

        ben.sync();
        ann.sync();

        assertThat(ann.engine().takeRejections()).singleElement().satisfies(rejected -> {
            assertThat(rejected.entityId()).isEqualTo(approval.id().toString());
            assertThat(rejected.actor()).isEqualTo(rita.id().toString());
            assertThat(rejected.reason()).contains("signed with another user's key");
        });
        assertThat(ann.item(waiting.id()).status()).isEqualTo(ContentStatus.IN_REVIEW);
        // Sam's own decisions still verify: his key is known on Ann's desktop
        assertThat(ann.store().reviewerKeys().publicKeysOf(sam.id())).containsExactly(samsKeys.getPublic());
    }

    @Test
    void anAuditEntryAlteredInTheTeamStoreIsRejected() {
        ben.store()
                .auditLog()
                .append(new AuditRecord(
                        Instant.now(), rita.id(), "review.approved", "content:" + waiting.id(), Map.of()));
        ben.sync();
        tamper(
                feedRows().stream()
                        .filter(row -> row.getString("entity_type").equals("audit_log"))
                        .findFirst()
                        .orElseThrow(),
                "action",
                "review.rejected");

        ann.sync();

        assertThat(ann.engine().takeRejections())
                .singleElement()
                .satisfies(rejected -> assertThat(rejected.reason()).contains("hash does not match"));
        assertThat(ann.rows().reviewRecords().pulledAuditHash(ben.rows().deviceId(), 1))
                .isEmpty();
    }

    /** Rita (or whoever {@code reviewer} is) approves the waiting item on Ben's desktop, offline. */
    private ReviewDecision approveOnBen(UserId reviewer, PrivateKey signingKey, String comment) {
        ContentItem onBen = ben.item(waiting.id());
        ben.save(withStatus(onBen, ContentStatus.APPROVED, Instant.now()));
        ReviewDecision signed = ReviewSignatures.sign(decisionOn(reviewer, Verdict.APPROVED, comment), signingKey);
        ben.store().reviewDecisions().record(signed);
        return signed;
    }

    private ReviewDecision decisionOn(UserId reviewer, Verdict verdict, String comment) {
        ContentItem onBen = ben.item(waiting.id());
        return new ReviewDecision(
                        ReviewDecisionId.random(),
                        onBen.id(),
                        onBen.revision(),
                        reviewer,
                        verdict,
                        comment,
                        List.of(),
                        Instant.now(),
                        Optional.empty())
                .boundTo(ContentDigest.of(onBen.body()));
    }

    private Row feedRowOf(ReviewDecision decision) {
        return feedRows().stream()
                .filter(row -> row.getString("entity_type").equals("review_decisions")
                        && row.getString("entity_id").equals(decision.id().toString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("decision " + decision.id() + " is not in the change feed"));
    }

    /** Changes one field of a feed row's payload in Cassandra, as someone with write access could. */
    private void tamper(Row feedRow, String field, String value) {
        ObjectNode payload = (ObjectNode) JsonCodec.instance().tree(feedRow.getString("payload"));
        payload.put(field, value);
        session.execute(
                "UPDATE change_feed SET payload = ? WHERE bucket = ? AND change_id = ?",
                JsonCodec.instance().write(payload),
                feedRow.getString("bucket"),
                feedRow.getUuid("change_id"));
    }

    private List<Row> feedRows() {
        return session.execute("SELECT bucket, change_id, entity_type, entity_id, payload FROM change_feed")
                .all();
    }

    private long count(String cql) {
        return session.execute(cql).one().getLong(0);
    }
}
