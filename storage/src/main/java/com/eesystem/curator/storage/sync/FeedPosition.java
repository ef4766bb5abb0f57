package com.eesystem.curator.storage.sync;

import com.datastax.oss.driver.api.core.uuid.Uuids;
import com.eesystem.curator.domain.sync.SyncWatermark;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * A place in the change feed: a UTC day bucket and the last change_id read in it. As a watermark it is
 * {@code 2026-11-25|<timeuuid>}, or {@code 2026-11-25|} for the start of a day.
 */
record FeedPosition(LocalDate bucket, UUID after) {

    static FeedPosition startOf(LocalDate bucket) {
        // the smallest timeuuid of the day's first millisecond: every real id of that day is greater
        return new FeedPosition(
                bucket,
                Uuids.startOf(bucket.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()));
    }

    static FeedPosition parse(SyncWatermark watermark) {
        String text = watermark.position();
        int bar = text.indexOf('|');
        try {
            if (bar < 0) {
                throw new IllegalArgumentException("no '|'");
            }
            LocalDate bucket = LocalDate.parse(text.substring(0, bar));
            String id = text.substring(bar + 1);
            return id.isEmpty() ? startOf(bucket) : new FeedPosition(bucket, UUID.fromString(id));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "sync watermark: \"" + text + "\" is not day|change_id (" + e.getMessage() + ")", e);
        }
    }

    SyncWatermark toWatermark() {
        return new SyncWatermark(bucket + "|" + after);
    }
}
