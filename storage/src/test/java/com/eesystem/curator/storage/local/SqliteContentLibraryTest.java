package com.eesystem.curator.storage.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentChange;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentLibrary;
import com.eesystem.curator.domain.content.ContentOrder;
import com.eesystem.curator.domain.content.ContentQuery;
import com.eesystem.curator.domain.content.ContentSave;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.paging.Page;
import com.eesystem.curator.domain.paging.PageRequest;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.sync.ChangeOperation;
import com.eesystem.curator.domain.sync.OutboxEntry;
import com.eesystem.curator.domain.user.UserId;
import com.eesystem.curator.storage.codec.JsonCodec;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteContentLibraryTest {

    @TempDir
    Path folder;

    LocalStoreFixture.MutableClock clock = LocalStoreFixture.clock();
    LocalStore store;
    ContentLibrary library;

    @BeforeEach
    void open() {
        store = LocalStore.open(LocalStoreFixture.settings(folder), clock);
        library = store.contentLibrary();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aSavedDraftIsFoundAsItWasSaved() {
        ContentItem draft = ContentSamples.draft("Morning calm", "Start the day slowly", clock.instant());

        assertThat(library.save(draft)).isEqualTo(new ContentSave.Saved(draft));
        assertThat(library.find(draft.id())).contains(draft);
    }

    @Test
    void eachSaveWritesItsOutboxRowWithTheItem() {
        ContentItem draft = ContentSamples.draft("Morning calm", "Start the day slowly", clock.instant());
        library.save(draft);
        clock.advance(Duration.ofMinutes(1));
        ContentItem edited = edit(draft, "Start the day slower");
        library.save(edited);

        List<OutboxEntry> pending = store.outbox().pending(10);

        assertThat(pending).hasSize(2);
        assertThat(pending).extracting(OutboxEntry::entityType).containsOnly("content_library");
        assertThat(pending)
                .extracting(OutboxEntry::entityId)
                .containsOnly(draft.id().toString());
        assertThat(pending).extracting(OutboxEntry::operation).containsOnly(ChangeOperation.UPSERT);
        assertThat(pending.get(0).sequence()).isLessThan(pending.get(1).sequence());
        assertThat(pending.get(0).timestamp()).isLessThan(pending.get(1).timestamp());
        assertThat(JsonCodec.instance().read(pending.get(1).payloadJson(), ContentItem.class))
                .isEqualTo(edited);
    }

    @Test
    void aStaleSaveIsAVersionConflictAndWritesNothing() {
        ContentItem draft = ContentSamples.draft("Morning calm", "Start the day slowly", clock.instant());
        library.save(draft);
        ContentItem mine = edit(draft, "mine");
        ContentItem theirs = edit(draft, "theirs");
        library.save(theirs);

        ContentSave result = library.save(mine);

        assertThat(result).isEqualTo(new ContentSave.VersionConflict(draft.id(), 2, 2));
        assertThat(library.find(draft.id())).contains(theirs);
        assertThat(store.outbox().pendingCount()).isEqualTo(2);
    }

    @Test
    void savingANewItemUnderAnExistingIdIsAConflict() {
        ContentItem draft = ContentSamples.draft("Morning calm", "Start the day slowly", clock.instant());
        library.save(draft);

        assertThat(library.save(draft)).isEqualTo(new ContentSave.VersionConflict(draft.id(), 1, 1));
    }

    @Test
    void anUpdateOfAMissingItemIsAConflictWithVersionZero() {
        ContentItem draft = ContentSamples.draft("Never saved", "x", clock.instant());

        assertThat(library.save(edit(draft, "y"))).isEqualTo(new ContentSave.VersionConflict(draft.id(), 2, 0));
    }

    @Test
    void acknowledgedRowsLeaveThePendingList() {
        for (int i = 0; i < 3; i++) {
            library.save(ContentSamples.draft("Item " + i, "caption " + i, clock.instant()));
        }
        List<OutboxEntry> pending = store.outbox().pending(10);

        store.outbox().acknowledge(pending.get(1).sequence());

        assertThat(store.outbox().pending(10)).containsExactly(pending.get(2));
        assertThat(store.outbox().pendingCount()).isOne();
    }

    @Test
    void listingFiltersAndOrdersLikeTheDomainQuery() {
        List<ContentItem> saved = new ArrayList<>();
        UserId otherAuthor = UserId.random();
        for (int i = 0; i < 30; i++) {
            clock.advance(Duration.ofMinutes(1));
            ContentBody body = new ContentBody(
                    "Title " + (char) ('a' + (i * 7) % 26) + i,
                    i % 3 == 0 ? "Breathing and SLEEP" : "energy",
                    ContentType.values()[i % ContentType.values().length],
                    List.of(Platform.values()[i % Platform.values().length]),
                    "caption " + i,
                    "",
                    i % 4 == 0 ? List.of("sleepwell") : List.of(),
                    List.of(),
                    Map.of());
            ContentItem item = ContentItem.draft(
                    com.eesystem.curator.domain.content.ContentId.random(),
                    i % 5 == 0 ? otherAuthor : ContentSamples.AUTHOR,
                    body,
                    clock.instant());
            library.save(item);
            saved.add(item);
        }
        List<ContentQuery> queries = List.of(
                ContentQuery.all(),
                ContentQuery.all().withKeywords("sleep"),
                ContentQuery.all().withKeywords("slee BREATH"),
                ContentQuery.all().withContentTypes(Set.of(ContentType.REEL, ContentType.QUOTE)),
                ContentQuery.all().withPlatforms(Set.of(Platform.TIKTOK)).orderedBy(ContentOrder.TITLE),
                ContentQuery.all().byAuthor(otherAuthor).orderedBy(ContentOrder.RECENTLY_CREATED),
                ContentQuery.all().withStatuses(Set.of(ContentStatus.APPROVED)));

        for (ContentQuery query : queries) {
            Comparator<ContentItem> order = query.order() == ContentOrder.TITLE
                    ? Comparator.comparing((ContentItem item) -> item.title().toLowerCase())
                    : Comparator.comparing(ContentItem::updatedAt).reversed();
            List<ContentItem> expected =
                    saved.stream().filter(query::matches).sorted(order).toList();

            assertThat(allPages(query, 4)).as(query.toString()).containsExactlyElementsOf(expected);
            assertThat(library.count(query)).isEqualTo(expected.size());
        }
    }

    @Test
    void countByStatusListsEveryStatus() {
        library.save(ContentSamples.draft("One", "x", clock.instant()));
        library.save(ContentSamples.draft("Two", "y", clock.instant()));

        Map<ContentStatus, Long> counts = library.countByStatus();

        assertThat(counts).containsEntry(ContentStatus.DRAFT, 2L).containsEntry(ContentStatus.PUBLISHED, 0L);
        assertThat(counts).hasSize(ContentStatus.values().length);
    }

    private List<ContentItem> allPages(ContentQuery query, int size) {
        List<ContentItem> items = new ArrayList<>();
        PageRequest request = PageRequest.first(size);
        while (true) {
            Page<ContentItem> page = library.list(query, request);
            items.addAll(page.items());
            if (!page.hasNext()) {
                return items;
            }
            request = request.after(page.next().orElseThrow());
        }
    }

    private ContentItem edit(ContentItem item, String caption) {
        Instant at = clock.instant();
        return ((ContentChange.Changed) item.edit(item.body().withCaption(caption), at)).item();
    }
}
