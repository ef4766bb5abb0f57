package com.eesystem.curator.storage.local;

import com.eesystem.curator.domain.sync.ChangeOperation;
import com.eesystem.curator.domain.sync.DeviceId;
import com.eesystem.curator.domain.sync.HybridLogicalClock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Appends a change to the outbox. Adapters call it inside the transaction that makes the change, so the
 * change and its outbox row are committed together or not at all.
 */
final class OutboxWriter {

    private static final String INSERT =
            "INSERT INTO outbox (entity, entity_id, operation, payload, hlc, device_id) VALUES (?, ?, ?, ?, ?, ?)"
                    + " RETURNING sequence";
    private static final String INSERT_LOCAL =
            "INSERT INTO outbox (entity, entity_id, operation, payload, hlc, device_id, local_only, pushed)"
                    + " VALUES (?, ?, ?, ?, ?, ?, 1, 1) RETURNING sequence";

    private final LocalDatabase database;
    private final HybridLogicalClock clock;
    private final DeviceId deviceId;
    private final boolean muted;

    OutboxWriter(LocalDatabase database, HybridLogicalClock clock, DeviceId deviceId) {
        this(database, clock, deviceId, false);
    }

    private OutboxWriter(LocalDatabase database, HybridLogicalClock clock, DeviceId deviceId, boolean muted) {
        this.database = database;
        this.clock = clock;
        this.deviceId = deviceId;
        this.muted = muted;
    }

    /**
     * A writer that appends nothing: for the sync engine writing a pulled row through an adapter (the
     * change came from the team store and must not be pushed back).
     */
    OutboxWriter muted() {
        return new OutboxWriter(database, clock, deviceId, true);
    }

    DeviceId deviceId() {
        return deviceId;
    }

    HybridLogicalClock clock() {
        return clock;
    }

    /** Returns the row's sequence number. */
    long append(Connection connection, String entity, String entityId, ChangeOperation operation, String payloadJson)
            throws SQLException {
        return insert(connection, INSERT, entity, entityId, operation, payloadJson);
    }

    /**
     * Logs a change that stays on this desktop (V13): never pushed, but carried by the incremental backups
     * so a restore replays it. Returns the row's sequence number.
     */
    long appendLocal(Connection connection, String entity, String entityId, String payloadJson) throws SQLException {
        return insert(connection, INSERT_LOCAL, entity, entityId, ChangeOperation.UPSERT, payloadJson);
    }

    private long insert(
            Connection connection,
            String sql,
            String entity,
            String entityId,
            ChangeOperation operation,
            String payloadJson)
            throws SQLException {
        if (muted) {
            return 0;
        }
        // kept on the writer: every local change appends here, so it is prepared once per store
        PreparedStatement insert = database.writerStatement(connection, sql);
        insert.setString(1, entity);
        insert.setString(2, entityId);
        insert.setString(3, operation.storedValue());
        insert.setString(4, payloadJson);
        insert.setString(5, clock.now().toText());
        insert.setString(6, deviceId.value());
        try (ResultSet key = insert.executeQuery()) {
            key.next();
            return key.getLong(1);
        }
    }
}
