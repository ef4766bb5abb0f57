package com.eesystem.curator.domain.sync;

import java.util.Objects;

/** How a person resolves a {@link SyncConflict}. */
public sealed interface ConflictChoice {

    /** Keep the version this desktop shows. */
    record KeepMine() implements ConflictChoice {}

    /** Take the other desktop's version. */
    record KeepTheirs() implements ConflictChoice {}

    /** Use a text the person merged from both. */
    record Merged(String text) implements ConflictChoice {
        public Merged {
            Objects.requireNonNull(text, "merged text");
        }
    }
}
