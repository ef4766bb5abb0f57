package com.eesystem.curator.domain.content;

import com.eesystem.curator.domain.invariant.Invariants;
import java.util.List;
import java.util.stream.Collectors;

/** The outcome of asking a content item to change: the changed item, or every reason it refused. */
public sealed interface ContentChange {

    record Changed(ContentItem item) implements ContentChange {
        public Changed {
            Invariants.notNull("item", item);
        }
    }

    record Refused(List<ContentRefusal> reasons) implements ContentChange {
        public Refused {
            reasons = Invariants.listOf("reasons", reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("reasons: a refusal needs at least one reason");
            }
        }

        public String message() {
            return reasons.stream().map(ContentRefusal::message).collect(Collectors.joining("; "));
        }
    }

    /** The changed item; fails when refused. For callers (tests, replays) that know the change is allowed. */
    default ContentItem orThrow() {
        return switch (this) {
            case Changed changed -> changed.item();
            case Refused refused -> throw new IllegalStateException(refused.message());
        };
    }
}
