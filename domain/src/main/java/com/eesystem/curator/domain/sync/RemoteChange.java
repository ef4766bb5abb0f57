package com.eesystem.curator.domain.sync;

import java.util.Objects;

/**
 * A change read from the team store's change feed: an {@link OutboxEntry} some desktop pushed.
 *
 * @param originDevice the desktop that made it; a desktop skips its own changes
 * @param originSequence its sequence on that desktop
 */
public record RemoteChange(
        String entityType,
        String entityId,
        ChangeOperation operation,
        String payloadJson,
        HlcTimestamp timestamp,
        DeviceId originDevice,
        long originSequence) {

    public RemoteChange {
        OutboxEntry.requireEntity(entityType, entityId, "change");
        Objects.requireNonNull(operation, "change.operation");
        Objects.requireNonNull(payloadJson, "change.payload");
        Objects.requireNonNull(timestamp, "change.hlc");
        Objects.requireNonNull(originDevice, "change.device_id");
        if (originSequence < 1) {
            throw new IllegalArgumentException("change.sequence: " + originSequence + " is below 1");
        }
    }

    /** The change as it was pushed. */
    public static RemoteChange of(OutboxEntry entry) {
        return new RemoteChange(
                entry.entityType(),
                entry.entityId(),
                entry.operation(),
                entry.payloadJson(),
                entry.timestamp(),
                entry.deviceId(),
                entry.sequence());
    }
}
