package com.eesystem.curator.domain.memory;

import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentLibrary;
import com.eesystem.curator.domain.content.ContentQuery;
import com.eesystem.curator.domain.content.ContentSave;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.paging.Page;
import com.eesystem.curator.domain.paging.PageRequest;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The content library port kept in a map, with the port's versioned-save contract. For use-case tests. */
public final class InMemoryContentLibrary implements ContentLibrary {

    private final Map<ContentId, ContentItem> items = new ConcurrentHashMap<>();

    @Override
    public synchronized ContentSave save(ContentItem item) {
        ContentItem stored = items.get(item.id());
        long storedVersion = stored == null ? 0 : stored.version();
        if (storedVersion != item.version() - 1) {
            return new ContentSave.VersionConflict(item.id(), item.version(), storedVersion);
        }
        items.put(item.id(), item);
        return new ContentSave.Saved(item);
    }

    @Override
    public Optional<ContentItem> find(ContentId id) {
        return Optional.ofNullable(items.get(id));
    }

    @Override
    public Page<ContentItem> list(ContentQuery query, PageRequest page) {
        List<ContentItem> matching = items.values().stream()
                .filter(query::matches)
                .sorted(order(query))
                .toList();
        int from = page.cursor().map(Integer::parseInt).orElse(0);
        int to = Math.min(matching.size(), from + page.size());
        List<ContentItem> slice = matching.subList(Math.min(from, to), to);
        return new Page<>(slice, to < matching.size() ? Optional.of(Integer.toString(to)) : Optional.empty());
    }

    private static Comparator<ContentItem> order(ContentQuery query) {
        Comparator<ContentItem> byId = Comparator.comparing(item -> item.id().value());
        Comparator<ContentItem> order = switch (query.order()) {
            case RECENTLY_UPDATED ->
                Comparator.comparing(ContentItem::updatedAt).reversed().thenComparing(byId);
            case RECENTLY_CREATED ->
                Comparator.comparing(ContentItem::createdAt).reversed().thenComparing(byId);
            case RECENTLY_PUBLISHED ->
                Comparator.comparing(ContentItem::publishedAt, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(byId);
            case TITLE -> Comparator.comparing(ContentItem::title).thenComparing(byId);
            case CONTENT_TYPE ->
                Comparator.comparing(
                                (ContentItem item) -> item.body().contentType().storedValue())
                        .thenComparing(byId);
            case STATUS ->
                Comparator.comparing((ContentItem item) -> item.status().storedValue())
                        .thenComparing(byId);
            // an item alone has no compliance status (it comes from the recorded checks)
            case COMPLIANCE_STATUS -> byId;
        };
        return query.reversed() ? order.reversed() : order;
    }

    @Override
    public long count(ContentQuery query) {
        return items.values().stream().filter(query::matches).count();
    }

    @Override
    public Map<ContentStatus, Long> countByStatus() {
        Map<ContentStatus, Long> counts = new EnumMap<>(ContentStatus.class);
        for (ContentStatus status : ContentStatus.values()) {
            counts.put(status, 0L);
        }
        items.values().forEach(item -> counts.merge(item.status(), 1L, Long::sum));
        return counts;
    }
}
