package com.eesystem.curator.storage.local;

import java.nio.file.Path;

/**
 * A failure of the local store that the app must tell the user about. Each subclass is one failure
 * family and names the database file; none of them leaves a half-written change behind (the
 * transaction was rolled back).
 */
public abstract sealed class LocalStoreException extends RuntimeException
        permits LocalStoreCorrupt,
                LocalStoreFull,
                LocalStoreLocked,
                LocalStoreTooNew,
                LocalMigrationFailed,
                LocalStoreUnavailable {

    private final Path database;

    LocalStoreException(Path database, String message, Throwable cause) {
        super(message, cause);
        this.database = database;
    }

    /** The SQLite file concerned. */
    public Path database() {
        return database;
    }
}
