package com.eesystem.curator.domain.schedule;

import com.eesystem.curator.domain.invariant.Invariants;
import java.time.Instant;
import java.util.Map;

/** A social platform's publishing API. One adapter per platform, or one that routes by {@link Post#platform()}. */
public interface Publisher {

    PublishResult publish(Post post);

    /** What the platform answered. */
    sealed interface PublishResult {

        /** Live on the platform. {@code details} holds whatever else the platform returned (ids of segments). */
        record Published(String postId, String url, Instant at, Map<String, String> details) implements PublishResult {
            public Published {
                Invariants.nonBlank("post_id", postId);
                url = Invariants.text(url);
                Invariants.notNull("published_at", at);
                details = Invariants.mapOf("details", details);
            }
        }

        /** Not published; {@code retryable} when trying later may succeed (rate limit, outage). */
        record Rejected(String reason, boolean retryable) implements PublishResult {
            public Rejected {
                Invariants.nonBlank("reason", reason);
            }
        }
    }
}
