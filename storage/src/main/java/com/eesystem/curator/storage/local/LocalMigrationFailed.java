package com.eesystem.curator.storage.local;

import java.nio.file.Path;

/** A schema migration failed; the database was put back from the backup taken just before it. */
public final class LocalMigrationFailed extends LocalStoreException {

    private final String failedVersion;
    private final Path backup;

    LocalMigrationFailed(Path database, String failedVersion, Path backup, Throwable cause) {
        super(
                database,
                "local store " + database + ": migration to schema version " + failedVersion + " failed ("
                        + rootMessage(cause) + "); the database was restored from " + backup
                        + " and is unchanged.",
                cause);
        this.failedVersion = failedVersion;
        this.backup = backup;
    }

    public String failedVersion() {
        return failedVersion;
    }

    public Path backup() {
        return backup;
    }

    private static String rootMessage(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage()).lines().findFirst().orElse("unknown error");
    }
}
