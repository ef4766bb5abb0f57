package com.eesystem.curator.domain.paging;

import java.util.Optional;

/**
 * Which page of a listing to read: at most {@code size} rows, continuing after {@code cursor}. The cursor
 * is opaque (a Cassandra paging state, a SQLite offset): pass back what {@link Page#next()} returned.
 */
public record PageRequest(int size, Optional<String> cursor) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size: " + size + " is outside 1.." + MAX_SIZE);
        }
        cursor = cursor == null ? Optional.empty() : cursor;
    }

    public static PageRequest first(int size) {
        return new PageRequest(size, Optional.empty());
    }

    public PageRequest after(String nextCursor) {
        return new PageRequest(size, Optional.of(nextCursor));
    }
}
