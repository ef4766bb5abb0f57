package com.eesystem.curator.storage.sync;

import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentLibrary;
import com.eesystem.curator.domain.content.ContentSave;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.sync.ConflictChoice;
import com.eesystem.curator.domain.sync.ConflictResolution;
import com.eesystem.curator.domain.sync.RejectedChange;
import com.eesystem.curator.domain.sync.SyncConflict;
import com.eesystem.curator.domain.sync.SyncConflicts;
import com.eesystem.curator.storage.codec.JsonCodec;
import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.storage.local.SqliteReviewRecords;
import com.eesystem.curator.storage.local.SqliteSyncedRows;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The conflicts port over the local store's {@code sync_conflicts} rows (V8). Resolving writes the chosen
 * text as an ordinary local edit of the item (outbox row, new stamp) and closes the conflict in the same
 * transaction; an approved item whose text changes goes back to review, as any edit after approval does.
 */
public final class SqliteSyncConflicts implements SyncConflicts {

    private final SqliteSyncedRows rows;
    private final ContentLibrary library;
    private final Clock clock;

    public SqliteSyncConflicts(LocalStore store, Clock clock) {
        this.rows = SqliteSyncedRows.of(Objects.requireNonNull(store, "store"), clock);
        this.library = store.contentLibrary();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public List<SyncConflict> open() {
        return rows.conflicts().stream().map(this::conflict).toList();
    }

    @Override
    public List<RejectedChange> rejected() {
        return rows.reviewRecords().rejections().reversed().stream()
                .map(SqliteReviewRecords.Rejection::shown)
                .toList();
    }

    private SyncConflict conflict(SqliteSyncedRows.SyncConflict row) {
        String title = row.row().entity().equals(ContentFields.ENTITY)
                ? library.find(ContentId.parse(row.row().entityId()))
                        .map(item -> item.body().title())
                        .orElse("(item no longer in the library)")
                : row.row().entityId();
        return new SyncConflict(
                row.row().entity(),
                row.row().entityId(),
                row.field(),
                title,
                text(row.keptValue()),
                text(row.otherValue()),
                row.otherStamp());
    }

    @Override
    public ConflictResolution resolve(SyncConflict conflict, ConflictChoice choice) {
        Objects.requireNonNull(conflict, "conflict");
        Objects.requireNonNull(choice, "choice");
        String chosen = switch (choice) {
            case ConflictChoice.KeepMine keep -> conflict.mine();
            case ConflictChoice.KeepTheirs take -> conflict.theirs();
            case ConflictChoice.Merged merged -> merged.text();
        };
        return rows.inTransaction(
                "resolving the " + conflict.fieldLabel() + " conflict of " + conflict.entityId(), tx -> {
                    Optional<SqliteSyncedRows.SyncConflict> row = rows.conflicts().stream()
                            .filter(open -> open.row().entity().equals(conflict.entity())
                                    && open.row().entityId().equals(conflict.entityId())
                                    && open.field().equals(conflict.field())
                                    && open.otherStamp().equals(conflict.theirStamp()))
                            .findFirst();
                    Optional<ContentItem> item = conflict.entity().equals(ContentFields.ENTITY)
                            ? tx.content(conflict.entityId())
                            : Optional.empty();
                    if (row.isEmpty() || item.isEmpty()) {
                        row.ifPresent(tx::removeConflict);
                        return new ConflictResolution.AlreadyClosed(conflict);
                    }
                    Map<String, String> values = new TreeMap<>(ContentFields.flatten(item.get()));
                    if (!text(values.getOrDefault(conflict.field(), "null")).equals(conflict.mine())) {
                        return new ConflictResolution.ItemChanged(conflict);
                    }
                    if (!chosen.equals(conflict.mine())) {
                        values.put(conflict.field(), JsonCodec.instance().write(chosen));
                        if (ContentFields.isBody(conflict.field())
                                && ContentFields.isDecision(ContentFields.statusOf(values.get(ContentFields.STATUS)))) {
                            // an edit after approval sends the item back to review (docs/sync.md, rule 5)
                            values.put(ContentFields.STATUS, ContentFields.statusValue(ContentStatus.IN_REVIEW));
                        }
                        ContentItem current = item.get();
                        ContentSave saved = tx.writeContent(
                                ContentFields.rebuild(
                                        conflict.entityId(),
                                        values,
                                        current.version() + 1,
                                        current.revision() + 1,
                                        clock.instant()),
                                true);
                        if (saved instanceof ContentSave.VersionConflict) {
                            return new ConflictResolution.ItemChanged(conflict);
                        }
                    }
                    tx.removeConflict(row.get());
                    return new ConflictResolution.Resolved(conflict, chosen);
                });
    }

    /** A conflict value is JSON text; text fields hold strings (null shows as empty). */
    private static String text(String json) {
        JsonNode node = JsonCodec.instance().tree(json);
        return node.isNull() || node.isMissingNode() ? "" : node.asText();
    }
}
