package com.eesystem.curator.storage.local;

/**
 * Told how far a backup or a restore has got, for a progress bar. Called on the thread doing the work
 * (never the JavaFX thread); a listener that updates the UI hands the values over itself.
 */
@FunctionalInterface
public interface BackupProgress {

    /** The steps, in the order they happen; a backup only copies. */
    enum Step {
        /** Copying the database (a snapshot being written, or a backup copied to the staging file). */
        COPYING,
        /** PRAGMA integrity_check of the backup or the staged file. */
        CHECKING,
        /** Bringing a snapshot from an older Curator to this schema. */
        MIGRATING,
        /** Applying the incremental backups after the snapshot. */
        REPLAYING,
        /** Moving the current file aside and the restored one in; cannot be cancelled. */
        SWAPPING,
        DONE
    }

    /** {@code fraction} of {@code step} is done, 0..1. */
    void update(Step step, double fraction);

    /** For callers that show no progress. */
    BackupProgress NONE = (step, fraction) -> {};
}
