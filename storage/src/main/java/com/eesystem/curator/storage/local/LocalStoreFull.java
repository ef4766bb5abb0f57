package com.eesystem.curator.storage.local;

import java.nio.file.Path;

/** The disk (or the configured size limit) is full; the change was rolled back, earlier data is intact. */
public final class LocalStoreFull extends LocalStoreException {

    LocalStoreFull(Path database, Throwable cause) {
        super(
                database,
                "local store " + database
                        + " is full (no space left on the disk or size limit reached); the last change was not saved, "
                        + "earlier data is intact. Free some disk space and try again.",
                cause);
    }
}
