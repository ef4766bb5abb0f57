package com.eesystem.curator.storage.sync;

import com.eesystem.curator.domain.sync.ChangeStamp;
import com.eesystem.curator.domain.sync.FieldVersion;
import com.eesystem.curator.domain.sync.RemoteChange;
import com.eesystem.curator.storage.local.SqliteSyncedRows;
import com.eesystem.curator.storage.sync.SyncEngine.SyncReport;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes pulled from the feed (docs/sync.md, "Entities"). A delete wins: the row goes, and a tombstone in
 * {@code sync_rows} (the row state with the single field {@value #DELETED} stamped with the delete) keeps
 * any change of it pulled later from bringing it back; ids are never reused. A change made <em>after</em>
 * the delete, on a desktop that had not seen it, may have reached the team table after the delete: the
 * desktop that notices writes the delete again as a correction (a new outbox row with a later stamp), so
 * the team table drops that change too and converges.
 */
final class RowTombstones {

    /** The one field of a deleted row's sync state; its value is always {@code true}. */
    static final String DELETED = "deleted";

    private static final Logger LOG = LoggerFactory.getLogger(RowTombstones.class);

    private RowTombstones() {}

    static RowState tombstone(ChangeStamp stamp) {
        return new RowState(Map.of(DELETED, FieldVersion.first("true", stamp)), Map.of());
    }

    static boolean isTombstone(RowState state) {
        return state.fields().containsKey(DELETED);
    }

    /** Applies a pulled delete; {@code mine} is the row's confirmed state on this desktop, if any. */
    static SyncReport applyDelete(
            SqliteSyncedRows.Transaction tx, RemoteChange change, Optional<RowState> mine, ChangeStamp stamp) {
        boolean changedLater = mine.filter(state -> !isTombstone(state))
                .map(state -> latestStamp(state).isAfter(stamp))
                .orElse(false);
        boolean removed = tx.deleteRow(change.entityType(), change.entityId());
        ChangeStamp kept = mine.filter(RowTombstones::isTombstone)
                .map(RowTombstones::latestStamp)
                .filter(earlier -> earlier.isAfter(stamp))
                .orElse(stamp);
        tx.putMeta(change.entityType(), change.entityId(), tombstone(kept).toJson());
        if (changedLater) {
            tx.logDelete(change.entityType(), change.entityId());
        }
        return new SyncReport(0, 0, removed ? 1 : 0, 0, changedLater ? 1 : 0);
    }

    /** A pulled change of a deleted row: ignored; one made after the delete gets the delete written again. */
    static SyncReport stayDeleted(
            SqliteSyncedRows.Transaction tx, RemoteChange change, RowState tombstone, ChangeStamp stamp) {
        if (!stamp.isAfter(latestStamp(tombstone))) {
            return new SyncReport(0, 0, 0, 0, 0);
        }
        tx.putMeta(change.entityType(), change.entityId(), tombstone(stamp).toJson());
        tx.logDelete(change.entityType(), change.entityId());
        LOG.info(
                "{} {} was deleted; the later change {} #{}, made without seeing that, is deleted again",
                change.entityType(),
                change.entityId(),
                change.originDevice(),
                change.originSequence());
        return new SyncReport(0, 0, 0, 0, 1);
    }

    /** The latest stamp of any field of a row state. */
    static ChangeStamp latestStamp(RowState state) {
        ChangeStamp latest = null;
        for (FieldVersion version : state.fields().values()) {
            if (latest == null || version.stamp().isAfter(latest)) {
                latest = version.stamp();
            }
        }
        return Objects.requireNonNull(latest, "a row state without fields");
    }
}
