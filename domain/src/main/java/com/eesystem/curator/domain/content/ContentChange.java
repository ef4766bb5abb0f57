package com.eesystem.curator.domain.content;

import com.eesystem.curator.domain.invariant.Invariants;
import com.eesystem.curator.domain.policy.Outcome;
import java.util.List;
import java.util.function.Function;
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

    /**
     * A use case's last step: saves the changed item and hands the saved item to {@code afterSave} (the
     * audit record and the result). A refusal or a lost race becomes the outcome and nothing is written.
     */
    default <R> Outcome<R> saveTo(ContentLibrary library, Function<ContentItem, R> afterSave) {
        return switch (this) {
            case Refused refused -> Outcome.refused(refused.reasons());
            case Changed changed ->
                library.save(changed.item()) instanceof ContentSave.VersionConflict conflict
                        ? new Outcome.Conflict<>(conflict.message())
                        : Outcome.done(afterSave.apply(changed.item()));
        };
    }

    /** The changed item; fails when refused. For callers (tests, replays) that know the change is allowed. */
    default ContentItem orThrow() {
        return switch (this) {
            case Changed changed -> changed.item();
            case Refused refused -> throw new IllegalStateException(refused.message());
        };
    }
}
