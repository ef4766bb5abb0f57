package com.eesystem.curator.domain;

import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.user.Role;
import com.eesystem.curator.domain.user.User;
import com.eesystem.curator.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Shared test values: people, a body, items in any status. */
public final class Fixtures {

    public static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
    public static final User EDITOR = User.of(new UserId(new UUID(0, 1)), "Erin Editor", Role.EDITOR);
    public static final User OTHER_EDITOR = User.of(new UserId(new UUID(0, 2)), "Ed Other", Role.EDITOR);
    public static final User REVIEWER = User.of(new UserId(new UUID(0, 3)), "Rita Reviewer", Role.REVIEWER);
    public static final User ADMIN = User.of(new UserId(new UUID(0, 4)), "Ada Admin", Role.ADMIN);
    public static final User EDITOR_AND_REVIEWER =
            User.of(new UserId(new UUID(0, 5)), "Eve Both", Role.EDITOR, Role.REVIEWER);

    private Fixtures() {}

    public static ContentBody body() {
        return ContentBody.of(
                "Morning light routine",
                ContentType.REEL,
                List.of(Platform.INSTAGRAM, Platform.TWITTER),
                "Start the day with ten quiet minutes in the light.");
    }

    public static ContentItem draft() {
        return ContentItem.draft(ContentId.random(), EDITOR.id(), body(), T0);
    }

    /** An item as if read from the store in {@code status}, version 5, revision 2. */
    public static ContentItem inStatus(ContentStatus status) {
        Instant published = status == ContentStatus.PUBLISHED || status == ContentStatus.ARCHIVED ? T0 : null;
        return new ContentItem(ContentId.random(), 5, 2, EDITOR.id(), body(), status, "", Map.of(), T0, T0, published);
    }

    public static Clock clockAt(Instant at) {
        return Clock.fixed(at, ZoneOffset.UTC);
    }
}
