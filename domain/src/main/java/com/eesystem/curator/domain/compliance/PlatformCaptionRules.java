package com.eesystem.curator.domain.compliance;

import com.eesystem.curator.domain.platform.Platform;
import java.util.Objects;

/**
 * What the legal review needs to know per platform beyond its published limits (those come from
 * {@link com.eesystem.curator.domain.platform.PlatformRuleBook}): how many characters show before the
 * "more" cut (0: the whole post shows) and whether wellness copy must carry the scope disclaimer.
 */
public record PlatformCaptionRules(Platform platform, int fold, DisclaimerPolicy disclaimer) {

    /** Whether wellness copy on a platform must, should or need not carry the scope disclaimer. */
    public enum DisclaimerPolicy {
        REQUIRED,
        RECOMMENDED,
        NONE
    }

    public PlatformCaptionRules {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(disclaimer, "disclaimer of " + platform.storedValue());
        if (fold < 0) {
            throw new IllegalArgumentException(platform.storedValue() + ": fold " + fold + " is negative");
        }
    }
}
