package com.eesystem.curator.domain.compliance;

import com.eesystem.curator.domain.platform.Platform;
import java.util.Objects;

/**
 * What the legal review checks per platform: caption and hashtag limits, how many characters show
 * before the "more" cut (0: the whole post shows) and whether the wellness scope disclaimer is needed.
 */
public record PlatformCaptionRules(
        Platform platform, int captionLimit, int fold, int hashtagLimit, DisclaimerPolicy disclaimer) {

    /** Whether wellness copy on a platform must, should or need not carry the scope disclaimer. */
    public enum DisclaimerPolicy {
        REQUIRED,
        RECOMMENDED,
        NONE
    }

    public PlatformCaptionRules {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(disclaimer, "disclaimer of " + platform.storedValue());
        if (captionLimit <= 0 || fold < 0 || hashtagLimit < 0) {
            throw new IllegalArgumentException(platform.storedValue() + ": limits " + captionLimit + "/" + fold + "/"
                    + hashtagLimit + " must be positive");
        }
    }
}
