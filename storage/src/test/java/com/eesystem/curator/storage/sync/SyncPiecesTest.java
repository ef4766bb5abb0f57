package com.eesystem.curator.storage.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.sync.ChangeOperation;
import com.eesystem.curator.domain.sync.ChangeStamp;
import com.eesystem.curator.domain.sync.DeviceId;
import com.eesystem.curator.domain.sync.FieldVersion;
import com.eesystem.curator.domain.sync.HlcTimestamp;
import com.eesystem.curator.domain.sync.OutboxEntry;
import com.eesystem.curator.domain.sync.SyncWatermark;
import com.eesystem.curator.storage.codec.JsonCodec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The pure parts of sync: backoff, the row-state envelope, feed positions, field stamping and the review rules. */
class SyncPiecesTest {

    private static final DeviceId ANN = DeviceId.of("ann");
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void backoffDoublesUpToTheMaximumAndJittersBelowTheCeiling() {
        Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), new Random(7));
        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.ceiling(5)).isEqualTo(Duration.ofSeconds(8));
        assertThat(backoff.ceiling(7)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.ceiling(500)).isEqualTo(Duration.ofSeconds(30));
        long distinct = java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> backoff.delay(6))
                .peek(delay -> assertThat(delay).isBetween(Duration.ZERO, Duration.ofSeconds(16)))
                .distinct()
                .count();
        assertThat(distinct).as("jittered, not one fixed delay").isGreaterThan(10);
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), new Random()))
                .hasMessageContaining("backoff: base PT0S must be positive");
    }

    @Test
    void thePushOverlayKeepsOnlyTheRowsOfBatchesThatMayBeUnconfirmed() {
        PushOverlay overlay = new PushOverlay(4);
        var once = new com.eesystem.curator.storage.local.SqliteSyncedRows.RowKey("content_library", "a");
        var again = new com.eesystem.curator.storage.local.SqliteSyncedRows.RowKey("content_library", "b");
        RowState state = RowTombstones.tombstone(stamp(1000, 0));
        overlay.nextBatch();
        overlay.put(once, state);
        overlay.put(again, state);
        for (int batch = 2; batch <= 4; batch++) {
            overlay.nextBatch();
            assertThat(overlay.contains(once))
                    .as("batch 1 may be unconfirmed while batch %d is prepared", batch)
                    .isTrue();
        }
        overlay.put(again, state); // changed again in batch 4
        overlay.nextBatch(); // batch 5: batch 1 is confirmed by now
        assertThat(overlay.contains(once)).isFalse();
        assertThat(overlay.contains(again))
                .as("its batch 4 state is not confirmed yet")
                .isTrue();
        for (int batch = 6; batch <= 8; batch++) {
            overlay.nextBatch();
        }
        assertThat(overlay.size()).as("flat: nothing outlives its batches").isZero();
    }

    @Test
    void aTombstoneNamesTheDeleteAndItsStamp() {
        RowState tombstone =
                RowState.fromJson(RowTombstones.tombstone(stamp(5000, 2)).toJson());
        assertThat(RowTombstones.isTombstone(tombstone)).isTrue();
        assertThat(RowTombstones.latestStamp(tombstone)).isEqualTo(stamp(5000, 2));
        assertThat(RowTombstones.isTombstone(SyncEngine.wholeRow("{}", stamp(1, 0))))
                .isFalse();
    }

    @Test
    void rowStateRoundTripsThroughJsonAndTellsWhichFieldsAChangeWrote() {
        ChangeStamp first = stamp(1000, 0);
        ChangeStamp second = stamp(2000, 3);
        FieldVersion title = FieldVersion.first("\"Title\"", first).editedTo("\"New title\"", second);
        RowState state = new RowState(
                Map.of("body.title", title, "body.caption", FieldVersion.first("\"caption\"", first)),
                Map.of("body.caption", first));

        RowState back = RowState.fromJson(state.toJson());

        assertThat(back).isEqualTo(state);
        assertThat(back.changedAt(second)).containsExactly(Map.entry("body.title", "\"New title\""));
        assertThatThrownBy(() -> RowState.fromJson("{\"title\": \"x\"}"))
                .hasMessageContaining("sync row state: no \"fields\" object");
        assertThatThrownBy(() -> RowState.parseStamp("yesterday@ann")).hasMessageContaining("is not hlc@device");
    }

    @Test
    void feedPositionsRoundTripAndABadWatermarkIsNamed() {
        UUID id = UUID.fromString("5b6e1b10-ca2e-11f0-8000-000000000001");
        FeedPosition position = new FeedPosition(LocalDate.parse("2026-11-25"), id);
        assertThat(FeedPosition.parse(position.toWatermark())).isEqualTo(position);
        assertThat(FeedPosition.parse(new SyncWatermark("2026-11-24|")).bucket())
                .isEqualTo(LocalDate.parse("2026-11-24"));
        assertThatThrownBy(() -> FeedPosition.parse(new SyncWatermark("last tuesday")))
                .hasMessageContaining("sync watermark: \"last tuesday\" is not day|change_id");
    }

    @Test
    void aPushStampsOnlyTheFieldsTheChangeWroteAndAnApprovalRecordsTheBodyItSaw() {
        ContentItem draft = ContentItem.draft(
                com.eesystem.curator.domain.content.ContentId.random(),
                com.eesystem.curator.domain.user.UserId.parse("00000000-0000-0000-0000-00000000a001"),
                SyncDesktops.body("Title", "caption"),
                NOW);
        RowState created = SyncEngine.stamped(RowState.EMPTY, entry(1, draft, 1000));
        assertThat(created.fields().values())
                .allSatisfy(version -> assertThat(version.stamp()).isEqualTo(stamp(1000, 0)));

        ContentItem edited = SyncDesktops.edited(draft, SyncDesktops.withCaption(draft.body(), "new caption"), NOW);
        RowState afterEdit = SyncEngine.stamped(created, entry(2, edited, 2000));
        assertThat(afterEdit.changedAt(stamp(2000, 0))).containsOnlyKeys("body.caption");
        assertThat(afterEdit.fields().get("body.caption").basedOn()).contains(stamp(1000, 0));
        assertThat(afterEdit.approvedBasis()).isEmpty();

        ContentItem approved = SyncDesktops.withStatus(edited, ContentStatus.APPROVED, NOW);
        RowState afterApproval = SyncEngine.stamped(afterEdit, entry(3, approved, 3000));
        assertThat(afterApproval.changedAt(stamp(3000, 0))).containsOnlyKeys("status");
        assertThat(afterApproval.approvedBasis()).containsEntry("body.caption", stamp(2000, 0));

        // the same row merged with a later body edit from elsewhere: back to review
        FieldVersion otherCaption =
                afterApproval.fields().get("body.caption").editedTo("\"elsewhere\"", stamp(4000, 0));
        var fields = new java.util.TreeMap<>(afterApproval.fields());
        fields.put("body.caption", otherCaption);
        RowState merged = new RowState(fields, afterApproval.approvedBasis());
        assertThat(SyncEngine.correction(afterApproval, merged, merged.fields().get("status")))
                .contains(ContentStatus.IN_REVIEW);
        assertThat(SyncEngine.correction(
                        afterApproval, afterApproval, afterApproval.fields().get("status")))
                .isEmpty();

        // a stale withdrawal (based on the status before the approval) does not overwrite it
        FieldVersion staleDraft = new FieldVersion(
                ContentFields.statusValue(ContentStatus.DRAFT),
                stamp(5000, 0),
                Optional.of(afterEdit.fields().get("status").stamp()));
        var staleFields = new java.util.TreeMap<>(afterApproval.fields());
        staleFields.put("status", staleDraft);
        assertThat(SyncEngine.correction(afterApproval, new RowState(staleFields, Map.of()), staleDraft))
                .contains(ContentStatus.APPROVED);
    }

    @Test
    void teamWriteTimesFollowTheHybridClockOrder() {
        assertThat(TeamContentCells.writeTime(new HlcTimestamp(1000, 5)))
                .isLessThan(TeamContentCells.writeTime(new HlcTimestamp(1000, 6)))
                .isLessThan(TeamContentCells.writeTime(new HlcTimestamp(1001, 0)));
    }

    private static ChangeStamp stamp(long millis, int logical) {
        return new ChangeStamp(new HlcTimestamp(NOW.toEpochMilli() + millis, logical), ANN);
    }

    private static OutboxEntry entry(long sequence, ContentItem item, long millis) {
        return new OutboxEntry(
                sequence,
                ContentFields.ENTITY,
                item.id().toString(),
                ChangeOperation.UPSERT,
                JsonCodec.instance().write(item),
                stamp(millis, 0).at(),
                ANN);
    }
}
