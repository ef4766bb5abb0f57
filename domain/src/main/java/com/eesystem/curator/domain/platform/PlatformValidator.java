package com.eesystem.curator.domain.platform;

import com.eesystem.curator.domain.content.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a post against its platform's limits and reports every breach, each with the limit and the
 * actual value. An empty list means the post fits.
 */
public final class PlatformValidator {

    private PlatformValidator() {}

    public static List<RuleBreach> check(PostContent post) {
        return check(post, PlatformRuleBook.rulesFor(post.platform()));
    }

    public static List<RuleBreach> check(PostContent post, PlatformRules rules) {
        if (rules.platform() != post.platform()) {
            throw new IllegalArgumentException("rules: " + rules.platform().storedValue() + " rules given for a "
                    + post.platform().storedValue() + " post");
        }
        Platform platform = rules.platform();
        List<RuleBreach> breaches = new ArrayList<>();
        if (isThread(post, rules)) {
            // an automatic split always fits; only hand-written posts can be too long
            List<String> segments = post.handWrittenSegments();
            int limit = rules.threadSegmentLimit().getAsInt();
            for (int i = 0; i < segments.size(); i++) {
                int length = rules.textLength().of(segments.get(i));
                if (segments.size() > 1 && length > limit) {
                    breaches.add(RuleBreach.over(platform, "thread segment " + (i + 1), length, limit, "chars"));
                }
            }
        } else {
            int length = rules.textLength().of(post.text());
            if (length > rules.captionLimit()) {
                breaches.add(RuleBreach.over(platform, "caption", length, rules.captionLimit(), "chars"));
            }
        }
        int hashtags = post.hashtags().size();
        rules.hashtagLimit().ifPresent(limit -> {
            if (hashtags > limit) {
                breaches.add(RuleBreach.over(platform, "hashtags", hashtags, limit, "hashtags"));
            }
        });
        int mentions = post.mentions().size();
        rules.mentionLimit().ifPresent(limit -> {
            if (mentions > limit) {
                breaches.add(RuleBreach.over(platform, "mentions", mentions, limit, "mentions"));
            }
        });
        rules.titleLimit().ifPresent(limit -> {
            int length = rules.textLength().of(post.title());
            if (length > limit) {
                breaches.add(RuleBreach.over(platform, "title", length, limit, "chars"));
            }
        });
        post.videoDuration().ifPresent(duration -> {
            rules.maxVideoFor(post.contentType()).ifPresent(max -> {
                if (duration.compareTo(max) > 0) {
                    breaches.add(
                            RuleBreach.over(platform, "video duration", seconds(duration), max.toSeconds(), "seconds"));
                }
            });
            rules.minVideo().ifPresent(min -> {
                if (duration.compareTo(min) < 0) {
                    breaches.add(RuleBreach.under(
                            platform, "video duration", duration.toSeconds(), min.toSeconds(), "seconds"));
                }
            });
        });
        return List.copyOf(breaches);
    }

    /** The posts that go out: a thread's segments (hand-written or split to fit), else the whole text. */
    public static List<String> segments(PostContent post) {
        PlatformRules rules = PlatformRuleBook.rulesFor(post.platform());
        if (!isThread(post, rules)) {
            return List.of(post.text());
        }
        if (post.isHandWrittenThread()) {
            return post.handWrittenSegments();
        }
        return ThreadSplitter.split(post.text(), rules.threadSegmentLimit().getAsInt(), rules.textLength(), true);
    }

    /** A thread on a platform with threads; other content there must fit one post. */
    private static boolean isThread(PostContent post, PlatformRules rules) {
        return rules.hasThreads() && post.contentType() == ContentType.THREAD;
    }

    // round up: 140.4 s is over a 140 s limit and must not read "140 seconds, limit 140"
    private static long seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() : duration.toSeconds() + 1;
    }
}
