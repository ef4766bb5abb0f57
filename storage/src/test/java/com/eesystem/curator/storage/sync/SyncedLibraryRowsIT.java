package com.eesystem.curator.storage.sync;

import static com.eesystem.curator.storage.sync.SyncDesktops.body;
import static com.eesystem.curator.storage.sync.SyncDesktops.edited;
import static com.eesystem.curator.storage.sync.SyncDesktops.withCaption;
import static com.eesystem.curator.storage.sync.SyncDesktops.withStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentQuery;
import com.eesystem.curator.domain.content.ContentSave;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.paging.PageRequest;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.sync.OutboxEntry;
import com.eesystem.curator.domain.user.UserId;
import com.eesystem.curator.storage.astra.AstraContentLibrary;
import com.eesystem.curator.storage.astra.AstraSettings;
import com.eesystem.curator.storage.sync.SyncDesktops.Desktop;
import com.eesystem.curator.testsupport.CassandraServer;
import com.eesystem.curator.testsupport.CassandraServerExtension;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows that reach the team's content_library by sync (TeamContentCells) are whole items: the team
 * store's own adapter finds them, lists them and filters them by status, type, author and platform,
 * with the same body, status and author as on the desktop that wrote them.
 */
@ExtendWith(CassandraServerExtension.class)
class SyncedLibraryRowsIT {

    private static final String KEYSPACE = SyncDesktops.keyspaceFor(SyncedLibraryRowsIT.class);
    private static final UserId BEN = UserId.parse("00000000-0000-0000-0000-00000000b001");

    private static SyncDesktops.Team team;
    private static CqlSession session;
    private static AstraSettings settings;

    @TempDir
    Path folder;

    @BeforeAll
    static void teamStore(CassandraServer server) {
        team = SyncDesktops.Team.open(server, KEYSPACE);
        settings = team.settings();
        session = team.session();
    }

    @AfterAll
    static void drop() {
        team.close();
    }

    @BeforeEach
    void emptyTeamTables() {
        team.truncate(List.of("change_feed", "change_receipts", "content_library"));
    }

    @Test
    void syncedItemsShowInTheTeamLibrarysListingsAndFiltersWithTheirBodyStatusAndAuthor() {
        List<ContentItem> onDesktop = new ArrayList<>();
        try (Desktop ann = Desktop.open(folder.resolve("ann"), Clock.systemUTC(), session, 50, 40)) {
            Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            for (int i = 0; i < 12; i++) {
                ContentBody body = i % 3 == 0
                        ? new ContentBody(
                                "Thread " + i,
                                "",
                                ContentType.THREAD,
                                List.of(Platform.TWITTER, Platform.LINKEDIN),
                                "thread caption " + i,
                                "",
                                List.of("grounding"),
                                List.of(),
                                Map.of())
                        : body("Reel " + i, "caption " + i);
                UserId author = i % 4 == 0 ? BEN : SyncDesktops.AUTHOR;
                onDesktop.add(ann.save(new ContentItem(
                        ContentId.random(), 1, 1, author, body, ContentStatus.DRAFT, "", Map.of(), at, at, null)));
            }
            // later changes write only some columns: a caption edit, a status change
            onDesktop.set(
                    1,
                    ann.save(edited(
                            onDesktop.get(1), withCaption(onDesktop.get(1).body(), "edited"), at)));
            onDesktop.set(2, ann.save(withStatus(onDesktop.get(2), ContentStatus.IN_REVIEW, at)));
            assertThat(ann.sync().pushed()).isEqualTo(14);
        }

        var team = new AstraContentLibrary(session, settings);
        for (ContentItem local : onDesktop) {
            ContentItem synced = team.find(local.id()).orElseThrow();
            assertThat(synced.body()).isEqualTo(local.body());
            assertThat(synced.status()).isEqualTo(local.status());
            assertThat(synced.authorId()).isEqualTo(local.authorId());
            assertThat(synced.createdAt()).isEqualTo(local.createdAt());
            assertThat(synced.revision()).isLessThanOrEqualTo(synced.version());
        }
        assertThat(team.list(ContentQuery.all(), PageRequest.first(50)).items())
                .extracting(ContentItem::id)
                .containsExactlyInAnyOrderElementsOf(
                        onDesktop.stream().map(ContentItem::id).toList());
        List<ContentQuery> filters = List.of(
                ContentQuery.all().withStatuses(Set.of(ContentStatus.IN_REVIEW)),
                ContentQuery.all().withContentTypes(Set.of(ContentType.THREAD)),
                ContentQuery.all().byAuthor(BEN),
                ContentQuery.all().withPlatforms(Set.of(Platform.TIKTOK)),
                ContentQuery.all().withPlatforms(Set.of(Platform.LINKEDIN)).withKeywords("thread caption"));
        for (ContentQuery query : filters) {
            List<ContentId> expected = onDesktop.stream()
                    .filter(query::matches)
                    .map(ContentItem::id)
                    .toList();
            assertThat(expected).as("%s matches some items", query).isNotEmpty();
            assertThat(team.list(query, PageRequest.first(50)).items())
                    .as("%s", query)
                    .extracting(ContentItem::id)
                    .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(team.count(query)).isEqualTo(expected.size());
        }
        assertThat(team.countByStatus())
                .containsEntry(ContentStatus.DRAFT, 11L)
                .containsEntry(ContentStatus.IN_REVIEW, 1L);
    }

    @Test
    void aRetriedPushLeavesTheSyncedItemAsItWas() {
        try (Desktop ann = Desktop.open(folder.resolve("ann3"), Clock.systemUTC(), session, 50, 40)) {
            ContentItem item = ann.save(SyncDesktops.draft("Pushed twice", "same caption", Instant.now()));
            List<OutboxEntry> envelopes = new ArrayList<>();
            for (OutboxEntry entry : ann.rows().outbox().pending(10)) {
                envelopes.add(new OutboxEntry(
                        entry.sequence(),
                        entry.entityType(),
                        entry.entityId(),
                        entry.operation(),
                        SyncEngine.stamped(RowState.EMPTY, entry).toJson(),
                        entry.timestamp(),
                        entry.deviceId()));
            }
            var gateway = new AstraSyncGateway(session, Clock.systemUTC(), java.time.Duration.ZERO);
            gateway.push(envelopes);
            gateway.push(envelopes); // same cells, same write times: lists must not grow

            ContentItem synced =
                    new AstraContentLibrary(session, settings).find(item.id()).orElseThrow();
            assertThat(synced.body()).isEqualTo(item.body());
        }
    }

    @Test
    void anEditorOnlineWhoHoldsAVersionASyncReplacedGetsAConflictInsteadOfOverwritingIt() {
        var team = new AstraContentLibrary(session, settings);
        try (Desktop ann = Desktop.open(folder.resolve("ann2"), Clock.systemUTC(), session, 50, 40)) {
            ContentItem item = ann.save(SyncDesktops.draft("Shared", "first caption", Instant.now()));
            ann.sync();
            ContentItem opened = team.find(item.id()).orElseThrow();

            ann.save(edited(item, withCaption(item.body(), "caption from the desktop"), Instant.now()));
            ann.sync();

            ContentItem editorsEdit = new ContentItem(
                    opened.id(),
                    opened.version() + 1,
                    opened.revision() + 1,
                    opened.authorId(),
                    withCaption(opened.body(), "caption typed online"),
                    opened.status(),
                    opened.complianceNotes(),
                    opened.performanceMetrics(),
                    opened.createdAt(),
                    opened.updatedAt(),
                    opened.publishedAt());
            assertThat(team.save(editorsEdit)).isInstanceOf(ContentSave.VersionConflict.class);
            assertThat(team.find(item.id()).orElseThrow().body().caption()).isEqualTo("caption from the desktop");
        }
    }
}
