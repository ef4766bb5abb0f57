package com.eesystem.curator.domain.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutboxEntryTest {

    static final HlcTimestamp AT = new HlcTimestamp(1_764_072_000_000L, 0);
    static final DeviceId DEVICE = DeviceId.of("desk-1");

    @Test
    void aValidEntryBecomesTheSameRemoteChange() {
        var entry =
                new OutboxEntry(3, "content_library", "4f1c", ChangeOperation.UPSERT, "{\"title\":\"x\"}", AT, DEVICE);

        var change = RemoteChange.of(entry);

        assertThat(change.originSequence()).isEqualTo(3);
        assertThat(change.originDevice()).isEqualTo(DEVICE);
        assertThat(change.timestamp()).isEqualTo(AT);
    }

    @Test
    void aSequenceBelowOneIsRefused() {
        assertThatThrownBy(() -> new OutboxEntry(0, "content_library", "1", ChangeOperation.DELETE, "{}", AT, DEVICE))
                .hasMessage("outbox.sequence: 0 is below 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Content", "content-library", "1abc", "content library"})
    void anEntityTypeThatIsNotATableNameIsRefused(String type) {
        assertThatThrownBy(() -> new OutboxEntry(1, type, "1", ChangeOperation.DELETE, "{}", AT, DEVICE))
                .hasMessageStartingWith("outbox.entity_type: \"" + type + "\" is not a table name");
    }

    @Test
    void aBlankPayloadIsRefusedSayingWhatADeleteWrites() {
        assertThatThrownBy(() -> new OutboxEntry(1, "content_library", "1", ChangeOperation.DELETE, " ", AT, DEVICE))
                .hasMessage("outbox.payload: is blank (sequence 1, content_library 1); a delete writes {}");
    }

    @Test
    void operationsParseFromStoredText() {
        assertThat(ChangeOperation.fromStored("upsert")).isEqualTo(ChangeOperation.UPSERT);
        assertThatThrownBy(() -> ChangeOperation.fromStored("merge"))
                .hasMessage("outbox.operation: \"merge\" is not one of upsert, delete");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "desk 1", "desk:1"})
    void aDeviceIdThatCannotBeAKeyPartIsRefused(String value) {
        assertThatThrownBy(() -> DeviceId.of(value)).hasMessageStartingWith("device_id: \"" + value + "\"");
    }

    @Test
    void aNegativeAcknowledgementIsRefused() {
        assertThatThrownBy(() -> new PushReceipt(-1)).hasMessage("acknowledgedThrough: -1 is negative");
        assertThat(SyncWatermark.BEGINNING.isBeginning()).isTrue();
    }
}
