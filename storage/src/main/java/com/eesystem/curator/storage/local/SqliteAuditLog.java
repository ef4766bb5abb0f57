package com.eesystem.curator.storage.local;

import com.eesystem.curator.domain.audit.AuditChain;
import com.eesystem.curator.domain.audit.AuditEntry;
import com.eesystem.curator.domain.audit.AuditLog;
import com.eesystem.curator.domain.audit.AuditRecord;
import com.eesystem.curator.domain.invariant.Invariants;
import com.eesystem.curator.domain.sync.ChangeOperation;
import com.eesystem.curator.domain.user.UserId;
import com.eesystem.curator.storage.codec.JsonCodec;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The audit_log table: the hash chain of this desktop. An append reads the head and inserts its successor
 * in one write transaction (the store's single writer serialises them, so the chain never forks) together
 * with the entry's outbox row. Rows are read back exactly as hashed: {@code at} is kept as ISO-8601 text,
 * not the store's millisecond timestamps, because the hash covers every digit of the instant.
 */
final class SqliteAuditLog implements AuditLog {

    static final String ENTITY = "audit_log";
    private static final TypeReference<TreeMap<String, String>> DETAILS = new TypeReference<>() {};
    /** Append-only: a replayed entry the table already holds is the same entry. */
    static final RowImage.Table ROWS = new RowImage.Table(
            ENTITY,
            "sequence",
            List.of("sequence", "at", "actor_id", "action", "subject", "details", "previous_hash", "hash"),
            RowImage.OnConflict.KEEP);

    private static final String COLUMNS = String.join(", ", ROWS.columns());

    private final LocalDatabase database;
    private final OutboxWriter outbox;

    SqliteAuditLog(LocalDatabase database, OutboxWriter outbox) {
        this.database = database;
        this.outbox = outbox;
    }

    @Override
    public AuditEntry append(AuditRecord record) {
        Invariants.notNull("record", record);
        return database.write("appending " + record.action() + " to the audit log", connection -> {
            AuditEntry entry = AuditChain.next(head(connection), record);
            RowImage row = row(entry);
            row.insertNew(connection);
            outbox.append(connection, ENTITY, entry.hash(), ChangeOperation.UPSERT, row.payload());
            return entry;
        });
    }

    @Override
    public List<AuditEntry> read(long fromSequence, int limit) {
        Invariants.inRange("limit", limit, 0, 10_000);
        return database.read("reading the audit log from entry " + fromSequence, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM audit_log WHERE sequence >= ? ORDER BY sequence LIMIT ?")) {
                select.setLong(1, fromSequence);
                select.setInt(2, limit);
                List<AuditEntry> entries = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entries.add(entry(rows));
                    }
                }
                return entries;
            }
        });
    }

    @Override
    public Optional<AuditEntry> head() {
        return database.read("reading the newest audit entry", SqliteAuditLog::head);
    }

    private static Optional<AuditEntry> head(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM audit_log ORDER BY sequence DESC LIMIT 1");
                ResultSet row = select.executeQuery()) {
            return row.next() ? Optional.of(entry(row)) : Optional.empty();
        }
    }

    /**
     * A row as it is stored. A row whose text no longer parses (someone edited the file) is reported
     * naming the entry, so {@code curator audit verify} can say where the damage is.
     */
    private static AuditEntry entry(ResultSet row) throws SQLException {
        long sequence = row.getLong("sequence");
        try {
            Map<String, String> details = JsonCodec.instance().read(row.getString("details"), DETAILS);
            AuditRecord record = new AuditRecord(
                    Instant.parse(row.getString("at")),
                    UserId.parse(row.getString("actor_id")),
                    row.getString("action"),
                    row.getString("subject"),
                    details);
            return new AuditEntry(sequence, record, row.getString("previous_hash"), row.getString("hash"));
        } catch (IllegalArgumentException | DateTimeParseException | JsonCodec.JsonCodecException unreadable) {
            throw new IllegalStateException(
                    "audit_log entry " + sequence + ": cannot be read (" + unreadable.getMessage() + ")", unreadable);
        }
    }

    /**
     * The row and its change record: every column, so a restore puts the entry back exactly as it was
     * written, sequence and hashes included (appending it anew would make a new entry and another chain).
     */
    private static RowImage row(AuditEntry entry) {
        return ROWS.image()
                .with("sequence", entry.sequence())
                .with("at", entry.record().at().toString())
                .with("actor_id", entry.record().actor().toString())
                .with("action", entry.record().action())
                .with("subject", entry.record().subject())
                .with("details", entry.record().details())
                .with("previous_hash", entry.previousHash())
                .with("hash", entry.hash());
    }
}
