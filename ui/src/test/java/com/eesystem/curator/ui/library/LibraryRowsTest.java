package com.eesystem.curator.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.content.ComplianceStatus;
import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.content.ListedContent;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** The library table's window on the store: as long as the result, holding only pages read lately. */
class LibraryRowsTest {

    private final List<Integer> asked = new ArrayList<>();
    private final LibraryRows rows = new LibraryRows(10, asked::add);

    @Test
    void aRowOfAPageNotInMemoryIsNullAndItsPageIsAskedForOnce() {
        rows.reset(95, page(0));

        assertThat(rows).hasSize(95);
        assertThat(rows.get(3).item().title()).isEqualTo("Item 3");
        assertThat(rows.get(94)).isNull();
        assertThat(rows.get(90)).isNull();
        assertThat(asked).containsExactly(9);
        assertThat(rows.loaded(94)).isNull();
        assertThat(asked).as("loaded() never asks").containsExactly(9);
    }

    @Test
    void anArrivingPageIsReportedAsUpdatedRowsAndThenRead() {
        rows.reset(95, page(0));
        rows.get(42);
        List<Integer> updated = new ArrayList<>();
        rows.addListener((ListChangeListener<ListedContent>) change -> {
            while (change.next()) {
                if (change.wasUpdated()) {
                    IntStream.range(change.getFrom(), change.getTo()).forEach(updated::add);
                }
            }
        });

        rows.pageLoaded(4, page(4));

        assertThat(updated)
                .containsExactlyElementsOf(IntStream.range(40, 50).boxed().toList());
        assertThat(rows.get(42).item().title()).isEqualTo("Item 42");
    }

    @Test
    void onlyTheLatestPagesStayInMemory() {
        rows.reset(10 * (LibraryRows.CACHED_PAGES + 20), page(0));
        for (int page = 1; page < LibraryRows.CACHED_PAGES + 20; page++) {
            rows.get(page * 10);
            rows.pageLoaded(page, page(page));
        }
        assertThat(rows.cachedPages()).isEqualTo(LibraryRows.CACHED_PAGES);
        asked.clear();
        assertThat(rows.get(0)).as("the first page was dropped").isNull();
        assertThat(asked).containsExactly(0);
    }

    @Test
    void aNewResultForgetsThePagesOfTheOldOne() {
        rows.reset(95, page(0));
        rows.get(50);
        rows.reset(3, page(0).subList(0, 3));

        assertThat(rows).hasSize(3);
        asked.clear();
        rows.pageLoaded(5, page(5));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2).item().title()).isEqualTo("Item 2");
    }

    private static List<ListedContent> page(int number) {
        List<ListedContent> page = new ArrayList<>();
        for (int i = number * 10; i < number * 10 + 10; i++) {
            page.add(row(i));
        }
        return page;
    }

    static ListedContent row(int i) {
        ContentBody body = new ContentBody(
                "Item " + i,
                "",
                ContentType.REEL,
                List.of(Platform.INSTAGRAM),
                "caption",
                "",
                List.of(),
                List.of(),
                Map.of());
        return new ListedContent(
                ContentItem.draft(ContentId.random(), UserId.random(), body, Instant.parse("2026-11-25T10:00:00Z")),
                ComplianceStatus.PENDING);
    }
}
