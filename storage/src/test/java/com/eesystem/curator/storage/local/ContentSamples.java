package com.eesystem.curator.storage.local;

import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Content items for the SQLite tests. */
final class ContentSamples {

    static final UserId AUTHOR = UserId.parse("00000000-0000-0000-0000-00000000a001");

    private ContentSamples() {}

    static ContentItem draft(String title, String caption, Instant at) {
        return ContentItem.draft(ContentId.random(), AUTHOR, body(title, caption), at);
    }

    static ContentBody body(String title, String caption) {
        return new ContentBody(
                title,
                "A short description of " + title,
                ContentType.REEL,
                List.of(Platform.INSTAGRAM, Platform.TIKTOK),
                caption,
                "Scene 1: morning light. Scene 2: " + caption,
                List.of("wellness", "EESystem"),
                List.of("a calm room at sunrise"),
                Map.of("instagram.aspect", "9:16"));
    }
}
