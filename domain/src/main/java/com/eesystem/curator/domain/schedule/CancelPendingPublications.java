package com.eesystem.curator.domain.schedule;

import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.EditDraft;
import com.eesystem.curator.domain.invariant.Invariants;
import java.time.Instant;

/** The calendar side of editing approved content: its scheduled and failed entries are cancelled. */
public final class CancelPendingPublications implements EditDraft.PendingPublications {

    private final PublicationSchedule schedule;

    public CancelPendingPublications(PublicationSchedule schedule) {
        this.schedule = Invariants.notNull("schedule", schedule);
    }

    @Override
    public int cancelAllFor(ContentId contentId, Instant at) {
        int cancelled = 0;
        for (ScheduleEntry entry : schedule.forContent(contentId)) {
            if (ScheduleLifecycle.pending(entry.status())
                    && entry.cancel(at) instanceof ScheduleChange.Changed changed
                    && schedule.save(changed.entry()) instanceof ScheduleSave.Saved) {
                cancelled++;
            }
        }
        return cancelled;
    }
}
