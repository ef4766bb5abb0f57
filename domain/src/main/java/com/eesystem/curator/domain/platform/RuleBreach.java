package com.eesystem.curator.domain.platform;

import com.eesystem.curator.domain.policy.Refusal;
import java.util.Locale;

/**
 * One limit a post exceeds on a platform, with the limit and the actual value, e.g.
 * {@code caption: 2,312 chars, limit 2,200 (instagram)}.
 *
 * @param field what is measured ("caption", "hashtags", "thread segment 3", "video duration")
 * @param unit the unit of both numbers ("chars", "hashtags", "mentions", "seconds")
 */
public record RuleBreach(Platform platform, String field, long actual, long limit, String unit, boolean belowMinimum)
        implements Refusal {

    public RuleBreach {
        if (platform == null || field == null || field.isBlank() || unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("rule breach: platform, field and unit are required");
        }
    }

    public static RuleBreach over(Platform platform, String field, long actual, long limit, String unit) {
        return new RuleBreach(platform, field, actual, limit, unit, false);
    }

    public static RuleBreach under(Platform platform, String field, long actual, long minimum, String unit) {
        return new RuleBreach(platform, field, actual, minimum, unit, true);
    }

    @Override
    public String code() {
        return "platform_limit";
    }

    @Override
    public String message() {
        return String.format(
                Locale.ROOT,
                "%s: %,d %s, %s %,d (%s)",
                field,
                actual,
                unit,
                belowMinimum ? "minimum" : "limit",
                limit,
                platform.storedValue());
    }
}
