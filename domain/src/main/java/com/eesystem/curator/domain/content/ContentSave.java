package com.eesystem.curator.domain.content;

import com.eesystem.curator.domain.invariant.Invariants;

/** Outcome of a versioned save of a content item. */
public sealed interface ContentSave {

    record Saved(ContentItem item) implements ContentSave {
        public Saved {
            Invariants.notNull("item", item);
        }
    }

    /**
     * Someone else saved first: the store holds {@code storedVersion} (0 when the id exists already and
     * a new item was expected, or when the item is gone), so {@code attemptedVersion} was not written.
     */
    record VersionConflict(ContentId id, long attemptedVersion, long storedVersion) implements ContentSave {
        public VersionConflict {
            Invariants.notNull("id", id);
        }

        public String message() {
            return "content " + id + ": version " + attemptedVersion + " lost to stored version " + storedVersion
                    + "; reload and apply the change again";
        }
    }
}
