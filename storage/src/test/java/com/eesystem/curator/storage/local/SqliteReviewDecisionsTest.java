package com.eesystem.curator.storage.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.content.CheckOverride;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.review.ContentDigest;
import com.eesystem.curator.domain.review.ReviewDecision;
import com.eesystem.curator.domain.review.ReviewDecisionId;
import com.eesystem.curator.domain.review.ReviewDecisions;
import com.eesystem.curator.domain.review.ReviewSignatures;
import com.eesystem.curator.domain.review.ReviewSignatures.SignatureCheck;
import com.eesystem.curator.domain.review.Verdict;
import com.eesystem.curator.domain.user.Role;
import com.eesystem.curator.domain.user.User;
import com.eesystem.curator.domain.user.UserId;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteReviewDecisionsTest {

    static final UserId REVIEWER = UserId.parse("00000000-0000-0000-0000-00000000b001");

    @TempDir
    Path folder;

    LocalStoreFixture.MutableClock clock = LocalStoreFixture.clock();
    LocalStore store;
    ReviewDecisions decisions;
    Path database;
    final ContentId content = ContentId.random();

    @BeforeEach
    void open() {
        store = LocalStore.open(LocalStoreFixture.settings(folder), clock);
        decisions = store.reviewDecisions();
        database = store.settings().database();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ReviewDecision decision(Verdict verdict, long revision, Instant at, List<CheckOverride> overrides) {
        return new ReviewDecision(
                ReviewDecisionId.random(),
                content,
                revision,
                REVIEWER,
                verdict,
                verdict == Verdict.APPROVED ? "" : "Please soften the second line.",
                overrides,
                at,
                Optional.empty());
    }

    @Test
    void historyKeepsEveryDecisionOldestFirstWithTheRevisionDecided() {
        // a whole second sorts before a fraction of it as text; the history must still be in time order
        ReviewDecision first = decision(Verdict.CHANGES_REQUESTED, 1, Instant.parse("2026-11-25T10:00:00Z"), List.of());
        ReviewDecision second = decision(
                Verdict.APPROVED,
                2,
                Instant.parse("2026-11-25T10:00:00.500Z").plusSeconds(60),
                List.of(new CheckOverride(CheckType.BRAND_VOICE, "tone agreed with the brand lead")));
        ReviewDecision other = new ReviewDecision(
                ReviewDecisionId.random(),
                ContentId.random(),
                1,
                REVIEWER,
                Verdict.REJECTED,
                "no",
                List.of(),
                Instant.parse("2026-11-25T09:00:00Z"),
                Optional.empty());
        decisions.record(second);
        decisions.record(first);
        decisions.record(other);

        assertThat(decisions.history(content)).containsExactly(first, second);
        assertThat(decisions.latest(content)).contains(second);
        assertThat(decisions.latest(ContentId.random())).isEmpty();
    }

    @Test
    void overridesAreReadableInTheTableAndTheDecisionGoesToTheOutbox() throws SQLException {
        ReviewDecision approval = decision(
                Verdict.APPROVED,
                3,
                clock.instant(),
                List.of(new CheckOverride(CheckType.MEDICAL_CLAIM, "quote from the approved-claims library")));
        decisions.record(approval);

        assertThat(LocalStoreFixture.query(
                        database, "SELECT content_version, verdict, override_reason, signature FROM review_decisions"))
                .containsExactly(java.util.Arrays.asList(
                        "3", "approved", "medical_claim: quote from the approved-claims library", null));
        assertThat(LocalStoreFixture.query(
                        database, "SELECT entity_id, payload FROM outbox WHERE entity = 'review_decisions'"))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.getFirst()).isEqualTo(approval.id().toString());
                    assertThat(row.get(1)).contains("\"verdict\":\"approved\"").contains("\"content_version\":3");
                });
    }

    @Test
    void aSignedDecisionStillVerifiesAfterTheRoundTrip() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        store.userProfiles().add(User.of(REVIEWER, "Rita Reviewer", Role.REVIEWER));
        store.registerReviewerKey(REVIEWER, keys.getPublic());
        ReviewDecision signed = ReviewSignatures.sign(
                decision(Verdict.APPROVED, 1, Instant.parse("2026-11-25T10:00:00.123456789Z"), List.of()),
                keys.getPrivate());
        decisions.record(signed);

        ReviewDecision read = decisions.latest(content).orElseThrow();
        assertThat(read).isEqualTo(signed);
        assertThat(ReviewSignatures.verify(
                        read, store.reviewerKeys().publicKeyOf(REVIEWER).orElseThrow()))
                .isInstanceOf(SignatureCheck.Valid.class);
        assertThat(LocalStoreFixture.single(database, "SELECT signature_algorithm FROM review_decisions"))
                .isEqualTo("Ed25519");
    }

    @Test
    void aDecisionIsNeverChangedNorRecordedTwice() {
        ReviewDecision approval = decision(Verdict.APPROVED, 1, clock.instant(), List.of());
        decisions.record(approval);

        assertThatThrownBy(() -> decisions.record(approval)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(
                        () -> LocalStoreFixture.execute(database, "UPDATE review_decisions SET verdict = 'rejected'"))
                .hasMessageContaining("review_decisions is append-only");
        assertThatThrownBy(() -> LocalStoreFixture.execute(database, "DELETE FROM review_decisions"))
                .hasMessageContaining("review_decisions is append-only");
        assertThat(decisions.history(content)).containsExactly(approval);
    }

    @Test
    void aSignedDecisionBoundToItsBodyTravelsAsItsPayloadAndVerifiesOnArrival() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        ReviewDecision signed = ReviewSignatures.sign(
                decision(
                                Verdict.APPROVED,
                                2,
                                Instant.parse("2026-11-25T10:00:00.5Z"),
                                List.of(new CheckOverride(CheckType.LEGAL_REVIEW, "disclosure in the first line")))
                        .boundTo(new ContentDigest("ab".repeat(32))),
                keys.getPrivate());
        decisions.record(signed);

        assertThat(decisions.latest(content)).contains(signed);
        assertThat(LocalStoreFixture.single(database, "SELECT content_digest FROM review_decisions"))
                .isEqualTo("ab".repeat(32));
        String payload =
                LocalStoreFixture.single(database, "SELECT payload FROM outbox WHERE entity = 'review_decisions'");
        ReviewDecision arrived = SqliteReviewDecisions.fromPayload(payload);
        assertThat(arrived).isEqualTo(signed);
        assertThat(ReviewSignatures.verify(arrived, keys.getPublic())).isInstanceOf(SignatureCheck.Valid.class);
        assertThatThrownBy(() -> SqliteReviewDecisions.fromPayload(payload.replace("\"reviewer_id\"", "\"x\"")))
                .hasMessageContaining("reviewer_id is missing");
    }
}
