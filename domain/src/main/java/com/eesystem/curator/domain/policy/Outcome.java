package com.eesystem.curator.domain.policy;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a use case did: the result, the reasons it refused (permission, lifecycle, rules), or a lost race
 * with another writer (reload and try again). Nothing is written when it refuses or conflicts.
 */
public sealed interface Outcome<T> {

    record Done<T>(T value) implements Outcome<T> {}

    record Refused<T>(List<Refusal> reasons) implements Outcome<T> {
        public Refused {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("reasons: a refusal needs at least one reason");
            }
        }

        public String message() {
            return reasons.stream().map(Refusal::message).collect(Collectors.joining("; "));
        }

        public boolean has(String code) {
            return reasons.stream().anyMatch(reason -> reason.code().equals(code));
        }
    }

    /** Someone else changed the same thing first; {@code message} names it and both versions. */
    record Conflict<T>(String message) implements Outcome<T> {}

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> refused(Refusal reason) {
        return new Refused<>(List.of(reason));
    }

    static <T> Outcome<T> refused(List<? extends Refusal> reasons) {
        return new Refused<>(List.copyOf(reasons));
    }

    /** The value; fails with the reasons otherwise. For callers that cannot go on without it. */
    default T orThrow() {
        return switch (this) {
            case Done<T> done -> done.value();
            case Refused<T> refused -> throw new IllegalStateException(refused.message());
            case Conflict<T> conflict -> throw new IllegalStateException(conflict.message());
        };
    }
}
