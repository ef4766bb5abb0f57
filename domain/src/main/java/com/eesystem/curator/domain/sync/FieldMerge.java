package com.eesystem.curator.domain.sync;

import java.util.Objects;

/**
 * How a local and a remote version of one field combine. The value that stays is always the one
 * with the later {@link ChangeStamp}, so every desktop converges on the same value whatever order
 * changes arrive in. What differs is whether the user is told: two concurrent edits of a text field
 * (neither written knowing the other) with different values are a {@link Conflicted}; the losing
 * text is kept for the user to resolve, never dropped.
 */
public sealed interface FieldMerge {

    /** The value to keep. */
    FieldVersion result();

    /** The local value stays (it is the same write, or later). */
    record KeptLocal(FieldVersion result) implements FieldMerge {}

    /** The remote value replaces the local one. */
    record TookRemote(FieldVersion result) implements FieldMerge {}

    /** Concurrent text edits: {@code result} is kept for now, {@code other} waits for the user. */
    record Conflicted(FieldVersion result, FieldVersion other) implements FieldMerge {}

    /** What kind of field it is, which decides whether concurrent edits conflict. */
    enum FieldKind {
        /** Last writer wins quietly (status, dates, numbers, lists of tags). */
        VALUE,
        /** Free text a person typed (title, caption, script): concurrent edits keep both versions. */
        TEXT
    }

    static FieldMerge of(FieldVersion local, FieldVersion remote, FieldKind kind) {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(remote, "remote");
        Objects.requireNonNull(kind, "kind");
        int order = remote.stamp().compareTo(local.stamp());
        if (order == 0) {
            return new KeptLocal(local);
        }
        FieldVersion later = order > 0 ? remote : local;
        FieldVersion earlier = order > 0 ? local : remote;
        boolean concurrent = !later.supersedes(earlier);
        if (concurrent && kind == FieldKind.TEXT && !later.value().equals(earlier.value())) {
            return new Conflicted(later, earlier);
        }
        return order > 0 ? new TookRemote(remote) : new KeptLocal(local);
    }
}
