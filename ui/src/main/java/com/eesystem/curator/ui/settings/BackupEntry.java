package com.eesystem.curator.ui.settings;

import java.time.Instant;
import java.util.Objects;

/**
 * One snapshot of the local store in the backups folder.
 *
 * @param id what the app needs to find it again (its file name)
 * @param takenAt when it was taken
 * @param reason why: scheduled, manual, before-migration ...
 * @param sizeBytes its size on disk
 */
public record BackupEntry(String id, Instant takenAt, String reason, long sizeBytes) {
    public BackupEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(takenAt, "takenAt");
        Objects.requireNonNull(reason, "reason");
    }
}
