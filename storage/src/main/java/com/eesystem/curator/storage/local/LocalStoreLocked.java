package com.eesystem.curator.storage.local;

import java.nio.file.Path;
import java.time.Duration;

/** Another process holds the database file longer than the busy timeout (e.g. a second Curator). */
public final class LocalStoreLocked extends LocalStoreException {

    private final Duration waited;

    LocalStoreLocked(Path database, Duration waited, Throwable cause) {
        super(
                database,
                "local store " + database + " is locked by another program (waited " + waited.toMillis()
                        + " ms); the change was not saved. Close the other Curator window or process and try again.",
                cause);
        this.waited = waited;
    }

    public Duration waited() {
        return waited;
    }
}
