package com.eesystem.curator.app.cli;

import com.eesystem.curator.app.DataDirectory;
import com.eesystem.curator.storage.local.LocalStoreSettings;

/** The local store's settings for a data dir, shared by the backup, restore and cleanup commands. */
final class LocalStoreCommands {

    private LocalStoreCommands() {}

    static LocalStoreSettings settings(DataDirectory dataDirectory) {
        return LocalStoreSettings.defaults(dataDirectory.localDatabase(), dataDirectory.backups());
    }
}
