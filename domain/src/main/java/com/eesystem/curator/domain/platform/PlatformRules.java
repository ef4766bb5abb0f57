package com.eesystem.curator.domain.platform;

import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.invariant.Invariants;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One platform's published limits, as data. An empty limit means the platform publishes none (hashtags on
 * TikTok count only against the caption length).
 *
 * @param captionLimit the post text: caption, tweet, post commentary, video description (YouTube)
 * @param threadSegmentLimit the length of each post of a thread, where threads exist (X)
 * @param titleLimit video title (YouTube)
 * @param maxVideo longest video per content type (reel: the short-video format; story)
 * @param minVideo shortest accepted video, where the platform sets one
 */
public record PlatformRules(
        Platform platform,
        TextLength textLength,
        int captionLimit,
        OptionalInt hashtagLimit,
        OptionalInt mentionLimit,
        OptionalInt threadSegmentLimit,
        OptionalInt titleLimit,
        Map<ContentType, Duration> maxVideo,
        Optional<Duration> minVideo) {

    public PlatformRules {
        Invariants.notNull("platform", platform);
        Invariants.notNull("text_length", textLength);
        Invariants.atLeast("caption_limit", captionLimit, 1);
        hashtagLimit = hashtagLimit == null ? OptionalInt.empty() : hashtagLimit;
        mentionLimit = mentionLimit == null ? OptionalInt.empty() : mentionLimit;
        threadSegmentLimit = threadSegmentLimit == null ? OptionalInt.empty() : threadSegmentLimit;
        titleLimit = titleLimit == null ? OptionalInt.empty() : titleLimit;
        maxVideo = maxVideo == null || maxVideo.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(maxVideo));
        minVideo = minVideo == null ? Optional.empty() : minVideo;
    }

    public Optional<Duration> maxVideoFor(ContentType type) {
        return Optional.ofNullable(maxVideo.get(type));
    }

    public boolean hasThreads() {
        return threadSegmentLimit.isPresent();
    }
}
