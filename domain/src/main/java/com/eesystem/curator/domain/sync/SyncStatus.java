package com.eesystem.curator.domain.sync;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the status bar shows about the link to the team store and the live layer.
 *
 * @param connectivity whether the servers are configured and reachable
 * @param pendingChanges local changes not yet acknowledged by the team store
 * @param lastSuccessfulSync when the last sync finished without error, if ever
 * @param lastError the last sync or connection error in plain words, if any
 */
public record SyncStatus(
        Connectivity connectivity,
        long pendingChanges,
        Optional<Instant> lastSuccessfulSync,
        Optional<String> lastError) {

    public enum Connectivity {
        /** No team servers configured: the app runs on the local store alone. */
        LOCAL_ONLY,
        OFFLINE,
        CONNECTING,
        ONLINE,
        SYNCING
    }

    public SyncStatus {
        Objects.requireNonNull(connectivity, "connectivity");
        Objects.requireNonNull(lastSuccessfulSync, "lastSuccessfulSync");
        Objects.requireNonNull(lastError, "lastError");
        if (pendingChanges < 0) {
            throw new IllegalArgumentException("pendingChanges: " + pendingChanges + " is negative");
        }
    }

    public static SyncStatus localOnly() {
        return new SyncStatus(Connectivity.LOCAL_ONLY, 0, Optional.empty(), Optional.empty());
    }
}
