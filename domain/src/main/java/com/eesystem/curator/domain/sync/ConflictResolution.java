package com.eesystem.curator.domain.sync;

/** What resolving a conflict did. */
public sealed interface ConflictResolution {

    /** The chosen text is the item's now (a normal local edit, synced like any other); the conflict is closed. */
    record Resolved(SyncConflict conflict, String text) implements ConflictResolution {}

    /** The conflict was already closed (resolved elsewhere, or its item is gone): nothing changed. */
    record AlreadyClosed(SyncConflict conflict) implements ConflictResolution {}

    /** The item changed while the person was choosing; list the conflicts again and choose on the new text. */
    record ItemChanged(SyncConflict conflict) implements ConflictResolution {}
}
