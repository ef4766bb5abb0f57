package com.eesystem.curator.app;

import com.eesystem.curator.domain.sync.SyncStatus;
import com.eesystem.curator.domain.sync.SyncStatusSource;
import java.util.function.Consumer;

/**
 * The sync status when no team server is configured: always local-only, never changing. The sync
 * engine's source replaces it once AstraDB or Redis is configured.
 */
final class LocalOnlySyncStatusSource implements SyncStatusSource {

    @Override
    public SyncStatus current() {
        return SyncStatus.localOnly();
    }

    @Override
    public AutoCloseable subscribe(Consumer<SyncStatus> listener) {
        // nothing ever changes without servers, so there is nothing to tell the listener
        return () -> {};
    }
}
