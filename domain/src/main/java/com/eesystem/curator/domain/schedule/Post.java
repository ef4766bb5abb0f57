package com.eesystem.curator.domain.schedule;

import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.invariant.Invariants;
import com.eesystem.curator.domain.platform.Platform;
import java.util.List;

/**
 * What goes out to a platform: the text already composed and split for it (a thread on X has several
 * segments, everything else one), plus title and description where the platform has them.
 */
public record Post(
        ScheduleEntryId entryId,
        ContentId contentId,
        Platform platform,
        List<String> segments,
        String title,
        String description,
        List<String> mediaPrompts) {

    public Post {
        Invariants.notNull("entry_id", entryId);
        Invariants.notNull("content_id", contentId);
        Invariants.notNull("platform", platform);
        segments = Invariants.listOf("segments", segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("segments: a post to " + platform.storedValue() + " needs text");
        }
        title = Invariants.text(title);
        description = Invariants.text(description);
        mediaPrompts = Invariants.listOf("media_prompts", mediaPrompts);
    }
}
