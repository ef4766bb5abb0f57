package com.eesystem.curator.storage.astra;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentChange;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentQuery;
import com.eesystem.curator.domain.content.ContentSave;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.paging.PageRequest;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.user.UserId;
import com.eesystem.curator.testsupport.CassandraServerExtension;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The unconditional timestamped write of content_library ({@code putAsync}) and how it shares the table
 * with LWT saves (docs/decisions/0004), on the real Cassandra. Times are taken from the wall clock
 * because an LWT's cells carry the cluster's clock: the rule orders every write by its time.
 */
@ExtendWith({CassandraServerExtension.class, TeamKeyspace.class})
class AstraContentLibraryPutIT {

    private static final UserId ALICE = new UserId(UUID.fromString("00000000-0000-0000-0000-00000000a11c"));

    private TeamKeyspace.Shared keyspace;
    private AstraContentLibrary library;

    @BeforeEach
    void emptyTable(TeamKeyspace.Shared shared) {
        keyspace = shared;
        shared.truncate("content_library");
        library = new AstraContentLibrary(shared.session(), shared.settings());
    }

    @Test
    void versionsOfAnItemConvergeOnTheNewestWhateverOrderAndHowOftenTheyArrive() {
        Instant start = now().minus(Duration.ofMinutes(10));
        var v1 = ContentItem.draft(ContentId.random(), ALICE, body("Draft"), start);
        var v2 = changed(v1.edit(body("Second"), start.plusSeconds(5)));
        // same millisecond as v2: the version breaks the tie
        var v3 = changed(v2.edit(body("Third"), start.plusSeconds(5)));
        assertThat(v3.updatedAt()).isEqualTo(v2.updatedAt());

        for (ContentItem item : List.of(v3, v1, v2, v3, v1, v2)) {
            library.putAsync(item).toCompletableFuture().join();
        }
        assertThat(library.find(v1.id())).contains(v3);
        assertThat(AstraContentLibrary.writeTime(v3)).isGreaterThan(AstraContentLibrary.writeTime(v2));
    }

    @Test
    void manyPutsInFlightAllLandAndShowInListings() {
        Instant at = now().minus(Duration.ofMinutes(5));
        List<ContentItem> items = new ArrayList<>();
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            var item = ContentItem.draft(ContentId.random(), ALICE, body("Bulk " + i), at.plusMillis(i));
            items.add(item);
            sent.add(library.putAsync(item).toCompletableFuture());
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();

        assertThat(library.count(ContentQuery.all())).isEqualTo(300);
        assertThat(library.countByStatus()).containsEntry(ContentStatus.DRAFT, 300L);
        assertThat(library.list(ContentQuery.all(), PageRequest.first(500)).items())
                .containsExactlyInAnyOrderElementsOf(items);
    }

    @Test
    void aSaveHoldingAVersionThatAPutReplacedIsAConflictAndASaveOnTheNewVersionWins() {
        Instant start = now().minus(Duration.ofMinutes(1));
        var v1 = ContentItem.draft(ContentId.random(), ALICE, body("Opened by two"), start);
        assertThat(library.save(v1)).isInstanceOf(ContentSave.Saved.class);

        // an import (or a replica) lands version 2 while an editor still holds version 1; its time is after
        // the save's (the save's cells carry the cluster's clock at the save, which has passed now)
        var imported = changed(v1.edit(body("Imported"), now().plusMillis(1)));
        library.put(imported);
        var editorsEdit = changed(v1.edit(body("Editor's edit"), now()));
        assertThat(library.save(editorsEdit)).isEqualTo(new ContentSave.VersionConflict(v1.id(), 2, 2));
        assertThat(library.find(v1.id())).contains(imported);

        // reloaded: the editor's save on top of the imported version is an ordinary versioned save
        waitUntilTheClockPasses(imported.updatedAt());
        var onTop = changed(imported.edit(body("Editor's edit, reloaded"), now()));
        assertThat(library.save(onTop)).isEqualTo(new ContentSave.Saved(onTop));
        assertThat(library.find(v1.id())).contains(onTop);
    }

    @Test
    void aPutOlderThanTheStoredRowChangesNothingSoAnOldExportCannotRollAnItemBack() {
        Instant start = now().minus(Duration.ofHours(1));
        var v1 = ContentItem.draft(ContentId.random(), ALICE, body("First"), start);
        library.put(v1);
        var export = new StringWriter();
        new AstraExport(keyspace.session(), keyspace.settings())
                .export(
                        AstraExport.Request.all("content_library", TransferFormat.JSONL),
                        export,
                        (r, t) -> {},
                        () -> false);

        var v2 = changed(v1.edit(body("Second"), now()));
        assertThat(library.save(v2)).isEqualTo(new ContentSave.Saved(v2));
        library.put(v1); // a late retry of the bulk write
        var report = new AstraImport(keyspace.session(), keyspace.settings())
                .importRows("content_library", TransferFormat.JSONL, new StringReader(export.toString()), n -> {});

        assertThat(report.loaded()).isEqualTo(1);
        assertThat(report.reconciled()).isTrue();
        assertThat(library.find(v1.id())).contains(v2);
    }

    @Test
    void anImportLeavesADeletedItemDeletedUnlessItRestoresABackup() {
        var item = ContentItem.draft(
                ContentId.random(), ALICE, body("Deleted after the backup"), now().minus(Duration.ofHours(2)));
        library.put(item);
        var backup = new StringWriter();
        new AstraExport(keyspace.session(), keyspace.settings())
                .export(
                        AstraExport.Request.all("content_library", TransferFormat.CSV),
                        backup,
                        (r, t) -> {},
                        () -> false);
        keyspace.session()
                .execute(keyspace.session()
                        .prepare("DELETE FROM content_library WHERE id = ?")
                        .bind(item.id().value()));
        var importer = new AstraImport(keyspace.session(), keyspace.settings());

        var newerWins = importer.importRows(
                "content_library", TransferFormat.CSV, new StringReader(backup.toString()), n -> {});
        assertThat(newerWins.loaded()).isEqualTo(1);
        assertThat(library.find(item.id())).isEmpty();

        var restore = importer.importRows(
                "content_library",
                TransferFormat.CSV,
                AstraImport.Precedence.FILE_WINS,
                new StringReader(backup.toString()),
                n -> {});
        assertThat(restore.loaded()).isEqualTo(1);
        assertThat(library.find(item.id())).contains(item);
    }

    /**
     * The cost decision 0004 accepts: a write stamped ahead of the cluster's clock (a desktop whose clock
     * runs fast) shadows an LWT save made before the cluster's clock reaches it, although the save
     * answered "saved". This pins the documented behaviour; if Cassandra ever orders LWTs after such
     * cells, this test tells us the caveat is gone.
     */
    @Test
    void aPutStampedAheadOfTheClusterClockShadowsALaterSaveAsDocumented() {
        var fromTheFuture =
                ContentItem.draft(ContentId.random(), ALICE, body("Fast clock"), now().plus(Duration.ofHours(1)));
        library.put(fromTheFuture);

        var edit = changed(fromTheFuture.edit(body("Edited now"), fromTheFuture.updatedAt()));
        assertThat(library.save(edit)).isEqualTo(new ContentSave.Saved(edit));
        assertThat(library.find(edit.id())).contains(fromTheFuture);
    }

    /** An LWT's cells carry the cluster's clock (the same machine's here): let it pass a put's stamp. */
    private static void waitUntilTheClockPasses(Instant stamp) {
        while (!Instant.now().isAfter(stamp.plusMillis(1))) {
            Thread.onSpinWait();
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static ContentBody body(String title) {
        return ContentBody.of(
                title, ContentType.REEL, List.of(Platform.INSTAGRAM, Platform.TIKTOK), "caption " + title);
    }

    private static ContentItem changed(ContentChange change) {
        return ((ContentChange.Changed) change).item();
    }
}
