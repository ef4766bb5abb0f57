package com.eesystem.curator.domain.platform;

import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.invariant.Invariants;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A content body as one platform will see it: the composed text (caption, then any hashtags not already
 * in it), the title, and the video duration when known.
 *
 * <p>Platform-specific values come from {@code platform_specs}: {@code <platform>.title} overrides the
 * title, {@code video_duration_seconds} (or {@code <platform>.video_duration_seconds}) gives the length.
 * A thread written by hand separates its posts with a line holding only {@code ---}.
 */
public record PostContent(
        Platform platform, ContentType contentType, String text, String title, Optional<Duration> videoDuration) {

    public static final String VIDEO_DURATION_SECONDS = "video_duration_seconds";
    public static final String SEGMENT_SEPARATOR = "\n---\n";

    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_&])#([\\p{L}\\p{N}_]+)");
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.@])@([A-Za-z0-9_.]+)");

    public PostContent {
        Invariants.notNull("platform", platform);
        Invariants.notNull("content_type", contentType);
        text = Invariants.text(text);
        title = Invariants.text(title);
        videoDuration = videoDuration == null ? Optional.empty() : videoDuration;
    }

    public static PostContent of(ContentBody body, Platform platform) {
        String text = body.caption().strip();
        Set<String> present = tagsIn(text, HASHTAG);
        List<String> missing = body.hashtags().stream()
                .filter(tag -> !present.contains(tag.toLowerCase(Locale.ROOT)))
                .distinct()
                .toList();
        if (!missing.isEmpty()) {
            String tags =
                    String.join(" ", missing.stream().map(tag -> "#" + tag).toList());
            text = text.isEmpty() ? tags : text + "\n\n" + tags;
        }
        String prefix = platform.storedValue() + ".";
        String title = body.platformSpecs().getOrDefault(prefix + "title", body.title());
        String seconds = body.platformSpecs()
                .getOrDefault(
                        prefix + VIDEO_DURATION_SECONDS, body.platformSpecs().get(VIDEO_DURATION_SECONDS));
        return new PostContent(
                platform,
                body.contentType(),
                text,
                title,
                Optional.ofNullable(seconds).map(PostContent::seconds));
    }

    private static Duration seconds(String text) {
        try {
            double value = Double.parseDouble(text.strip());
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new NumberFormatException(text);
            }
            return Duration.ofMillis(Math.round(value * 1000));
        } catch (NumberFormatException notNumber) {
            throw new IllegalArgumentException(
                    "platform_specs." + VIDEO_DURATION_SECONDS + ": \"" + text + "\" is not a number of seconds",
                    notNumber);
        }
    }

    /** Distinct hashtags (lower case) in the composed text. */
    public Set<String> hashtags() {
        return tagsIn(text, HASHTAG);
    }

    /** Distinct @mentions (lower case) in the composed text. */
    public Set<String> mentions() {
        return tagsIn(text, MENTION);
    }

    /** The posts of a hand-written thread, or the whole text as one. */
    public List<String> handWrittenSegments() {
        if (!text.contains(SEGMENT_SEPARATOR.strip())) {
            return List.of(text);
        }
        return Pattern.compile("\\R---\\R")
                .splitAsStream(text)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    public boolean isHandWrittenThread() {
        return handWrittenSegments().size() > 1;
    }

    private static Set<String> tagsIn(String text, Pattern pattern) {
        Set<String> tags = new LinkedHashSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            tags.add(matcher.group(1).toLowerCase(Locale.ROOT));
        }
        return tags;
    }
}
