package com.eesystem.curator.storage.sync;

import com.eesystem.curator.storage.local.SqliteSyncedRows.RowKey;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The row states a push has stamped but the local store may not have confirmed yet: a row changed again
 * later in the same push must be diffed against them, not against the older base in {@code sync_rows}.
 * Only the batches that can still be unacknowledged are kept ({@code unconfirmed}, counted in batches);
 * older ones are in {@code sync_rows} by then, so memory stays flat however long the outbox is.
 */
final class PushOverlay {

    private final int unconfirmed;
    private final Map<RowKey, RowState> states = new HashMap<>();
    private final Map<RowKey, Long> lastBatch = new HashMap<>();
    private final Deque<Map.Entry<Long, List<RowKey>>> batches = new ArrayDeque<>();
    private long batch;
    private List<RowKey> current = new ArrayList<>();

    PushOverlay(int unconfirmed) {
        this.unconfirmed = unconfirmed;
    }

    /** Starts the next batch and forgets the rows only batches old enough to be confirmed touched. */
    void nextBatch() {
        batch++;
        current = new ArrayList<>();
        batches.addLast(Map.entry(batch, current));
        while (batches.size() > unconfirmed) {
            var oldest = batches.removeFirst();
            for (RowKey key : oldest.getValue()) {
                if (oldest.getKey().equals(lastBatch.get(key))) {
                    states.remove(key);
                    lastBatch.remove(key);
                }
            }
        }
    }

    boolean contains(RowKey key) {
        return states.containsKey(key);
    }

    Optional<RowState> get(RowKey key) {
        return Optional.ofNullable(states.get(key));
    }

    void put(RowKey key, RowState state) {
        states.put(key, state);
        lastBatch.put(key, batch);
        current.add(key);
    }

    void remove(RowKey key) {
        states.remove(key);
        lastBatch.remove(key);
    }

    int size() {
        return states.size();
    }
}
