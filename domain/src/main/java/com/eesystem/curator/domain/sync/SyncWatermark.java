package com.eesystem.curator.domain.sync;

import java.util.Objects;

/**
 * How far a desktop has read the team store's change feed. The text is opaque to the domain: the
 * gateway writes it (e.g. a time bucket and an ingest id) and reads it back; the sync worker stores
 * it locally after applying each page.
 */
public record SyncWatermark(String position) {

    /** Before the first change: pulling from here replays the whole feed. */
    public static final SyncWatermark BEGINNING = new SyncWatermark("");

    public SyncWatermark {
        Objects.requireNonNull(position, "sync watermark");
    }

    public boolean isBeginning() {
        return position.isEmpty();
    }
}
