package com.eesystem.curator.domain.queue;

import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.schedule.ScheduleEntryId;
import java.time.Instant;
import java.util.Objects;

/**
 * An item of publication_queue (JSON {@code {"content_id": "uuid", "platform": "tiktok",
 * "scheduled_at": "...", "schedule_entry_id": "uuid"}}): publish a content_library item on a
 * platform, not before {@code scheduledAt}.
 *
 * @param scheduleEntryId the publication_schedule row whose status the result updates
 */
public record PublicationTask(
        ContentId contentId, Platform platform, Instant scheduledAt, ScheduleEntryId scheduleEntryId) {

    public PublicationTask {
        Objects.requireNonNull(contentId, "content_id");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(scheduledAt, "scheduled_at");
        Objects.requireNonNull(scheduleEntryId, "schedule_entry_id");
    }

    public boolean isDueAt(Instant now) {
        return !now.isBefore(scheduledAt);
    }
}
