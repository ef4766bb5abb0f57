package com.eesystem.curator.domain.sync;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One local change waiting to reach the team store, written in the same SQLite transaction as the
 * change itself, so a change is never saved without its outbox entry or the other way round.
 *
 * @param sequence the local order of changes, from 1, strictly increasing per device; with the
 *     device id it identifies the change, which makes a retried push idempotent
 * @param entityType the table the row belongs to (content_library, publication_schedule ...)
 * @param entityId the row's id as text
 * @param payloadJson the row (or changed fields) as JSON text, written by the storage JSON codec
 * @param timestamp the hybrid logical clock reading of the change: it orders changes across desktops
 * @param deviceId the desktop that made the change
 */
public record OutboxEntry(
        long sequence,
        String entityType,
        String entityId,
        ChangeOperation operation,
        String payloadJson,
        HlcTimestamp timestamp,
        DeviceId deviceId) {

    private static final Pattern TABLE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    public OutboxEntry {
        if (sequence < 1) {
            throw new IllegalArgumentException("outbox.sequence: " + sequence + " is below 1");
        }
        requireEntity(entityType, entityId, "outbox");
        Objects.requireNonNull(operation, "outbox.operation");
        Objects.requireNonNull(payloadJson, "outbox.payload");
        if (payloadJson.isBlank()) {
            throw new IllegalArgumentException("outbox.payload: is blank (sequence " + sequence + ", " + entityType
                    + " " + entityId + "); a delete writes {}");
        }
        Objects.requireNonNull(timestamp, "outbox.hlc");
        Objects.requireNonNull(deviceId, "outbox.device_id");
    }

    static void requireEntity(String entityType, String entityId, String table) {
        Objects.requireNonNull(entityType, table + ".entity_type");
        if (!TABLE_NAME.matcher(entityType).matches()) {
            throw new IllegalArgumentException(
                    table + ".entity_type: \"" + entityType + "\" is not a table name (lowercase, digits, '_')");
        }
        Objects.requireNonNull(entityId, table + ".entity_id");
        if (entityId.isBlank()) {
            throw new IllegalArgumentException(table + ".entity_id: is blank (" + entityType + ")");
        }
    }
}
