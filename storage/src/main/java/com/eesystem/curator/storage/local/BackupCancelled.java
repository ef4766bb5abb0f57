package com.eesystem.curator.storage.local;

import java.util.concurrent.CancellationException;

/**
 * A backup or restore stopped because its caller cancelled it. Nothing changed: a cancelled snapshot
 * leaves no file, a cancelled restore leaves the current database where it was.
 */
public final class BackupCancelled extends CancellationException {

    BackupCancelled(String what) {
        super(what + " was cancelled; nothing was changed");
    }
}
