package com.eesystem.curator.storage.local;

import com.eesystem.curator.domain.brand.BrandGuideline;
import com.eesystem.curator.domain.brand.BrandKnowledge;
import com.eesystem.curator.domain.brand.KnowledgeSave;
import com.eesystem.curator.domain.compliance.ComplianceCheck;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentSave;
import com.eesystem.curator.domain.schedule.ScheduleEntry;
import com.eesystem.curator.domain.schedule.ScheduleSave;
import com.eesystem.curator.domain.sync.ChangeOperation;
import com.eesystem.curator.domain.sync.DeviceId;
import com.eesystem.curator.domain.sync.HlcTimestamp;
import com.eesystem.curator.domain.sync.HybridLogicalClock;
import com.eesystem.curator.domain.template.ContentTemplate;
import com.eesystem.curator.storage.codec.JsonCodec;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Replays outbox segments (incremental backups) onto a restored snapshot. Each change is applied through
 * the adapter that made it, or, for the append-only and local-only tables (audit_log, review_decisions,
 * user_profiles, live_review_requests), put back from the row image its record carries ({@link RowImage});
 * its outbox row is put back with its original sequence, stamp and device, still pending, so the sync
 * engine pushes it again (pushing twice is harmless: the team store keeps the newest stamp), or, for a
 * local-only change, logged with nothing to push. Rows the snapshot already holds are skipped; a sequence missing between the snapshot and
 * the segments refuses the replay, because later changes would then be applied without an earlier one.
 *
 * <p>All of it is one transaction on the staging file: a replay that fails leaves nothing half-applied,
 * and the caller has not swapped anything in yet.
 */
final class SegmentReplay {

    /**
     * What a replay did.
     *
     * @param applied changes written to their tables
     * @param alreadyInSnapshot segment rows the snapshot already held (skipped)
     * @param keptForSync changes put back in the outbox only: of a kind this version cannot apply locally,
     *     or conflicting with a newer row the snapshot got from the team store; sync pushes them
     * @param lastSequence the newest outbox sequence after the replay
     */
    record Replayed(int applied, int alreadyInSnapshot, int keptForSync, long lastSequence) {
        static final Replayed NOTHING = new Replayed(0, 0, 0, 0);
    }

    /**
     * One line of a segment file; {@code localOnly} marks a change that is never pushed (V13), and is
     * absent from the lines of earlier segments.
     */
    record SegmentRow(
            long sequence,
            String entity,
            String entityId,
            ChangeOperation operation,
            String payload,
            String hlc,
            String deviceId,
            boolean localOnly) {}

    private final JsonCodec codec = JsonCodec.instance();
    private final LocalDatabase database;
    private final OutboxWriter outbox;

    private SegmentReplay(LocalDatabase database, OutboxWriter outbox) {
        this.database = database;
        this.outbox = outbox;
    }

    /**
     * Replays {@code segments} (oldest first) onto the migrated, checked staging file of {@code staging}.
     * {@code cancelled} is asked between rows; when it says yes the transaction is rolled back.
     */
    static Replayed replay(
            LocalStoreSettings staging,
            List<BackupFile> segments,
            Clock clock,
            BackupProgress progress,
            BooleanSupplier cancelled) {
        if (segments.isEmpty()) {
            return Replayed.NOTHING;
        }
        List<SegmentRow> rows = new ArrayList<>();
        for (BackupFile segment : segments) {
            rows.addAll(read(segment.path()));
        }
        try (LocalDatabase database = LocalDatabase.open(staging)) {
            String deviceId = database.read(
                    "reading the device id",
                    c -> SyncStateTable.get(c, SyncStateTable.DEVICE_ID).orElse("restored"));
            String newest = database.read("reading the newest outbox stamp", c -> {
                try (PreparedStatement select = c.prepareStatement("SELECT max(hlc) FROM outbox");
                        ResultSet row = select.executeQuery()) {
                    return row.next() ? row.getString(1) : null;
                }
            });
            HybridLogicalClock hlc = HybridLogicalClock.resumingFrom(
                    clock, newest == null ? HlcTimestamp.ZERO : HlcTimestamp.parse(newest));
            SegmentReplay replay = new SegmentReplay(database, new OutboxWriter(database, hlc, DeviceId.of(deviceId)));
            return database.write(
                    "replaying " + rows.size() + " changes", c -> replay.apply(c, rows, progress, cancelled));
        }
    }

    private Replayed apply(Connection c, List<SegmentRow> rows, BackupProgress progress, BooleanSupplier cancelled)
            throws SQLException {
        long last = lastSequence(c);
        int applied = 0;
        int skipped = 0;
        int kept = 0;
        for (int i = 0; i < rows.size(); i++) {
            SegmentRow row = rows.get(i);
            if (cancelled.getAsBoolean()) {
                throw new BackupCancelled("replaying the incremental backups");
            }
            if (row.sequence() <= last) {
                skipped++;
                continue;
            }
            if (row.sequence() != last + 1) {
                throw new LocalStoreUnavailable(
                        database.file(),
                        "the changes " + (last + 1) + ".." + (row.sequence() - 1)
                                + " are in no backup (a segment is missing); restore with --snapshot-only or choose"
                                + " a later snapshot",
                        null);
            }
            if (applyChange(c, row)) {
                applied++;
            } else {
                kept++;
            }
            // the adapter appended a row of its own with a new stamp: the original one replaces it
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM outbox WHERE sequence >= ?")) {
                delete.setLong(1, row.sequence());
                delete.executeUpdate();
            }
            // a local-only change goes back as it was written: logged, with nothing to push
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO outbox (sequence, entity, entity_id,"
                    + " operation, payload, hlc, device_id, local_only, pushed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, row.sequence());
                insert.setString(2, row.entity());
                insert.setString(3, row.entityId());
                insert.setString(4, row.operation().storedValue());
                insert.setString(5, row.payload());
                insert.setString(6, row.hlc());
                insert.setString(7, row.deviceId());
                insert.setInt(8, row.localOnly() ? 1 : 0);
                insert.setInt(9, row.localOnly() ? 1 : 0);
                insert.executeUpdate();
            }
            last = row.sequence();
            progress.update(BackupProgress.Step.REPLAYING, (i + 1) / (double) rows.size());
        }
        // AUTOINCREMENT must continue after the replayed rows, not after the adapter's deleted ones
        try (PreparedStatement sequence =
                c.prepareStatement("UPDATE sqlite_sequence SET seq = ? WHERE name = 'outbox'")) {
            sequence.setLong(1, last);
            sequence.executeUpdate();
        }
        return new Replayed(applied, skipped, kept, last);
    }

    /**
     * Applies one change; false when it is only kept in the outbox for sync. A record that cannot be
     * applied stops the whole replay, naming the change: nothing is swapped in.
     */
    private boolean applyChange(Connection c, SegmentRow row) throws SQLException {
        try {
            return applyThroughItsTable(c, row);
        } catch (RuntimeException unusable) {
            throw new LocalStoreUnavailable(
                    database.file(),
                    "change " + row.sequence() + " (" + row.entity() + " " + row.entityId()
                            + ") in the incremental backups cannot be replayed (" + unusable.getMessage()
                            + "); nothing was restored",
                    unusable);
        }
    }

    /**
     * Whole-row entities of the team store go through the adapter that made them; append-only and
     * local-only tables are put back from the row image their change record carries.
     */
    private boolean applyThroughItsTable(Connection c, SegmentRow row) throws SQLException {
        if (row.operation() != ChangeOperation.UPSERT) {
            return false; // no adapter deletes locally yet; a delete stays in the outbox for the team store
        }
        String json = row.payload();
        return switch (row.entity()) {
            case SqliteContentLibrary.ENTITY ->
                new SqliteContentLibrary(database, outbox).save(codec.read(json, ContentItem.class))
                        instanceof ContentSave.Saved;
            case SqlitePublicationSchedule.ENTITY ->
                new SqlitePublicationSchedule(database, outbox).save(codec.read(json, ScheduleEntry.class))
                        instanceof ScheduleSave.Saved;
            case SqliteContentTemplates.ENTITY -> {
                new SqliteContentTemplates(database, outbox).save(codec.read(json, ContentTemplate.class));
                yield true;
            }
            case SqliteBrandGuidelines.ENTITY -> {
                new SqliteBrandGuidelines(database, outbox).save(codec.read(json, BrandGuideline.class));
                yield true;
            }
            case SqliteBrandKnowledge.ENTITY ->
                new SqliteBrandKnowledge(database, outbox).save(codec.read(json, BrandKnowledge.class))
                        instanceof KnowledgeSave.Saved;
            case SqliteComplianceChecks.ENTITY -> {
                new SqliteComplianceChecks(database, outbox).record(codec.read(json, ComplianceCheck.class));
                yield true;
            }
            case SqliteAuditLog.ENTITY -> SqliteAuditLog.ROWS.restore(c, codec.tree(json));
            case SqliteReviewDecisions.ENTITY -> SqliteReviewDecisions.restore(c, codec.tree(json));
            case SqliteUserProfiles.ENTITY -> SqliteUserProfiles.ROWS.restore(c, codec.tree(json));
            case SqliteLiveOutbox.REVIEW_REQUESTS -> SqliteLiveOutbox.REVIEW_REQUEST_ROWS.restore(c, codec.tree(json));
            default -> false;
        };
    }

    private static long lastSequence(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT coalesce(max(sequence), 0) FROM outbox");
                ResultSet row = select.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    /** Reads a segment file; a line that is not a change record names the file and line. */
    static List<SegmentRow> read(Path segment) {
        JsonCodec codec = JsonCodec.instance();
        List<SegmentRow> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(segment, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode node = codec.tree(line);
                    rows.add(new SegmentRow(
                            node.get("sequence").asLong(),
                            node.get("entity").asText(),
                            node.get("entity_id").asText(),
                            ChangeOperation.fromStored(node.get("operation").asText()),
                            codec.write(node.get("payload")),
                            node.get("hlc").asText(),
                            node.get("device_id").asText(),
                            node.path("local_only").asBoolean(false)));
                } catch (RuntimeException e) {
                    throw new LocalStoreUnavailable(
                            segment,
                            "incremental backup " + segment + " line " + number + " is not a change record ("
                                    + e.getMessage() + "); nothing was restored",
                            e);
                }
            }
        } catch (IOException e) {
            throw new LocalStoreUnavailable(segment, "reading incremental backup " + segment + " failed: " + e, e);
        }
        return rows;
    }
}
