package com.eesystem.curator.storage.astra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentOrder;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.paging.Page;
import com.eesystem.curator.domain.paging.PageRequest;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContentPageWindowTest {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00.123456789Z");

    @Test
    void pagesOfShuffledItemsComeOutInOrderWhateverTheArrivalOrder() {
        List<ContentItem> items = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            boolean published = i % 3 == 0;
            items.add(new ContentItem(
                    ContentId.random(),
                    1,
                    1,
                    UserId.random(),
                    ContentBody.of(
                            "Title | with pipe " + (i % 7) + " é", ContentType.REEL, List.of(Platform.TIKTOK), ""),
                    published ? ContentStatus.PUBLISHED : ContentStatus.DRAFT,
                    "",
                    Map.of(),
                    T0,
                    T0.plusNanos(i % 5),
                    published ? T0.plusSeconds(i % 4) : null));
        }
        for (ContentOrder order : ContentOrder.values()) {
            if (order == ContentOrder.COMPLIANCE_STATUS) {
                continue; // the team store refuses it (AstraContentLibraryIT)
            }
            List<ContentItem> expected = new ArrayList<>(items);
            expected.sort((a, b) -> ContentPageWindow.ORDER.compare(
                    ContentPageWindow.Key.of(order, a), ContentPageWindow.Key.of(order, b)));
            List<ContentItem> read = new ArrayList<>();
            PageRequest request = PageRequest.first(6);
            var random = new Random(order.ordinal());
            while (true) {
                List<ContentItem> arrival = new ArrayList<>(items);
                Collections.shuffle(arrival, random);
                var window = new ContentPageWindow(order, false, request);
                arrival.forEach(window::offer);
                Page<ContentItem> page = window.page();
                read.addAll(page.items());
                if (!page.hasNext()) {
                    break;
                }
                request = request.after(page.next().get());
            }
            assertThat(read).as("%s", order).containsExactlyElementsOf(expected);
        }
        // unpublished items sort after every published one
        var key = ContentPageWindow.Key.of(ContentOrder.RECENTLY_PUBLISHED, items.get(1));
        assertThat(ContentPageWindow.ORDER.compare(
                        key, ContentPageWindow.Key.of(ContentOrder.RECENTLY_PUBLISHED, items.get(0))))
                .isPositive();
    }

    @Test
    void aCursorRoundTripsExactlyAndAForeignOneIsNamed() {
        var key = new ContentPageWindow.Key(
                ContentOrder.TITLE, null, "a|b|c é", ContentId.random().toString());
        assertThat(ContentPageWindow.Key.decode(key.encode(), ContentOrder.TITLE))
                .isEqualTo(key);
        var timed = new ContentPageWindow.Key(
                ContentOrder.RECENTLY_UPDATED, T0, "", ContentId.random().toString());
        assertThat(ContentPageWindow.Key.decode(timed.encode(), ContentOrder.RECENTLY_UPDATED))
                .isEqualTo(timed);
        assertThatThrownBy(() -> ContentPageWindow.Key.decode(timed.encode(), ContentOrder.TITLE))
                .hasMessageContaining("ordered by RECENTLY_UPDATED");
        assertThatThrownBy(() -> ContentPageWindow.Key.decode("%%%", ContentOrder.TITLE))
                .hasMessageStartingWith("page cursor: \"%%%\"");
    }
}
