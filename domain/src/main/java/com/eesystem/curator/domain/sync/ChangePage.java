package com.eesystem.curator.domain.sync;

import java.util.List;
import java.util.Objects;

/**
 * One page of the change feed.
 *
 * @param next where the next pull starts; store it once the page is applied
 * @param hasMore whether the feed holds more changes after this page right now
 */
public record ChangePage(List<RemoteChange> changes, SyncWatermark next, boolean hasMore) {

    public ChangePage {
        changes = List.copyOf(Objects.requireNonNull(changes, "changes"));
        Objects.requireNonNull(next, "next");
    }
}
