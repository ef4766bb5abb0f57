package com.eesystem.curator.storage.local;

import java.nio.file.Path;

/** Any other I/O or SQL failure of the local store; the message says what was being done. */
public final class LocalStoreUnavailable extends LocalStoreException {

    LocalStoreUnavailable(Path database, String message, Throwable cause) {
        super(database, "local store " + database + ": " + message, cause);
    }
}
