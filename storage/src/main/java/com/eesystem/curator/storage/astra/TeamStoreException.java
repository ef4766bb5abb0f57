package com.eesystem.curator.storage.astra;

import java.util.Objects;

/**
 * The team store (AstraDB / Cassandra) cannot be used as configured. The message names the cause in
 * words a user can act on; {@link #reason()} lets callers branch without parsing it.
 */
public final class TeamStoreException extends RuntimeException {

    /** What went wrong, one family per way a desktop's configuration or the cluster can fail it. */
    public enum Reason {
        INVALID_SETTINGS,
        MISSING_BUNDLE,
        BAD_CREDENTIALS,
        UNKNOWN_KEYSPACE,
        UNREACHABLE,
        TLS_FAILURE,
        SCHEMA_LOCKED,
        SCHEMA_MISMATCH,
        MIGRATION_FAILED
    }

    private final Reason reason;

    public TeamStoreException(Reason reason, String message) {
        this(reason, message, null);
    }

    public TeamStoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
