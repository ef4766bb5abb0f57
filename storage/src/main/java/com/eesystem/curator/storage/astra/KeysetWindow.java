package com.eesystem.curator.storage.astra;

import com.eesystem.curator.domain.paging.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Function;

/**
 * One page of a sorted listing picked from rows that arrive in token order (Cassandra cannot sort a
 * uuid-keyed table by another column): keeps at most {@code size + 1} items, the extra one telling
 * whether a next page exists, so memory stays bounded however many rows stream past. Pages continue
 * after the last key shown (keyset), so rows saved between two reads never shift a page.
 *
 * @param <K> the sort key, unique per row (ties broken by id)
 * @param <T> the listed item
 */
final class KeysetWindow<K, T> {

    private record Entry<K, T>(K key, T item) {}

    private final Comparator<K> order;
    private final Function<T, K> keyOf;
    private final int size;
    private final Optional<K> after;
    /** The best {@code size + 1} items so far, worst on top so it is the one pushed out. */
    private final PriorityQueue<Entry<K, T>> kept;

    KeysetWindow(Comparator<K> order, Function<T, K> keyOf, int size, Optional<K> after) {
        this.order = order;
        this.keyOf = keyOf;
        this.size = size;
        this.after = after;
        Comparator<Entry<K, T>> byKey = Comparator.comparing(Entry::key, order);
        this.kept = new PriorityQueue<>(size + 1, byKey.reversed());
    }

    void offer(T item) {
        K key = keyOf.apply(item);
        if (after.isPresent() && order.compare(key, after.get()) <= 0) {
            return; // on an earlier page
        }
        kept.add(new Entry<>(key, item));
        if (kept.size() > size + 1) {
            kept.poll();
        }
    }

    /** The page, with the last shown key encoded as the cursor when more rows follow. */
    Page<T> page(Function<K, String> encode) {
        List<Entry<K, T>> sorted = new ArrayList<>(kept);
        sorted.sort(Comparator.comparing(Entry::key, order));
        if (sorted.size() <= size) {
            return Page.last(sorted.stream().map(Entry::item).toList());
        }
        List<Entry<K, T>> shown = sorted.subList(0, size);
        return new Page<>(
                shown.stream().map(Entry::item).toList(),
                Optional.of(encode.apply(shown.getLast().key())));
    }
}
