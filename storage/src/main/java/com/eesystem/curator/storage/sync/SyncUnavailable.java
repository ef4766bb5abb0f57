package com.eesystem.curator.storage.sync;

/**
 * The team store could not be reached or did not confirm in time during sync. Nothing local is lost:
 * unacknowledged changes stay in the outbox and the worker retries with backoff.
 */
public final class SyncUnavailable extends RuntimeException {

    public SyncUnavailable(String message) {
        super(message);
    }

    public SyncUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
