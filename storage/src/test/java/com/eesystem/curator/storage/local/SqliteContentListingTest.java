package com.eesystem.curator.storage.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.compliance.CheckResult;
import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.compliance.ComplianceCheck;
import com.eesystem.curator.domain.compliance.ComplianceRun;
import com.eesystem.curator.domain.content.ComplianceStatus;
import com.eesystem.curator.domain.content.ContentChange;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentListing;
import com.eesystem.curator.domain.content.ContentOrder;
import com.eesystem.curator.domain.content.ContentQuery;
import com.eesystem.curator.domain.content.ListedContent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library table over SQLite: compliance status from the recorded checks, pages by offset, sorts, FTS. */
class SqliteContentListingTest {

    @TempDir
    Path folder;

    LocalStoreFixture.MutableClock clock = LocalStoreFixture.clock();
    LocalStore store;
    ContentListing listing;

    @BeforeEach
    void open() {
        store = LocalStore.open(LocalStoreFixture.settings(folder), clock);
        listing = store.contentListing();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void complianceStatusFollowsTheLatestRunOnTheCurrentRevision() {
        ContentItem draft = save(ContentSamples.draft("Cure claim", "It cures insomnia", clock.instant()));
        assertThat(only()).isEqualTo(ComplianceStatus.PENDING);

        store.complianceChecks().record(run(draft, CheckResult.PASSED, CheckResult.FAILED));
        assertThat(only()).isEqualTo(ComplianceStatus.REJECTED);
        assertThat(listing.count(ContentQuery.all().withComplianceStatuses(Set.of(ComplianceStatus.REJECTED))))
                .isEqualTo(1);

        clock.advance(Duration.ofMinutes(1));
        store.complianceChecks().record(run(draft, CheckResult.PASSED, CheckResult.WARNING));
        assertThat(only()).as("the newer run counts").isEqualTo(ComplianceStatus.REVIEW);

        clock.advance(Duration.ofMinutes(1));
        ContentItem edited = ((ContentChange.Changed)
                        draft.edit(draft.body().withCaption("It may help you rest"), clock.instant()))
                .item();
        store.contentLibrary().save(edited);
        assertThat(only()).as("a new revision has not been checked").isEqualTo(ComplianceStatus.PENDING);

        store.complianceChecks().record(run(edited, CheckResult.PASSED, CheckResult.PASSED));
        assertThat(only()).isEqualTo(ComplianceStatus.APPROVED);
        assertThat(listing.count(ContentQuery.all().withComplianceStatuses(Set.of(ComplianceStatus.REJECTED))))
                .isZero();
    }

    @Test
    void pagesByOffsetInEverySortOrderBothWaysAgreeWithTheDomain() {
        List<ContentItem> saved = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            clock.advance(Duration.ofSeconds(7));
            saved.add(save(
                    ContentSamples.draft("Title " + (char) ('a' + (i * 11) % 26), "caption " + i, clock.instant())));
        }
        for (ContentOrder order : ContentOrder.values()) {
            for (boolean reversed : new boolean[] {false, true}) {
                ContentQuery query = ContentQuery.all().orderedBy(order, reversed);
                List<ListedContent> whole = listing.rows(query, 0, 100);
                List<ListedContent> paged = new ArrayList<>();
                for (long offset = 0; offset < 23; offset += 5) {
                    paged.addAll(listing.rows(query, offset, 5));
                }
                assertThat(paged).as(order + " reversed " + reversed).containsExactlyElementsOf(whole);
                List<ListedContent> back = listing.rows(query.orderedBy(order, !reversed), 0, 100);
                assertThat(back.reversed())
                        .as("the reversed order is the same rows backwards")
                        .isEqualTo(whole);
            }
        }
        List<String> byTitle = listing.rows(ContentQuery.all().orderedBy(ContentOrder.TITLE), 0, 100).stream()
                .map(row -> row.item().title())
                .toList();
        assertThat(byTitle).isSorted().hasSize(saved.size());
    }

    @Test
    void keywordsUseTheFullTextIndexAsWordPrefixesLikeTheDomain() {
        List<ContentItem> saved = List.of(
                save(ContentSamples.draft("Morning ritual", "Breathe slowly before sunrise", clock.instant())),
                save(ContentSamples.draft("Évening calm", "Sleep routines that help", clock.instant())),
                save(ContentSamples.draft("Quote of the day", "Rest is productive", clock.instant())));
        for (String keywords : List.of("breath", "SLEE rout", "evening", "\"unclosed", "prod* rest", "-", "morn x")) {
            ContentQuery query = ContentQuery.all().withKeywords(keywords);
            List<String> expected = saved.stream()
                    .filter(query::matches)
                    .map(ContentItem::title)
                    .sorted()
                    .toList();
            List<String> found = listing.rows(query, 0, 10).stream()
                    .map(row -> row.item().title())
                    .sorted()
                    .toList();
            assertThat(found).as(keywords).isEqualTo(expected);
            assertThat(listing.count(query)).isEqualTo(expected.size());
        }
        assertThat(listing.rows(ContentQuery.all().withKeywords("sunrise"), 0, 10))
                .extracting(row -> row.item().title())
                .containsExactly("Morning ritual");
    }

    @Test
    void eachStreamsEveryMatchingRowInOrderAndStopsWhenAsked() {
        for (int i = 0; i < 12; i++) {
            clock.advance(Duration.ofSeconds(1));
            save(ContentSamples.draft("Item " + i, "caption", clock.instant()));
        }
        List<String> all = new ArrayList<>();
        long handed = listing.each(ContentQuery.all(), row -> all.add(row.item().title()));
        assertThat(handed).isEqualTo(12);
        assertThat(all).startsWith("Item 11", "Item 10").hasSize(12);

        List<String> some = new ArrayList<>();
        assertThat(listing.each(ContentQuery.all(), row -> some.add(row.item().title()) && some.size() < 3))
                .isEqualTo(3);
        assertThat(some).hasSize(3);
    }

    private ComplianceStatus only() {
        return listing.rows(ContentQuery.all(), 0, 10).getFirst().compliance();
    }

    private ContentItem save(ContentItem item) {
        store.contentLibrary().save(item);
        return item;
    }

    /** A run with {@code results} for the first check types and a pass for the rest. */
    private ComplianceRun run(ContentItem item, CheckResult... results) {
        Instant at = clock.instant();
        List<ComplianceCheck> rows = new ArrayList<>();
        CheckType[] types = CheckType.values();
        for (int i = 0; i < types.length; i++) {
            rows.add(new ComplianceCheck(
                    UUID.randomUUID(),
                    item.id().value(),
                    item.revision(),
                    types[i],
                    i < results.length ? results[i] : CheckResult.PASSED,
                    0.9,
                    List.of(),
                    "",
                    null,
                    null,
                    at,
                    "pack-1"));
        }
        return new ComplianceRun(item.id().value(), item.revision(), "pack-1", at, rows);
    }
}
