package com.eesystem.curator.domain.paging;

import com.eesystem.curator.domain.invariant.Invariants;
import java.util.List;
import java.util.Optional;

/** One page of a listing; {@code next} is present when more rows follow. */
public record Page<T>(List<T> items, Optional<String> next) {

    public Page {
        items = Invariants.listOf("items", items);
        next = next == null ? Optional.empty() : next;
    }

    public static <T> Page<T> last(List<T> items) {
        return new Page<>(items, Optional.empty());
    }

    public boolean hasNext() {
        return next.isPresent();
    }
}
