package com.eesystem.curator.storage.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.content.CheckOverride;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.queue.ComplianceReviewTask;
import com.eesystem.curator.domain.queue.ReviewPriority;
import com.eesystem.curator.domain.queue.WorkItemId;
import com.eesystem.curator.domain.review.ReviewDecision;
import com.eesystem.curator.domain.review.ReviewDecisionId;
import com.eesystem.curator.domain.review.ReviewSignatures;
import com.eesystem.curator.domain.review.ReviewSignatures.SignatureCheck;
import com.eesystem.curator.domain.review.Verdict;
import com.eesystem.curator.domain.sync.OutboxEntry;
import com.eesystem.curator.domain.user.Role;
import com.eesystem.curator.domain.user.User;
import com.eesystem.curator.domain.user.UserId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Restore of the tables no adapter rewrites on replay: review decisions (append-only, synced), user
 * profiles and review requests held for Redis (local only). Their changes exist only as outbox rows, so
 * the incremental backups must carry whole rows and the replay must put them back.
 */
class SqliteRestoreLoggedRowsTest {

    static final UserId REVIEWER = UserId.parse("00000000-0000-0000-0000-00000000b001");

    @TempDir
    Path folder;

    LocalStoreFixture.MutableClock clock = LocalStoreFixture.clock();

    @Test
    void decisionsMadeAfterTheSnapshotAreBackWithOverridesAndSignatureAndStillToBePushed() throws Exception {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        ContentItem item = ContentSamples.draft("Morning light", "a calm start", clock.instant());
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        BackupFile snapshot;
        ReviewDecision changes;
        ReviewDecision approval;
        List<List<String>> rowsAtClose;
        List<OutboxEntry> pendingAtClose;
        try (LocalStore store = LocalStore.open(settings, clock)) {
            store.contentLibrary().save(item);
            store.userProfiles().add(User.of(REVIEWER, "Rita Reviewer", Role.REVIEWER));
            store.registerReviewerKey(REVIEWER, keys.getPublic());
            snapshot = store.backups().snapshot("manual");
            clock.advance(Duration.ofMinutes(5));
            changes = decision(item, Verdict.CHANGES_REQUESTED, "Please soften the second line.", List.of());
            store.reviewDecisions().record(changes);
            clock.advance(Duration.ofMinutes(5));
            approval = ReviewSignatures.sign(
                    decision(
                            item,
                            Verdict.APPROVED,
                            "",
                            List.of(new CheckOverride(CheckType.MEDICAL_CLAIM, "quote from the approved-claims list"))),
                    keys.getPrivate());
            store.reviewDecisions().record(approval);
            rowsAtClose = decisionRows(settings.database());
            pendingAtClose = store.outbox().pending(100);
        } // closing writes the changes since the snapshot as an incremental backup
        DatabaseFiles.deleteWithCompanions(settings.database());

        LocalRestore.Restored restored = LocalRestore.restore(settings, snapshot.path(), clock);

        assertThat(restored.changesApplied()).isEqualTo(2);
        assertThat(restored.changesKeptForSync()).isZero();
        try (LocalStore store = LocalStore.open(settings, clock)) {
            assertThat(store.reviewDecisions().history(item.id())).containsExactly(changes, approval);
            assertThat(decisionRows(settings.database()))
                    .as("every column as it was written, override_reason included")
                    .isEqualTo(rowsAtClose);
            assertThat(ReviewSignatures.verify(
                            store.reviewDecisions().latest(item.id()).orElseThrow(), keys.getPublic()))
                    .isInstanceOf(SignatureCheck.Valid.class);
            assertThat(store.outbox().pending(100))
                    .as("the decisions are pushed again under their original sequences and stamps")
                    .extracting(OutboxEntry::sequence, OutboxEntry::entityId, OutboxEntry::timestamp)
                    .containsExactlyElementsOf(pendingAtClose.stream()
                            .map(e -> org.assertj.core.groups.Tuple.tuple(e.sequence(), e.entityId(), e.timestamp()))
                            .toList());
        }
    }

    @Test
    void aPointInTimeBeforeTheDecisionsHasTheContentButNotTheDecisions() throws Exception {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        ContentItem item = ContentSamples.draft("Evening walk", "slow down", clock.instant());
        BackupFile beforeDecisions;
        ReviewDecision rejection;
        try (LocalStore store = LocalStore.open(settings, clock)) {
            store.backups().snapshot("manual");
            clock.advance(Duration.ofMinutes(1));
            store.contentLibrary().save(item);
            beforeDecisions = store.backups().incremental().orElseThrow();
            clock.advance(Duration.ofMinutes(1));
            rejection = decision(item, Verdict.REJECTED, "off brand", List.of());
            store.reviewDecisions().record(rejection);
        }

        LocalRestore.restore(
                settings,
                beforeDecisions.path(),
                clock,
                LocalRestore.Mode.WITH_INCREMENTALS,
                BackupProgress.NONE,
                () -> false);

        try (LocalStore store = LocalStore.open(settings, clock)) {
            assertThat(store.contentLibrary().find(item.id())).contains(item);
            assertThat(store.reviewDecisions().history(item.id())).isEmpty();
        }

        // the later segment is still there: restoring to the latest brings the decision back
        BackupFile latest = LocalBackups.list(settings.backups()).getLast();
        LocalRestore.restore(
                settings, latest.path(), clock, LocalRestore.Mode.WITH_INCREMENTALS, BackupProgress.NONE, () -> false);
        try (LocalStore store = LocalStore.open(settings, clock)) {
            assertThat(store.reviewDecisions().history(item.id())).containsExactly(rejection);
        }
    }

    @Test
    void profilesKeysAndHeldReviewRequestsComeBackAndAreNeverPushed() throws Exception {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        ContentItem item = ContentSamples.draft("Sunrise", "breathe", clock.instant());
        ComplianceReviewTask task = new ComplianceReviewTask(item.id(), CheckType.MEDICAL_CLAIM, ReviewPriority.of(1));
        BackupFile snapshot;
        WorkItemId held;
        try (LocalStore store = LocalStore.open(settings, clock)) {
            snapshot = store.backups().snapshot("manual");
            clock.advance(Duration.ofMinutes(1));
            store.userProfiles().add(User.of(REVIEWER, "Rita Reviewer", Role.REVIEWER));
            store.registerReviewerKey(REVIEWER, keys.getPublic());
            held = SqliteLiveOutbox.of(store, clock).holdReviewRequest(task);
            assertThat(store.outbox().pending(100))
                    .as("local changes are not for the team store; the reviewer's public key is published to it")
                    .extracting(OutboxEntry::entityType)
                    .containsExactly("reviewer_keys");
        }
        DatabaseFiles.deleteWithCompanions(settings.database());

        LocalRestore.Restored restored = LocalRestore.restore(settings, snapshot.path(), clock);

        assertThat(restored.changesApplied()).isEqualTo(3);
        try (LocalStore store = LocalStore.open(settings, clock)) {
            assertThat(store.userProfiles().find(REVIEWER)).contains(User.of(REVIEWER, "Rita Reviewer", Role.REVIEWER));
            assertThat(store.reviewerKeys().publicKeyOf(REVIEWER)).contains(keys.getPublic());
            assertThat(SqliteLiveOutbox.of(store, clock).heldReviewRequests(10))
                    .containsExactly(new SqliteLiveOutbox.HeldReview(held, task));
            // the key's publication was not pushed before the loss: the restore keeps it pending
            assertThat(store.outbox().pending(100))
                    .extracting(OutboxEntry::entityType)
                    .containsExactly("reviewer_keys");
            assertThat(LocalStoreFixture.query(
                            settings.database(), "SELECT entity, local_only, pushed FROM outbox ORDER BY sequence"))
                    .containsExactly(
                            List.of("user_profiles", "1", "1"),
                            List.of("user_profiles", "1", "1"),
                            List.of("reviewer_keys", "0", "0"),
                            List.of("live_review_requests", "1", "1"));
        }
    }

    @Test
    void aDecisionRecordWrittenBeforeOverrideReasonWasCarriedGetsItDerivedFromItsOverrides() throws Exception {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        ContentItem item = ContentSamples.draft("Calm", "x", clock.instant());
        BackupFile snapshot = decisionAfterASnapshot(
                settings,
                item,
                decision(
                        item,
                        Verdict.APPROVED,
                        "",
                        List.of(
                                new CheckOverride(CheckType.MEDICAL_CLAIM, "approved claim"),
                                new CheckOverride(CheckType.BRAND_VOICE, "agreed tone"))));
        List<List<String>> written = decisionRows(settings.database());
        editSegment(settings, "\"override_reason\":\"medical_claim: approved claim\\nbrand_voice: agreed tone\",", "");

        LocalRestore.restore(settings, snapshot.path(), clock);

        assertThat(decisionRows(settings.database())).isEqualTo(written);
    }

    @Test
    void aChangeRecordMissingAColumnIsNamedAndNothingIsRestored() throws Exception {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        ContentItem item = ContentSamples.draft("Calm", "x", clock.instant());
        BackupFile snapshot = decisionAfterASnapshot(settings, item, decision(item, Verdict.REJECTED, "no", List.of()));
        editSegment(settings, "\"verdict\":\"rejected\",", "");
        byte[] current = Files.readAllBytes(settings.database());

        assertThatThrownBy(() -> LocalRestore.restore(settings, snapshot.path(), clock))
                .hasMessageContaining("change 2 (review_decisions")
                .hasMessageContaining("column verdict is missing")
                .hasMessageContaining("nothing was restored");
        assertThat(Files.readAllBytes(settings.database())).isEqualTo(current);
    }

    /** Saves {@code item}, takes a snapshot, records {@code decision} (change 2) and closes. */
    private BackupFile decisionAfterASnapshot(LocalStoreSettings settings, ContentItem item, ReviewDecision decision) {
        try (LocalStore store = LocalStore.open(settings, clock)) {
            store.contentLibrary().save(item);
            BackupFile snapshot = store.backups().snapshot("manual");
            clock.advance(Duration.ofMinutes(1));
            store.reviewDecisions().record(decision);
            return snapshot;
        }
    }

    private static void editSegment(LocalStoreSettings settings, String text, String replacement) throws Exception {
        BackupFile segment = LocalBackups.list(settings.backups()).getLast();
        String lines = Files.readString(segment.path());
        assertThat(lines).contains(text);
        Files.writeString(segment.path(), lines.replace(text, replacement));
    }

    private ReviewDecision decision(ContentItem item, Verdict verdict, String comment, List<CheckOverride> overrides) {
        return new ReviewDecision(
                ReviewDecisionId.random(),
                item.id(),
                item.version(),
                REVIEWER,
                verdict,
                comment,
                overrides,
                clock.instant(),
                Optional.empty());
    }

    private static List<List<String>> decisionRows(Path database) throws Exception {
        return LocalStoreFixture.query(
                        database,
                        "SELECT id, content_id, content_version, reviewer_id, verdict, comment, overrides,"
                                + " override_reason, decided_at, signature, signature_algorithm FROM review_decisions"
                                + " ORDER BY decided_at")
                .stream()
                .map(row -> Arrays.asList(row.toArray(String[]::new)))
                .toList();
    }
}
