package com.eesystem.curator.domain.platform;

import com.eesystem.curator.domain.content.ContentType;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The limits each platform publishes in its help centre or API reference (as of 2025), one entry per
 * platform. When a platform changes a limit, change it here; nothing else hard-codes one.
 *
 * <ul>
 *   <li>Instagram: caption 2,200 characters, at most 30 hashtags and 20 mentions; Reels up to 3 minutes,
 *       stories 60 seconds per story.
 *   <li>TikTok: caption 4,000 characters; videos recorded or uploaded in the app up to 10 minutes.
 *   <li>YouTube: title 100 characters, description 5,000; more than 60 hashtags and YouTube ignores them
 *       all; Shorts up to 3 minutes.
 *   <li>Facebook: post text 63,206 characters; Reels up to 90 seconds.
 *   <li>X: 280 weighted characters per post (non-Premium) and per post of a thread, links count 23; video
 *       up to 2 minutes 20 seconds.
 *   <li>LinkedIn: post commentary 3,000 characters; video 3 seconds to 15 minutes.
 * </ul>
 */
public final class PlatformRuleBook {

    private static final Map<Platform, PlatformRules> RULES = new EnumMap<>(Platform.class);

    static {
        add(new PlatformRules(
                Platform.INSTAGRAM,
                TextLength.CHARACTERS,
                2_200,
                OptionalInt.of(30),
                OptionalInt.of(20),
                OptionalInt.empty(),
                OptionalInt.empty(),
                Map.of(ContentType.REEL, Duration.ofMinutes(3), ContentType.STORY, Duration.ofSeconds(60)),
                Optional.empty()));
        add(new PlatformRules(
                Platform.TIKTOK,
                TextLength.CHARACTERS,
                4_000,
                OptionalInt.empty(),
                OptionalInt.empty(),
                OptionalInt.empty(),
                OptionalInt.empty(),
                Map.of(ContentType.REEL, Duration.ofMinutes(10)),
                Optional.empty()));
        add(new PlatformRules(
                Platform.YOUTUBE,
                TextLength.CHARACTERS,
                5_000,
                OptionalInt.of(60),
                OptionalInt.empty(),
                OptionalInt.empty(),
                OptionalInt.of(100),
                Map.of(ContentType.REEL, Duration.ofMinutes(3)),
                Optional.empty()));
        add(new PlatformRules(
                Platform.FACEBOOK,
                TextLength.CHARACTERS,
                63_206,
                OptionalInt.empty(),
                OptionalInt.empty(),
                OptionalInt.empty(),
                OptionalInt.empty(),
                Map.of(ContentType.REEL, Duration.ofSeconds(90)),
                Optional.empty()));
        add(new PlatformRules(
                Platform.TWITTER,
                TextLength.X_WEIGHTED,
                280,
                OptionalInt.empty(),
                OptionalInt.empty(),
                OptionalInt.of(280),
                OptionalInt.empty(),
                Map.of(ContentType.REEL, Duration.ofSeconds(140)),
                Optional.empty()));
        add(new PlatformRules(
                Platform.LINKEDIN,
                TextLength.CHARACTERS,
                3_000,
                OptionalInt.empty(),
                OptionalInt.empty(),
                OptionalInt.empty(),
                OptionalInt.empty(),
                Map.of(ContentType.REEL, Duration.ofMinutes(15)),
                Optional.of(Duration.ofSeconds(3))));
    }

    private PlatformRuleBook() {}

    private static void add(PlatformRules rules) {
        RULES.put(rules.platform(), rules);
    }

    public static PlatformRules rulesFor(Platform platform) {
        PlatformRules rules = RULES.get(platform);
        if (rules == null) {
            throw new IllegalStateException("platform: no rules for " + platform.storedValue());
        }
        return rules;
    }
}
