package com.eesystem.curator.storage.local;

import com.eesystem.curator.domain.agent.AgentMemory;
import com.eesystem.curator.domain.brand.BrandGuideline;
import com.eesystem.curator.domain.brand.BrandKnowledge;
import com.eesystem.curator.domain.compliance.ComplianceCheck;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentSave;
import com.eesystem.curator.domain.schedule.ScheduleEntry;
import com.eesystem.curator.domain.schedule.ScheduleSave;
import com.eesystem.curator.domain.sync.ChangeOperation;
import com.eesystem.curator.domain.sync.DeviceId;
import com.eesystem.curator.domain.sync.HlcTimestamp;
import com.eesystem.curator.domain.sync.Outbox;
import com.eesystem.curator.domain.sync.OutboxEntry;
import com.eesystem.curator.domain.sync.SyncWatermark;
import com.eesystem.curator.domain.template.ContentTemplate;
import com.eesystem.curator.storage.codec.JsonCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The local side of sync (docs/sync.md): the per-row field versions the team store confirmed
 * ({@code sync_rows}), the text conflicts waiting for the user ({@code sync_conflicts}), the pull
 * watermark, and applying pulled changes to the local tables without writing them to the outbox again.
 */
public final class SqliteSyncedRows {

    private static final String WATERMARK_PREFIX = "watermark:";

    /** The local table of each synced entity a pulled delete may remove (review decisions are kept). */
    private static final Map<String, String> DELETABLE = Map.of(
            SqliteContentLibrary.ENTITY, "content_library",
            SqlitePublicationSchedule.ENTITY, "publication_schedule",
            SqliteContentTemplates.ENTITY, "content_templates",
            SqliteBrandGuidelines.ENTITY, "brand_guidelines",
            SqliteBrandKnowledge.ENTITY, "brand_knowledge",
            SqliteComplianceChecks.ENTITY, "compliance_checks",
            SqliteAgentMemories.ENTITY, "agent_memory");

    private static final String SELECT_META = "SELECT meta FROM sync_rows WHERE entity = ? AND entity_id = ?";

    private static final String PUT_META = "INSERT INTO sync_rows (entity, entity_id, meta) VALUES (?, ?, ?)"
            + " ON CONFLICT (entity, entity_id) DO UPDATE SET meta = excluded.meta, updated_at = CURRENT_TIMESTAMP";

    private final LocalDatabase database;
    private final OutboxWriter outbox;
    private final Clock clock;

    private SqliteSyncedRows(LocalDatabase database, OutboxWriter outbox, Clock clock) {
        this.database = database;
        this.outbox = outbox;
        this.clock = clock;
    }

    public static SqliteSyncedRows of(LocalStore store, Clock clock) {
        return new SqliteSyncedRows(store.database(), store.outboxWriter(), clock);
    }

    public DeviceId deviceId() {
        return outbox.deviceId();
    }

    /** The review records a pull verifies and keeps (docs/sync.md, "Signed decisions"). */
    public SqliteReviewRecords reviewRecords() {
        return new SqliteReviewRecords(database, outbox, clock);
    }

    public Outbox outbox() {
        return new SqliteOutbox(database);
    }

    /** The confirmed field versions of one row, as the sync engine wrote them. */
    public Optional<String> meta(String entity, String entityId) {
        return database.read("reading sync state of " + entity + " " + entityId, c -> meta(c, entity, entityId));
    }

    /** The confirmed field versions of many rows in one read (a push batch's bases). */
    public Map<RowKey, String> metas(Collection<RowKey> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return database.read("reading sync state of " + keys.size() + " rows", c -> {
            Map<RowKey, String> found = new HashMap<>();
            try (PreparedStatement select = c.prepareStatement(SELECT_META)) {
                for (RowKey key : keys) {
                    select.setString(1, key.entity());
                    select.setString(2, key.entityId());
                    try (ResultSet row = select.executeQuery()) {
                        if (row.next()) {
                            found.put(key, row.getString(1));
                        }
                    }
                }
            }
            return found;
        });
    }

    /** Pending outbox rows after {@code sequence}, in order (the next push batch). */
    public List<OutboxEntry> pendingAfter(long sequence, int limit) {
        return new SqliteOutbox(database).pendingAfter(sequence, limit);
    }

    public SyncWatermark watermark(String feed) {
        return database.read(
                "reading the sync watermark",
                c -> SyncStateTable.get(c, WATERMARK_PREFIX + feed)
                        .map(SyncWatermark::new)
                        .orElse(SyncWatermark.BEGINNING));
    }

    /**
     * After the team store acknowledged a push: records the confirmed field versions and marks the
     * outbox rows through {@code sequence} pushed, in one transaction, so a crash between the two cannot
     * make the next push diff against the wrong base.
     */
    public void acknowledge(long sequence, Map<RowKey, String> confirmedMeta) {
        database.write("acknowledging pushed changes through " + sequence, c -> {
            try (PreparedStatement upsert = c.prepareStatement(PUT_META)) {
                for (var row : confirmedMeta.entrySet()) {
                    upsert.setString(1, row.getKey().entity());
                    upsert.setString(2, row.getKey().entityId());
                    upsert.setString(3, row.getValue());
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            try (PreparedStatement update =
                    c.prepareStatement("UPDATE outbox SET pushed = 1 WHERE pushed = 0 AND sequence <= ?")) {
                update.setLong(1, sequence);
                update.executeUpdate();
            }
            return null;
        });
    }

    /** Runs {@code work} as one local transaction (a page of pulled changes is applied whole or not at all). */
    public <T> T inTransaction(String doing, Function<Transaction, T> work) {
        return database.write(doing, c -> {
            try {
                return work.apply(new Transaction(c));
            } catch (SqlFailure e) {
                throw e.getCause();
            }
        });
    }

    /** Text fields edited on two desktops at once, oldest first. */
    public List<SyncConflict> conflicts() {
        return database.read("reading sync conflicts", c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT entity, entity_id, field, kept_value, other_value, other_stamp FROM sync_conflicts"
                            + " ORDER BY detected_at, entity_id, field")) {
                List<SyncConflict> found = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(new SyncConflict(
                                new RowKey(rows.getString(1), rows.getString(2)),
                                rows.getString(3),
                                rows.getString(4),
                                rows.getString(5),
                                rows.getString(6)));
                    }
                }
                return found;
            }
        });
    }

    /** The user resolved the conflict (by keeping the value shown, or by editing the field): forget it. */
    public void resolve(SyncConflict conflict) {
        database.write("resolving a sync conflict", c -> {
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM sync_conflicts WHERE entity = ? AND entity_id = ? AND field = ? AND other_stamp = ?")) {
                delete.setString(1, conflict.row().entity());
                delete.setString(2, conflict.row().entityId());
                delete.setString(3, conflict.field());
                delete.setString(4, conflict.otherStamp());
                return delete.executeUpdate();
            }
        });
    }

    /** One synced row. */
    public record RowKey(String entity, String entityId) {
        public RowKey {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(entityId, "entity_id");
        }
    }

    /**
     * A text field two desktops edited concurrently.
     *
     * @param keptValue the value in the row now (the later edit), as JSON
     * @param otherValue the concurrent edit that lost, as JSON; the user may take it
     */
    public record SyncConflict(RowKey row, String field, String keptValue, String otherValue, String otherStamp) {}

    /** The operations of one apply transaction. */
    public final class Transaction {

        private final Connection connection;

        private Transaction(Connection connection) {
            this.connection = connection;
        }

        /** Local changes not yet pushed; a pull must not merge over them (they are not stamped yet). */
        public long pendingCount() {
            return sql(() -> {
                try (PreparedStatement select =
                                connection.prepareStatement("SELECT count(*) FROM outbox WHERE pushed = 0");
                        ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            });
        }

        // the statements of the per-change calls are the writer's kept ones: a page applies thousands

        public Optional<String> meta(String entity, String entityId) {
            return sql(() -> {
                PreparedStatement select = database.writerStatement(connection, SELECT_META);
                select.setString(1, entity);
                select.setString(2, entityId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
                }
            });
        }

        public void putMeta(String entity, String entityId, String meta) {
            sql(() -> {
                PreparedStatement upsert = database.writerStatement(connection, PUT_META);
                upsert.setString(1, entity);
                upsert.setString(2, entityId);
                upsert.setString(3, meta);
                return upsert.executeUpdate();
            });
        }

        public Optional<ContentItem> content(String id) {
            return sql(() -> {
                PreparedStatement select =
                        database.writerStatement(connection, "SELECT item_data FROM content_library WHERE id = ?");
                select.setString(1, id);
                try (ResultSet row = select.executeQuery()) {
                    return row.next()
                            ? Optional.of(JsonCodec.instance().read(row.getString(1), ContentItem.class))
                            : Optional.empty();
                }
            });
        }

        /**
         * Writes a merged item; {@code logged} true also appends an outbox row (a correction this desktop
         * makes, e.g. sending an item edited after approval back to review).
         */
        public ContentSave writeContent(ContentItem item, boolean logged) {
            return new SqliteContentLibrary(database, outbox).save(item, logged);
        }

        /**
         * Writes a pulled row of a whole-row entity through its adapter, without an outbox row; false when
         * this store does not keep that entity (the change stays in the feed). A new synced entity is one
         * case here plus its name in the engine's list.
         */
        public boolean writeRow(String entity, String json) {
            JsonCodec codec = JsonCodec.instance();
            OutboxWriter silent = outbox.muted();
            switch (entity) {
                case SqliteContentTemplates.ENTITY ->
                    new SqliteContentTemplates(database, silent).save(codec.read(json, ContentTemplate.class));
                case SqliteBrandGuidelines.ENTITY ->
                    new SqliteBrandGuidelines(database, silent).save(codec.read(json, BrandGuideline.class));
                case SqliteComplianceChecks.ENTITY ->
                    new SqliteComplianceChecks(database, silent).record(codec.read(json, ComplianceCheck.class));
                case SqliteBrandKnowledge.ENTITY ->
                    new SqliteBrandKnowledge(database, silent).save(codec.read(json, BrandKnowledge.class));
                case SqliteAgentMemories.ENTITY ->
                    new SqliteAgentMemories(database, clock, silent).save(codec.read(json, AgentMemory.class));
                case SqlitePublicationSchedule.ENTITY -> {
                    return writeScheduleEntry(codec.read(json, ScheduleEntry.class), silent);
                }
                default -> {
                    return false;
                }
            }
            return true;
        }

        /**
         * The schedule keeps optimistic versions: the pulled entry replaces the local row, whose version is
         * first aligned to the one the pulled entry was based on. An entry based on a version this store
         * never had (its earlier changes not pulled yet) is not written.
         */
        private boolean writeScheduleEntry(ScheduleEntry entry, OutboxWriter silent) {
            String id = entry.id().toString();
            return sql(() -> {
                boolean exists;
                try (PreparedStatement select =
                        connection.prepareStatement("SELECT 1 FROM publication_schedule WHERE id = ?")) {
                    select.setString(1, id);
                    try (ResultSet row = select.executeQuery()) {
                        exists = row.next();
                    }
                }
                if (entry.version() == 1 && exists) {
                    try (PreparedStatement delete =
                            connection.prepareStatement("DELETE FROM publication_schedule WHERE id = ?")) {
                        delete.setString(1, id);
                        delete.executeUpdate();
                    }
                } else if (entry.version() > 1) {
                    if (!exists) {
                        return false;
                    }
                    try (PreparedStatement align =
                            connection.prepareStatement("UPDATE publication_schedule SET version = ? WHERE id = ?")) {
                        align.setLong(1, entry.version() - 1);
                        align.setString(2, id);
                        align.executeUpdate();
                    }
                }
                return new SqlitePublicationSchedule(database, silent).save(entry) instanceof ScheduleSave.Saved;
            });
        }

        /**
         * Deletes a row a pulled change deleted, without an outbox row; false when it was not here (or this
         * store does not keep that entity). Its open conflicts go with it.
         */
        public boolean deleteRow(String entity, String entityId) {
            String table = DELETABLE.get(entity);
            if (table == null) {
                return false;
            }
            return sql(() -> {
                try (PreparedStatement conflicts =
                        connection.prepareStatement("DELETE FROM sync_conflicts WHERE entity = ? AND entity_id = ?")) {
                    conflicts.setString(1, entity);
                    conflicts.setString(2, entityId);
                    conflicts.executeUpdate();
                }
                // the table name comes from the fixed map, never from the change
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
                    delete.setString(1, entityId);
                    return delete.executeUpdate() > 0;
                }
            });
        }

        /**
         * Appends a delete of the row to the outbox (a correction: the row was edited on a desktop that had
         * not seen its delete, and that edit may have reached the team table after the delete).
         */
        public void logDelete(String entity, String entityId) {
            sql(() -> outbox.append(connection, entity, entityId, ChangeOperation.DELETE, "{}"));
        }

        public void addConflict(RowKey row, String field, String keptValue, String otherValue, String otherStamp) {
            sql(() -> {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO sync_conflicts (entity, entity_id, field, kept_value, other_value, other_stamp)"
                                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                    insert.setString(1, row.entity());
                    insert.setString(2, row.entityId());
                    insert.setString(3, field);
                    insert.setString(4, keptValue);
                    insert.setString(5, otherValue);
                    insert.setString(6, otherStamp);
                    return insert.executeUpdate();
                }
            });
        }

        /** Closes a conflict; returns whether it was still open. */
        public boolean removeConflict(SyncConflict conflict) {
            return sql(() -> {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM sync_conflicts WHERE entity = ? AND entity_id = ? AND field = ? AND other_stamp = ?")) {
                    delete.setString(1, conflict.row().entity());
                    delete.setString(2, conflict.row().entityId());
                    delete.setString(3, conflict.field());
                    delete.setString(4, conflict.otherStamp());
                    return delete.executeUpdate() > 0;
                }
            });
        }

        /** Moves this desktop's clock past a received stamp, so its next edits order after it. */
        public HlcTimestamp receive(HlcTimestamp remote) {
            return outbox.clock().receive(remote);
        }

        public void putWatermark(String feed, SyncWatermark watermark) {
            sql(() -> {
                SyncStateTable.put(
                        connection, WATERMARK_PREFIX + feed, watermark.position(), Timestamps.text(clock.instant()));
                return null;
            });
        }

        private <T> T sql(SqlCall<T> call) {
            try {
                return call.run();
            } catch (SQLException e) {
                throw new SqlFailure(e);
            }
        }
    }

    private static Optional<String> meta(Connection c, String entity, String entityId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(SELECT_META)) {
            select.setString(1, entity);
            select.setString(2, entityId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    @FunctionalInterface
    private interface SqlCall<T> {
        T run() throws SQLException;
    }

    /** Carries an SQLException out of a {@link Function} so the database layer can translate it. */
    private static final class SqlFailure extends RuntimeException {
        SqlFailure(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
