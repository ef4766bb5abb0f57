package com.eesystem.curator.storage.local;

import java.nio.file.Path;

/** The database was written by a newer Curator: its schema version is beyond what this app knows. */
public final class LocalStoreTooNew extends LocalStoreException {

    private final String foundVersion;
    private final String knownVersion;

    LocalStoreTooNew(Path database, String foundVersion, String knownVersion) {
        super(
                database,
                "local store " + database + " has schema version " + foundVersion
                        + ", but this Curator knows versions up to " + knownVersion
                        + ": it was written by a newer Curator. Update Curator, or restore a backup made by this version."
                        + " The file was not changed.",
                null);
        this.foundVersion = foundVersion;
        this.knownVersion = knownVersion;
    }

    public String foundVersion() {
        return foundVersion;
    }

    public String knownVersion() {
        return knownVersion;
    }
}
