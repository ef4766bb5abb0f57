package com.eesystem.curator.domain.sync;

import java.util.function.Consumer;

/** Where the UI reads the sync/connectivity status and hears of its changes. */
public interface SyncStatusSource {

    SyncStatus current();

    /**
     * Calls {@code listener} with every new status, on a background thread, until the returned handle
     * is closed.
     */
    AutoCloseable subscribe(Consumer<SyncStatus> listener);
}
