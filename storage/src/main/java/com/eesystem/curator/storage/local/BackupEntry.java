package com.eesystem.curator.storage.local;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * One backup as the Settings page lists it: the file, when it was taken, its size and whether it is a
 * whole snapshot or an incremental backup (the changes after a snapshot).
 */
public record BackupEntry(BackupFile file, long sizeBytes) {

    public BackupEntry {
        Objects.requireNonNull(file, "file");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("sizeBytes: " + sizeBytes + ", must not be negative");
        }
    }

    public Path path() {
        return file.path();
    }

    public Instant takenAt() {
        return file.takenAt();
    }

    public boolean incremental() {
        return file.kind() == BackupFile.Kind.OUTBOX_SEGMENT;
    }

    /** "snapshot (manual)", "snapshot (before-v7)" or "incremental: changes 12..40", for the list. */
    public String label() {
        return switch (file.kind()) {
            case SNAPSHOT -> "snapshot (" + file.reason() + ")";
            case OUTBOX_SEGMENT -> "incremental: changes " + file.firstSequence() + ".." + file.outboxSequence();
        };
    }
}
