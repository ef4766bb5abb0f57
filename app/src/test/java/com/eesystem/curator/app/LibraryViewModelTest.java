package com.eesystem.curator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.content.ComplianceStatus;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentOrder;
import com.eesystem.curator.domain.content.ContentQuery;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.content.ListedContent;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.ui.library.BulkAction;
import com.eesystem.curator.ui.library.LibraryViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The library listing over the demo workspace in a real local store. */
class LibraryViewModelTest {

    @TempDir
    Path dataDir;

    Workstation workstation;
    LibraryViewModel library;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        workstation = Workstation.open(new DataDirectory(dataDir), Clock.systemUTC(), "test-editor");
        library = new LibraryViewModel(workstation.editorServices(), OffFxExecutor.INSTANCE);
    }

    @AfterEach
    void close() {
        workstation.close();
    }

    @Test
    void anEmptyLibraryShowsItsEmptyState() {
        refresh();
        assertThat(library.libraryEmptyProperty().get()).isTrue();
        assertThat(library.rows()).isEmpty();
        assertThat(library.summaryProperty().get()).isEqualTo("0 items");
    }

    @Test
    void theDemoWorkspaceIsSeededOnceAndFiltersAndSearchNarrowIt() {
        assertThat(workstation.seedDemoIfEmpty()).isEqualTo(12);
        assertThat(workstation.seedDemoIfEmpty())
                .as("only into an empty library")
                .isZero();

        refresh();
        assertThat(library.rows()).hasSize(12);
        assertThat(library.libraryEmptyProperty().get()).isFalse();
        assertThat(library.summaryProperty().get()).isEqualTo("12 items");
        // the demo leaves two claims as unchecked drafts; what it sent to review was checked on the way
        assertThat(rows())
                .filteredOn(row -> row.item().title().endsWith("(needs a fix)"))
                .allSatisfy(row -> {
                    assertThat(row.item().status()).isEqualTo(ContentStatus.DRAFT);
                    assertThat(row.compliance()).isEqualTo(ComplianceStatus.PENDING);
                })
                .hasSize(2);
        assertThat(rows())
                .filteredOn(row -> row.item().status() == ContentStatus.IN_REVIEW)
                .isNotEmpty()
                .allMatch(row -> row.compliance() != ComplianceStatus.PENDING);
        assertThat(rows()).anyMatch(row -> row.item().status() == ContentStatus.IN_REVIEW);

        library.keywordsProperty().set("insomn");
        refresh();
        assertThat(titles()).containsExactly("Sleep claim (needs a fix)");
        assertThat(library.summaryProperty().get()).isEqualTo("1 of 12 items match");

        library.keywordsProperty().set("");
        library.types().add(ContentType.THREAD);
        refresh();
        assertThat(titles()).containsExactlyInAnyOrder("Founder story, part 1", "Thread: what to expect");

        library.types().clear();
        library.statuses().add(ContentStatus.IN_REVIEW);
        library.complianceStatuses().add(ComplianceStatus.REVIEW);
        refresh();
        assertThat(rows())
                .isNotEmpty()
                .allMatch(row ->
                        row.item().status() == ContentStatus.IN_REVIEW && row.compliance() == ComplianceStatus.REVIEW);

        library.statuses().clear();
        library.complianceStatuses().clear();
        library.platforms().add(Platform.LINKEDIN);
        refresh();
        assertThat(rows()).isNotEmpty().allMatch(row -> row.item().targets(Platform.LINKEDIN));
        assertThat(rows().size())
                .isLessThan(12)
                .isEqualTo(workstation
                        .editorServices()
                        .listing()
                        .count(ContentQuery.all().withPlatforms(java.util.Set.of(Platform.LINKEDIN))));
    }

    @Test
    void theLatestQueryWinsAndAnOlderOneNotYetStartedNeverRuns() {
        workstation.seedDemoIfEmpty();
        List<Runnable> queued = new ArrayList<>();
        LibraryViewModel typing = new LibraryViewModel(workstation.editorServices(), queued::add);

        typing.keywordsProperty().set("insomn");
        typing.refresh();
        typing.keywordsProperty().set("weekend");
        typing.refresh();
        // the newer query answers first, then the older one gets its turn: it was cancelled
        queued.get(1).run();
        queued.get(0).run();
        settle();

        assertThat(typing.summaryProperty().get()).isEqualTo("1 of 12 items match");
        assertThat(typing.rows()).extracting(row -> row.item().title()).containsExactly("Weekend hours");
        assertThat(((javafx.concurrent.Task<?>) queued.get(0)).isCancelled()).isTrue();
    }

    @Test
    void sortingByAColumnIsTheStoresOrderBothWays() {
        workstation.seedDemoIfEmpty();
        library.orderProperty().set(ContentOrder.TITLE);
        refresh();
        List<String> titles = titles();
        assertThat(titles).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);

        library.reversedProperty().set(true);
        refresh();
        assertThat(titles()).isEqualTo(titles.reversed());

        library.orderProperty().set(ContentOrder.COMPLIANCE_STATUS);
        library.reversedProperty().set(false);
        refresh();
        assertThat(rows()).extracting(row -> row.compliance().storedValue()).isSorted();
    }

    @Test
    void bulkSubmitSendsTheCleanDraftsAndNamesTheRefusedOnesWithTheirReason() {
        workstation.seedDemoIfEmpty();
        library.statuses().add(ContentStatus.DRAFT);
        refresh();
        List<ListedContent> drafts = rows();
        long clean = drafts.stream()
                .filter(row -> !row.item().title().endsWith("(needs a fix)"))
                .count();

        library.bulk(
                BulkAction.SUBMIT, IntStream.range(0, drafts.size()).boxed().toList());
        settle();

        assertThat(library.bulkSummaryProperty().get())
                .matches(clean + " submitted, 2 refused: '.+ \\(needs a fix\\)' failed the .+ check \\(critical\\).*"
                        + " \\(and 1 more, listed below\\)");
        assertThat(library.bulkRefusalsProperty())
                .hasSize(2)
                .allMatch(line -> line.contains("(needs a fix)' failed the"))
                .anyMatch(line -> line.contains("failed the medical claim check (critical)"));
        // the table was read again: only the refused drafts are left under the filter, now rejected
        assertThat(rows()).hasSize(2).allSatisfy(row -> {
            assertThat(row.item().title()).endsWith("(needs a fix)");
            assertThat(row.compliance()).isEqualTo(ComplianceStatus.REJECTED);
        });
    }

    @Test
    void bulkArchiveArchivesWhatTheLifecycleAllowsAndNamesTheRest() {
        workstation.seedDemoIfEmpty();
        refresh();
        List<Integer> all = IntStream.range(0, library.rows().size()).boxed().toList();
        // the demo holds an archived item already: archiving it again is refused like any other
        long archivedBefore = rows().stream()
                .filter(row -> row.item().status() == ContentStatus.ARCHIVED)
                .count();

        library.bulk(BulkAction.ARCHIVE, all);
        settle();

        List<ListedContent> after = rows();
        long archived = after.stream()
                        .filter(row -> row.item().status() == ContentStatus.ARCHIVED)
                        .count()
                - archivedBefore;
        assertThat(archived).isPositive();
        assertThat(library.bulkSummaryProperty().get()).startsWith(archived + " archived");
        // what the lifecycle forbids (archiving an item in review) is refused by name, the rest archived
        assertThat(library.bulkRefusalsProperty()).hasSize((int) (12 - archived));
        assertThat(after)
                .filteredOn(row -> row.item().status() != ContentStatus.ARCHIVED)
                .allMatch(row -> library.bulkRefusalsProperty().stream()
                        .anyMatch(line -> line.startsWith("'" + row.item().title() + "'")));
    }

    @Test
    void theCsvExportHoldsEveryMatchingRowQuotedAsRfc4180() throws Exception {
        workstation.seedDemoIfEmpty();
        library.types().add(ContentType.THREAD);
        refresh();
        Path target = dataDir.resolve("exports").resolve("threads.csv");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "an older export");

        library.exportCsv(target);
        settle();

        assertThat(library.exportMessageProperty().get()).isEqualTo("Exported 2 rows to threads.csv");
        String csv = Files.readString(target, StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith(
                        "id,title,content_type,platforms,status,compliance_status,revision,updated_at,hashtags,caption\r\n");
        // the founder story's caption has line breaks: quoted, breaks kept; the title's comma quoted too
        assertThat(csv).contains(",\"Founder story, part 1\",thread,");
        assertThat(csv).contains("\"How a small idea about light and rest became a studio.\n---\n");
        assertThat(csv).endsWith("\r\n");
        assertThat(Files.exists(target.resolveSibling("threads.csv.part"))).isFalse();
    }

    private void refresh() {
        library.refresh();
        settle();
    }

    /** Lets the answers posted to the FX thread (and the reads they start) arrive. */
    static void settle() {
        for (int round = 0; round < 3; round++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Every row, reading pages as the table would. */
    private List<ListedContent> rows() {
        List<ListedContent> rows = new ArrayList<>();
        for (int i = 0; i < library.rows().size(); i++) {
            ListedContent row = library.rows().get(i);
            if (row == null) {
                settle();
                row = library.rows().get(i);
            }
            rows.add(row);
        }
        return rows;
    }

    private List<String> titles() {
        return rows().stream().map(ListedContent::item).map(ContentItem::title).toList();
    }
}
