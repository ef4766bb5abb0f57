package com.eesystem.curator.ui.editor;

import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.platform.PlatformRuleBook;
import com.eesystem.curator.domain.platform.PlatformRules;
import com.eesystem.curator.domain.platform.PlatformValidator;
import com.eesystem.curator.domain.platform.PostContent;
import com.eesystem.curator.domain.platform.RuleBreach;
import java.util.List;
import java.util.OptionalInt;

/**
 * One platform's counters for the post as it would go out (caption plus the hashtags not yet in it),
 * measured with the platform's own length rule, and every limit it breaks, named.
 *
 * @param segments the posts it goes out as: 1, or a thread's segment count
 * @param breaches each limit passed, in words ("caption 2,310 chars, limit 2,200")
 */
public record PlatformCount(
        Platform platform,
        int characters,
        int characterLimit,
        int hashtags,
        OptionalInt hashtagLimit,
        int mentions,
        OptionalInt mentionLimit,
        int segments,
        List<String> breaches,
        List<String> posts) {

    public PlatformCount {
        breaches = List.copyOf(breaches);
        posts = List.copyOf(posts);
    }

    static PlatformCount of(PostContent post) {
        PlatformRules rules = PlatformRuleBook.rulesFor(post.platform());
        List<RuleBreach> found = PlatformValidator.check(post, rules);
        List<String> posts = PlatformValidator.segments(post);
        return new PlatformCount(
                post.platform(),
                rules.textLength().of(post.text()),
                rules.captionLimit(),
                post.hashtags().size(),
                rules.hashtagLimit(),
                post.mentions().size(),
                rules.mentionLimit(),
                posts.size(),
                found.stream().map(PlatformCount::words).toList(),
                posts);
    }

    /** How the post reads on the platform: the first line as the feed shows it, then each post that goes out. */
    public String preview() {
        StringBuilder text = new StringBuilder(name(platform)).append(" — first line: ");
        String first = posts.isEmpty()
                ? ""
                : posts.getFirst().strip().lines().findFirst().orElse("");
        text.append(first.isEmpty() ? "(empty)" : first);
        if (posts.size() > 1) {
            for (int i = 0; i < posts.size(); i++) {
                text.append("\n  ")
                        .append(i + 1)
                        .append('/')
                        .append(posts.size())
                        .append("  ")
                        .append(posts.get(i));
            }
        }
        return text.toString();
    }

    public boolean overLimit() {
        return !breaches.isEmpty();
    }

    /** "Instagram: 120/2,200 chars · 3/30 hashtags · 0 mentions · 1 post". */
    public String summary() {
        StringBuilder text = new StringBuilder(name(platform))
                .append(": ")
                .append(String.format("%,d/%,d chars", characters, characterLimit));
        text.append(" · ").append(hashtags);
        hashtagLimit.ifPresent(limit -> text.append('/').append(limit));
        text.append(hashtags == 1 ? " hashtag" : " hashtags");
        text.append(" · ").append(mentions);
        mentionLimit.ifPresent(limit -> text.append('/').append(limit));
        text.append(mentions == 1 ? " mention" : " mentions");
        text.append(" · ").append(segments).append(segments == 1 ? " post" : " thread posts");
        if (overLimit()) {
            text.append(" — over: ").append(String.join("; ", breaches));
        }
        return text.toString();
    }

    static String words(RuleBreach breach) {
        return String.format(
                "%s %,d %s, %s %,d",
                breach.field(),
                breach.actual(),
                breach.unit(),
                breach.belowMinimum() ? "minimum" : "limit",
                breach.limit());
    }

    static String name(Platform platform) {
        return switch (platform) {
            case INSTAGRAM -> "Instagram";
            case TIKTOK -> "TikTok";
            case YOUTUBE -> "YouTube";
            case FACEBOOK -> "Facebook";
            case TWITTER -> "X";
            case LINKEDIN -> "LinkedIn";
        };
    }
}
