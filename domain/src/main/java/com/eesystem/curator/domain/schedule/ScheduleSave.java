package com.eesystem.curator.domain.schedule;

import com.eesystem.curator.domain.invariant.Invariants;

/** Outcome of a versioned save of a schedule entry. */
public sealed interface ScheduleSave {

    record Saved(ScheduleEntry entry) implements ScheduleSave {
        public Saved {
            Invariants.notNull("entry", entry);
        }
    }

    record VersionConflict(ScheduleEntryId id, long attemptedVersion, long storedVersion) implements ScheduleSave {
        public String message() {
            return "schedule entry " + id + ": version " + attemptedVersion + " lost to stored version " + storedVersion
                    + "; reload and apply the change again";
        }
    }
}
