package com.eesystem.curator.storage.local;

import com.eesystem.curator.domain.sync.ChangeOperation;
import com.eesystem.curator.domain.sync.DeviceId;
import com.eesystem.curator.domain.sync.HlcTimestamp;
import com.eesystem.curator.domain.sync.Outbox;
import com.eesystem.curator.domain.sync.OutboxEntry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** The outbox the sync worker drains: pending rows in sequence order, acknowledged up to a sequence. */
final class SqliteOutbox implements Outbox {

    private final LocalDatabase database;

    SqliteOutbox(LocalDatabase database) {
        this.database = database;
    }

    @Override
    public List<OutboxEntry> pending(int limit) {
        return pendingAfter(0, limit);
    }

    /**
     * Pending outbox rows after {@code sequence}, in order (sequences start at 1): lets the sync engine read
     * the next push batch while the previous one is still being confirmed.
     */
    List<OutboxEntry> pendingAfter(long sequence, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit: " + limit + ", must be at least 1");
        }
        return database.read("reading the outbox", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT sequence, entity, entity_id, operation, payload, hlc, device_id FROM outbox"
                            + " WHERE pushed = 0 AND sequence > ? ORDER BY sequence LIMIT ?")) {
                select.setLong(1, sequence);
                select.setInt(2, limit);
                List<OutboxEntry> entries = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entries.add(new OutboxEntry(
                                rows.getLong(1),
                                rows.getString(2),
                                rows.getString(3),
                                ChangeOperation.fromStored(rows.getString(4)),
                                rows.getString(5),
                                HlcTimestamp.parse(rows.getString(6)),
                                DeviceId.of(rows.getString(7))));
                    }
                }
                return entries;
            }
        });
    }

    @Override
    public void acknowledge(long sequence) {
        database.write("acknowledging outbox rows up to " + sequence, connection -> {
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE outbox SET pushed = 1 WHERE pushed = 0 AND sequence <= ?")) {
                update.setLong(1, sequence);
                return update.executeUpdate();
            }
        });
    }

    @Override
    public long pendingCount() {
        return database.read("counting the outbox", connection -> {
            try (PreparedStatement select =
                            connection.prepareStatement("SELECT count(*) FROM outbox WHERE pushed = 0");
                    ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }
}
