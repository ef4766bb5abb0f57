package com.eesystem.curator.storage.astra;

import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentOrder;
import com.eesystem.curator.domain.paging.Page;
import com.eesystem.curator.domain.paging.PageRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Locale;

/**
 * A library listing's page ({@link KeysetWindow}) in the local store's order (updated/created/published
 * newest first; title, type and status A-Z; reversed on request; ties by id text); the cursor is the last item's sort key, base64url so callers
 * treat it as opaque.
 */
final class ContentPageWindow {

    /** What an item sorts by: a time (newest first, missing last) or a lower-case title, then the id. */
    record Key(ContentOrder order, Instant time, String title, String id) {

        static Key of(ContentOrder order, ContentItem item) {
            String id = item.id().value().toString();
            return switch (order) {
                case RECENTLY_UPDATED -> new Key(order, item.updatedAt(), "", id);
                case RECENTLY_CREATED -> new Key(order, item.createdAt(), "", id);
                case RECENTLY_PUBLISHED -> new Key(order, item.publishedAt(), "", id);
                case TITLE -> new Key(order, null, item.title().toLowerCase(Locale.ROOT), id);
                case CONTENT_TYPE ->
                    new Key(order, null, item.body().contentType().storedValue(), id);
                case STATUS -> new Key(order, null, item.status().storedValue(), id);
                // derived locally from compliance_checks (local V11); the team store's rows do not carry it
                case COMPLIANCE_STATUS ->
                    throw new IllegalArgumentException(
                            "order: the team store does not list content by compliance status; the local store does");
            };
        }

        String encode() {
            String time = this.time == null ? "-" : this.time.getEpochSecond() + "." + this.time.getNano();
            String text = order.name() + "|" + id + "|" + time + "|" + title;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }

        static Key decode(String cursor, ContentOrder expected) {
            try {
                String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                String[] parts = text.split("\\|", 4);
                ContentOrder order = ContentOrder.valueOf(parts[0]);
                if (order != expected) {
                    throw new IllegalArgumentException("it belongs to a listing ordered by " + order);
                }
                Instant time = null;
                if (!parts[2].equals("-")) {
                    String[] seconds = parts[2].split("\\.");
                    time = Instant.ofEpochSecond(Long.parseLong(seconds[0]), Long.parseLong(seconds[1]));
                }
                return new Key(order, time, parts[3], parts[1]);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(
                        "page cursor: \"" + cursor + "\" did not come from this listing (" + e.getMessage() + ")", e);
            }
        }
    }

    static final Comparator<Key> ORDER = (a, b) -> {
        int primary = byText(a.order())
                ? a.title().compareTo(b.title())
                : Comparator.nullsLast(Comparator.<Instant>reverseOrder()).compare(a.time(), b.time());
        return primary != 0 ? primary : a.id().compareTo(b.id());
    };

    /** Orders whose key is text (kept in {@link Key#title()}), A to Z; the others are times, newest first. */
    private static boolean byText(ContentOrder order) {
        return switch (order) {
            case TITLE, CONTENT_TYPE, STATUS, COMPLIANCE_STATUS -> true;
            case RECENTLY_UPDATED, RECENTLY_CREATED, RECENTLY_PUBLISHED -> false;
        };
    }

    private final KeysetWindow<Key, ContentItem> window;

    ContentPageWindow(ContentOrder order, boolean reversed, PageRequest page) {
        this.window = new KeysetWindow<>(
                reversed ? ORDER.reversed() : ORDER,
                item -> Key.of(order, item),
                page.size(),
                page.cursor().map(cursor -> Key.decode(cursor, order)));
    }

    void offer(ContentItem item) {
        window.offer(item);
    }

    Page<ContentItem> page() {
        return window.page(Key::encode);
    }
}
