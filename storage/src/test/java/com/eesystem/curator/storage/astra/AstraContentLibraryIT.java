package com.eesystem.curator.storage.astra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentOrder;
import com.eesystem.curator.domain.content.ContentQuery;
import com.eesystem.curator.domain.content.ContentSave;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.paging.Page;
import com.eesystem.curator.domain.paging.PageRequest;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.user.UserId;
import com.eesystem.curator.testsupport.CassandraServerExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** content_library on the real Cassandra: every column, versioned saves, filters and keyset paging. */
@ExtendWith({CassandraServerExtension.class, TeamKeyspace.class})
class AstraContentLibraryIT {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
    private static final UserId ALICE = new UserId(UUID.fromString("00000000-0000-0000-0000-00000000a11c"));
    private static final UserId BOB = new UserId(UUID.fromString("00000000-0000-0000-0000-000000000b0b"));

    private TeamKeyspace.Shared keyspace;
    private AstraContentLibrary library;

    @BeforeEach
    void emptyTable(TeamKeyspace.Shared shared) {
        keyspace = shared;
        shared.truncate("content_library");
        // driver pages of 7 rows: listings cross many of them
        library = new AstraContentLibrary(shared.session(), shared.settings().withPageSize(7));
    }

    @Test
    void everyColumnRoundTripsIncludingTheBodyColumnsOfV005() {
        var body = new ContentBody(
                "Grounding at dawn",
                "Why mornings matter",
                ContentType.CAROUSEL,
                List.of(Platform.TIKTOK, Platform.INSTAGRAM, Platform.LINKEDIN),
                "Start the day grounded. #calm",
                "Scene 1: sunrise\nScene 2: breathing",
                List.of("calm", "morning_routine", "énergie"),
                List.of("sunrise over a lake, soft light", "close-up of hands on grass"),
                Map.of("youtube.title", "Dawn", "instagram.ratio", "4:5"));
        var published = new ContentItem(
                ContentId.random(),
                1,
                1,
                ALICE,
                body,
                ContentStatus.PUBLISHED,
                "override medical_claim: wording approved by legal",
                Map.of("likes", 120.0, "ctr", 0.25, "watch_time", 13.5),
                T0,
                T0.plusSeconds(60),
                T0.plusSeconds(30));
        assertThat(library.save(published)).isEqualTo(new ContentSave.Saved(published));
        assertThat(library.find(published.id())).contains(published);

        var draft = ContentItem.draft(
                ContentId.random(), BOB, ContentBody.of("Plain", ContentType.QUOTE, List.of(Platform.TWITTER), ""), T0);
        library.save(draft);
        assertThat(library.find(draft.id())).contains(draft);
        assertThat(library.find(ContentId.random())).isEmpty();
    }

    @Test
    void aSaveThatLostTheRaceIsAConflictNamingTheStoredVersion() {
        var first = ContentItem.draft(ContentId.random(), ALICE, body("Draft one", ContentType.REEL), T0);
        assertThat(library.save(first)).isInstanceOf(ContentSave.Saved.class);
        // the same first save again (a retry after a lost answer) is harmless
        assertThat(library.save(first)).isEqualTo(new ContentSave.Saved(first));

        var otherDesktop = ContentItem.draft(first.id(), BOB, body("Someone else's", ContentType.REEL), T0);
        assertThat(library.save(otherDesktop)).isEqualTo(new ContentSave.VersionConflict(first.id(), 1, 1));

        var edited = changed(first.edit(body("Edited by Alice", ContentType.REEL), T0.plusSeconds(5)));
        var editedElsewhere = changed(first.edit(body("Edited by Bob", ContentType.REEL), T0.plusSeconds(6)));
        assertThat(library.save(edited)).isEqualTo(new ContentSave.Saved(edited));
        assertThat(library.save(editedElsewhere)).isEqualTo(new ContentSave.VersionConflict(first.id(), 2, 2));
        assertThat(library.find(first.id())).contains(edited);

        var missing = changed(ContentItem.draft(ContentId.random(), ALICE, body("Gone", ContentType.REEL), T0)
                .edit(body("Gone, edited", ContentType.REEL), T0.plusSeconds(1)));
        assertThat(library.save(missing)).isEqualTo(new ContentSave.VersionConflict(missing.id(), 2, 0));
        assertThat(library.find(missing.id())).isEmpty();
    }

    @Test
    void asyncSavesReportConflictsToo() {
        var item = ContentItem.draft(ContentId.random(), ALICE, body("Async", ContentType.STORY), T0);
        assertThat(library.saveAsync(item).toCompletableFuture().join()).isInstanceOf(ContentSave.Saved.class);
        var rival = ContentItem.draft(item.id(), BOB, body("Rival", ContentType.STORY), T0);
        assertThat(library.saveAsync(rival).toCompletableFuture().join())
                .isEqualTo(new ContentSave.VersionConflict(item.id(), 1, 1));
    }

    @Test
    void pagesOfEveryOrderCoverEveryMatchingItemOnceInTheLocalStoresOrder() {
        List<ContentItem> items = seed(47);
        for (ContentOrder order : ContentOrder.values()) {
            if (order == ContentOrder.COMPLIANCE_STATUS) {
                ContentQuery query = ContentQuery.all().orderedBy(order);
                assertThatThrownBy(() -> library.list(query, PageRequest.first(5)))
                        .hasMessageContaining("compliance status");
                continue;
            }
            ContentQuery query = ContentQuery.all().orderedBy(order);
            List<ContentItem> read = readAll(query, 5);
            assertThat(read).as("order %s", order).containsExactlyElementsOf(sorted(items, order));
            List<ContentItem> reversed = readAll(query.orderedBy(order, true), 5);
            assertThat(reversed)
                    .as("order %s reversed", order)
                    .containsExactlyElementsOf(sorted(items, order).reversed());
        }
    }

    @Test
    void filtersAgreeWithTheDomainsMeaningOfTheQuery() {
        List<ContentItem> items = seed(60);
        List<ContentQuery> queries = List.of(
                ContentQuery.all().withStatuses(Set.of(ContentStatus.DRAFT)),
                ContentQuery.all().withStatuses(Set.of(ContentStatus.PUBLISHED, ContentStatus.ARCHIVED)),
                ContentQuery.all().withContentTypes(Set.of(ContentType.THREAD)),
                ContentQuery.all().withPlatforms(Set.of(Platform.TIKTOK)),
                ContentQuery.all().withPlatforms(Set.of(Platform.YOUTUBE, Platform.LINKEDIN)),
                ContentQuery.all().byAuthor(BOB),
                ContentQuery.all()
                        .byAuthor(ALICE)
                        .withStatuses(Set.of(ContentStatus.IN_REVIEW))
                        .withContentTypes(Set.of(ContentType.REEL)),
                ContentQuery.all().withKeywords("SLEEP tips"),
                ContentQuery.all().withKeywords("nothing-matches-this"));
        for (ContentQuery query : queries) {
            List<ContentItem> expected = items.stream().filter(query::matches).toList();
            assertThat(readAll(query, 7)).as("%s", query).containsExactlyElementsOf(sorted(expected, query.order()));
            assertThat(library.count(query)).as("count %s", query).isEqualTo(expected.size());
        }
        assertThat(queries.stream().mapToLong(library::count).filter(count -> count > 0))
                .as("the queries exercise non-empty results")
                .hasSizeGreaterThan(6);

        Map<ContentStatus, Long> expectedCounts = new EnumMap<>(ContentStatus.class);
        for (ContentStatus status : ContentStatus.values()) {
            expectedCounts.put(
                    status,
                    items.stream().filter(item -> item.status() == status).count());
        }
        assertThat(library.countByStatus()).isEqualTo(expectedCounts);
    }

    @Test
    void aCursorStaysValidWhileOthersSaveAndAForeignCursorIsRefused() {
        List<ContentItem> items = seed(12);
        ContentQuery query = ContentQuery.all().orderedBy(ContentOrder.TITLE);
        Page<ContentItem> first = library.list(query, PageRequest.first(5));
        // an item sorting before the cursor appears meanwhile: the next page neither repeats nor skips
        library.save(ContentItem.draft(ContentId.random(), ALICE, body("AAA first of all", ContentType.QUOTE), T0));
        Page<ContentItem> second =
                library.list(query, PageRequest.first(5).after(first.next().orElseThrow()));
        assertThat(second.items())
                .containsExactlyElementsOf(sorted(items, ContentOrder.TITLE).subList(5, 10));

        assertThatThrownBy(() -> library.list(
                        ContentQuery.all().orderedBy(ContentOrder.RECENTLY_CREATED),
                        PageRequest.first(5).after(first.next().orElseThrow())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("page cursor")
                .hasMessageContaining("ordered by TITLE");
        assertThatThrownBy(() -> library.list(query, PageRequest.first(5).after("not-a-cursor")))
                .hasMessageContaining("page cursor: \"not-a-cursor\"");
    }

    @Test
    void aRowThatIsNotAWholeItemIsLeftOutOfListingsAndNamedByFind() {
        seed(3);
        UUID partial = UUID.randomUUID();
        keyspace.session()
                .execute(keyspace.session()
                        .prepare("INSERT INTO content_library (id, title, status) VALUES (?, ?, ?)")
                        .bind(partial, "written cell by cell", "draft"));
        assertThat(readAll(ContentQuery.all(), 10)).hasSize(3);
        assertThatThrownBy(() -> library.find(new ContentId(partial)))
                .hasMessageContaining("content_library row " + partial)
                .hasMessageContaining("version");
    }

    private List<ContentItem> readAll(ContentQuery query, int pageSize) {
        List<ContentItem> read = new ArrayList<>();
        Set<ContentId> seen = new HashSet<>();
        PageRequest request = PageRequest.first(pageSize);
        while (true) {
            Page<ContentItem> page = library.list(query, request);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(pageSize);
            for (ContentItem item : page.items()) {
                assertThat(seen.add(item.id()))
                        .as("%s appears on two pages", item.id())
                        .isTrue();
            }
            read.addAll(page.items());
            if (!page.hasNext()) {
                return read;
            }
            assertThat(page.items()).hasSize(pageSize);
            request = request.after(page.next().get());
        }
    }

    /** The local store's order (ContentFilter): newest first with missing last, or lower-case title; ties by id. */
    private static List<ContentItem> sorted(List<ContentItem> items, ContentOrder order) {
        Comparator<ContentItem> byId = Comparator.comparing(item -> item.id().toString());
        Comparator<ContentItem> primary = switch (order) {
            case RECENTLY_UPDATED -> Comparator.comparing(ContentItem::updatedAt, Comparator.reverseOrder());
            case RECENTLY_CREATED -> Comparator.comparing(ContentItem::createdAt, Comparator.reverseOrder());
            case RECENTLY_PUBLISHED ->
                Comparator.comparing(ContentItem::publishedAt, Comparator.nullsLast(Comparator.reverseOrder()));
            case TITLE -> Comparator.comparing(item -> item.title().toLowerCase(Locale.ROOT));
            case CONTENT_TYPE ->
                Comparator.comparing(item -> item.body().contentType().storedValue());
            case STATUS -> Comparator.comparing(item -> item.status().storedValue());
            case COMPLIANCE_STATUS -> throw new IllegalArgumentException("not listed by the team store");
        };
        return items.stream().sorted(primary.thenComparing(byId)).toList();
    }

    private List<ContentItem> seed(int count) {
        String[] topics = {"Sleep tips for winter", "grounding routine", "Breathing", "sleep hygiene TIPS", "Founders"};
        ContentStatus[] statuses = ContentStatus.values();
        ContentType[] types = ContentType.values();
        Platform[] platforms = Platform.values();
        List<ContentItem> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ContentStatus status = statuses[i % statuses.length];
            Instant created = T0.plus(Duration.ofMinutes(i * 7L % 31));
            // several items share a timestamp or a title so ties break by id
            Instant updated = created.plus(Duration.ofMinutes(i % 3));
            Instant publishedAt = status == ContentStatus.PUBLISHED || (status == ContentStatus.ARCHIVED && i % 2 == 0)
                    ? created.plusSeconds(i % 4)
                    : null;
            var body = new ContentBody(
                    topics[i % topics.length] + (i % 4 == 0 ? "" : " " + i),
                    "description " + i,
                    types[i % types.length],
                    List.of(platforms[i % platforms.length], platforms[(i + 2) % platforms.length]),
                    "caption " + i,
                    "",
                    List.of("tag" + i),
                    List.of(),
                    Map.of());
            var item = new ContentItem(
                    ContentId.random(),
                    1,
                    1,
                    i % 3 == 0 ? BOB : ALICE,
                    body,
                    status,
                    "",
                    Map.of(),
                    created,
                    updated,
                    publishedAt);
            assertThat(library.save(item)).isInstanceOf(ContentSave.Saved.class);
            items.add(item);
        }
        return items;
    }

    private static ContentBody body(String title, ContentType type) {
        return ContentBody.of(title, type, List.of(Platform.INSTAGRAM), "caption of " + title);
    }

    private static ContentItem changed(com.eesystem.curator.domain.content.ContentChange change) {
        return ((com.eesystem.curator.domain.content.ContentChange.Changed) change).item();
    }
}
