package com.eesystem.curator.storage.local;

import java.nio.file.Path;

/**
 * The database file failed {@code PRAGMA integrity_check} (or is not a database at all). The app offers
 * a restore from a backup; it never recreates the file empty.
 */
public final class LocalStoreCorrupt extends LocalStoreException {

    private final String checkOutput;

    LocalStoreCorrupt(Path database, String checkOutput, Throwable cause) {
        super(
                database,
                "local store " + database + " is damaged; restore a backup (curator restore). integrity_check: "
                        + checkOutput,
                cause);
        this.checkOutput = checkOutput;
    }

    /** What SQLite reported: the integrity_check lines, or the open error. */
    public String checkOutput() {
        return checkOutput;
    }
}
