package com.eesystem.curator.domain.schedule;

import com.eesystem.curator.domain.policy.NotFound;
import com.eesystem.curator.domain.policy.Outcome;
import com.eesystem.curator.domain.user.Permission;
import com.eesystem.curator.domain.user.PermissionPolicy;
import com.eesystem.curator.domain.user.User;

/**
 * The first steps every change of a calendar entry takes: the caller may schedule, the entry exists, and
 * it is still at the version the caller saw (a lost race becomes a named conflict, never an overwrite).
 */
final class ScheduleEntryAtVersion {

    private ScheduleEntryAtVersion() {}

    /** {@code Done(entry)} when the change may go ahead; otherwise the refusal or conflict to return. */
    static Outcome<ScheduleEntry> load(
            PermissionPolicy policy,
            PublicationSchedule schedule,
            User actor,
            ScheduleEntryId entryId,
            long expectedVersion) {
        var denied = policy.check(actor, Permission.SCHEDULE);
        if (denied.isPresent()) {
            return Outcome.refused(denied.get());
        }
        var found = schedule.find(entryId);
        if (found.isEmpty()) {
            return Outcome.refused(new NotFound("schedule entry", entryId.toString()));
        }
        ScheduleEntry entry = found.get();
        if (entry.version() != expectedVersion) {
            return new Outcome.Conflict<>("schedule entry " + entry.id() + ": changed from version " + expectedVersion
                    + " but the calendar holds version " + entry.version());
        }
        return Outcome.done(entry);
    }
}
