package com.eesystem.curator.storage.sync;

import static com.eesystem.curator.storage.sync.SyncDesktops.draft;
import static com.eesystem.curator.storage.sync.SyncDesktops.edited;
import static com.eesystem.curator.storage.sync.SyncDesktops.withCaption;
import static com.eesystem.curator.storage.sync.SyncDesktops.withStatus;
import static com.eesystem.curator.storage.sync.SyncDesktops.withTitle;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.eesystem.curator.domain.brand.BrandGuideline;
import com.eesystem.curator.domain.brand.GuidelineCategory;
import com.eesystem.curator.domain.brand.GuidelineId;
import com.eesystem.curator.domain.brand.GuidelineType;
import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.schedule.ScheduleEntry;
import com.eesystem.curator.domain.schedule.ScheduleEntryId;
import com.eesystem.curator.domain.schedule.ScheduleStatus;
import com.eesystem.curator.domain.sync.OutboxEntry;
import com.eesystem.curator.domain.sync.SyncWatermark;
import com.eesystem.curator.storage.sync.SyncDesktops.Desktop;
import com.eesystem.curator.testsupport.CassandraServer;
import com.eesystem.curator.testsupport.CassandraServerExtension;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Push, pull and the merge rules between two desktops, against the real Cassandra and real SQLite files. */
@ExtendWith(CassandraServerExtension.class)
class SyncEngineIT {

    private static final String KEYSPACE = SyncDesktops.keyspaceFor(SyncEngineIT.class);

    private static SyncDesktops.Team team;
    private static CqlSession session;

    @TempDir
    Path folder;

    private Desktop ann;
    private Desktop ben;

    @BeforeAll
    static void teamStore(CassandraServer server) {
        team = SyncDesktops.Team.open(server, KEYSPACE);
        session = team.session();
    }

    @AfterAll
    static void drop() {
        team.close();
    }

    @BeforeEach
    void desktops() {
        team.truncate(List.of("change_feed", "change_receipts", "content_library"));
        // Ben's wall clock runs ten minutes ahead of Ann's: his stale edits carry later wall times
        ann = Desktop.open(folder.resolve("ann"), Clock.systemUTC(), session, 50, 40);
        ben = Desktop.open(
                folder.resolve("ben"), Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10)), session, 50, 40);
    }

    @AfterEach
    void close() {
        ann.close();
        ben.close();
    }

    @Test
    void aRetriedPushStoresEachChangeOnce() {
        for (int i = 0; i < 30; i++) {
            ann.save(draft("Post " + i, "caption " + i, Instant.now()));
        }
        List<OutboxEntry> pending = ann.rows().outbox().pending(100);
        var gateway = new AstraSyncGateway(session, Clock.systemUTC(), Duration.ZERO);
        List<OutboxEntry> envelopes = new ArrayList<>();
        RowState none = RowState.EMPTY;
        for (OutboxEntry entry : pending) {
            envelopes.add(new OutboxEntry(
                    entry.sequence(),
                    entry.entityType(),
                    entry.entityId(),
                    entry.operation(),
                    SyncEngine.stamped(none, entry).toJson(),
                    entry.timestamp(),
                    entry.deviceId()));
        }

        assertThat(gateway.push(envelopes).acknowledgedThrough()).isEqualTo(30);
        assertThat(gateway.push(envelopes).acknowledgedThrough()).isEqualTo(30);
        assertThat(gateway.push(envelopes.subList(10, 20)).acknowledgedThrough())
                .isEqualTo(20);

        assertThat(count("SELECT count(*) FROM change_receipts")).isEqualTo(30);
        assertThat(feedSequences()).hasSize(30).doesNotHaveDuplicates();
        assertThat(count("SELECT count(*) FROM content_library")).isEqualTo(30);
    }

    @Test
    void aPullReadsTheFeedInPagesAndAnotherDesktopGetsEveryItem() {
        List<ContentItem> made = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            made.add(ann.save(draft("Post " + i, "caption " + i, Instant.now())));
        }
        assertThat(ann.sync().pushed()).isEqualTo(130);
        assertThat(ann.engine().pendingCount()).isZero();

        var gateway = new AstraSyncGateway(session, Clock.systemUTC(), Duration.ZERO);
        var first = gateway.pull(SyncWatermark.BEGINNING, 40);
        assertThat(first.changes()).hasSize(40);
        assertThat(first.hasMore()).isTrue();
        long total = first.changes().size();
        var page = first;
        int pages = 1;
        while (page.hasMore()) {
            page = gateway.pull(page.next(), 40);
            total += page.changes().size();
            pages++;
        }
        assertThat(total).isEqualTo(130);
        assertThat(pages).isBetween(4, 5);

        var report = ben.sync();
        assertThat(report.pulled()).isEqualTo(130);
        assertThat(report.applied()).isEqualTo(130);
        for (ContentItem item : made) {
            assertThat(ben.item(item.id()).body()).isEqualTo(item.body());
        }
        assertThat(ben.sync().pulled()).as("nothing new the second time").isZero();
    }

    @Test
    void guidelinesTemplatesAndScheduleEntriesReachTheOtherDesktopAndTheLaterEditWins() {
        BrandGuideline guideline = new BrandGuideline(
                GuidelineId.random(),
                GuidelineType.CLAIMS,
                GuidelineCategory.MEDICAL,
                "No disease claims",
                "why it matters",
                List.of("say: may support"),
                List.of("cure"),
                "Good: may support relaxation.",
                SeverityLevel.CRITICAL,
                List.of(Platform.INSTAGRAM),
                Instant.parse("2026-11-25T09:00:00Z"),
                Instant.parse("2026-11-25T09:00:00Z"));
        ann.store().brandGuidelines().save(guideline);
        ContentItem item = ann.save(draft("Morning light", "first caption", Instant.now()));
        Instant planned = Instant.parse("2026-11-25T10:00:00Z");
        ScheduleEntry entry = new ScheduleEntry(
                ScheduleEntryId.random(),
                1,
                item.id(),
                Platform.INSTAGRAM,
                Instant.parse("2026-12-01T09:00:00Z"),
                1,
                2,
                "calm",
                3,
                ScheduleStatus.SCHEDULED,
                Map.of(),
                planned,
                planned);
        ann.store().publicationSchedule().save(entry);
        ann.sync();
        ben.sync();

        assertThat(ben.store().brandGuidelines().find(guideline.id())).contains(guideline);
        assertThat(ben.store().publicationSchedule().find(entry.id())).contains(entry);

        // Ben edits the guideline after seeing Ann's; Ann's later-pulled copy must not undo it
        BrandGuideline bens = new BrandGuideline(
                guideline.id(),
                guideline.guidelineType(),
                guideline.category(),
                "No disease or cure claims",
                guideline.description(),
                guideline.requirements(),
                List.of("cure", "heal"),
                guideline.examples(),
                guideline.severityLevel(),
                guideline.platforms(),
                guideline.createdAt(),
                Instant.now());
        ben.store().brandGuidelines().save(bens);
        ben.sync();
        ann.sync();
        ben.sync();

        for (Desktop desktop : List.of(ann, ben)) {
            assertThat(desktop.store()
                            .brandGuidelines()
                            .find(guideline.id())
                            .orElseThrow()
                            .restrictions())
                    .containsExactly("cure", "heal");
            assertThat(desktop.store().outbox().pendingCount()).isZero();
        }
    }

    @Test
    void editsOfDifferentFieldsMerge() {
        ContentItem item = ann.save(draft("Morning light", "first caption", Instant.now()));
        ann.sync();
        ben.sync();

        ann.save(edited(item, withCaption(item.body(), "Ann's caption"), Instant.now()));
        ContentItem bens = ben.item(item.id());
        ben.save(edited(bens, withTitle(bens.body(), "Ben's title"), Instant.now()));
        ann.sync();
        ben.sync();
        ann.sync();

        for (Desktop desktop : List.of(ann, ben)) {
            ContentItem merged = desktop.item(item.id());
            assertThat(merged.body().caption()).isEqualTo("Ann's caption");
            assertThat(merged.title()).isEqualTo("Ben's title");
            assertThat(desktop.rows().conflicts()).isEmpty();
        }
        Row team = session.execute(
                        "SELECT title FROM content_library WHERE id = ?",
                        item.id().value())
                .one();
        assertThat(team.getString("title")).isEqualTo("Ben's title");
    }

    @Test
    void theSameTextFieldEditedOnTwoDesktopsKeepsBothVersionsAsAConflict() {
        ContentItem item = ann.save(draft("Evening", "original caption", Instant.now()));
        ann.sync();
        ben.sync();

        ann.save(edited(item, withCaption(item.body(), "Ann's caption"), Instant.now()));
        ContentItem bens = ben.item(item.id());
        ben.save(edited(bens, withCaption(bens.body(), "Ben's caption"), Instant.now()));
        ann.sync(); // Ann's edit reaches the team store first ...
        ben.sync(); // ... but Ben pushed before he pulled: his edit has the later hybrid time
        ann.sync();

        String annSees = ann.item(item.id()).body().caption();
        assertThat(ben.item(item.id()).body().caption()).isEqualTo(annSees);
        var conflicts = new ArrayList<>(ann.rows().conflicts());
        conflicts.addAll(ben.rows().conflicts());
        assertThat(conflicts).isNotEmpty().allSatisfy(conflict -> {
            assertThat(conflict.field()).isEqualTo("body.caption");
            assertThat(List.of(conflict.keptValue(), conflict.otherValue()))
                    .containsExactlyInAnyOrder("\"Ann's caption\"", "\"Ben's caption\"");
        });
    }

    @Test
    void aStaleEditDoesNotOverwriteAnApprovalAndABodyEditSendsTheItemBackToReview() {
        ContentItem item = ann.save(draft("Review me", "caption", Instant.now()));
        item = ann.save(withStatus(item, ContentStatus.IN_REVIEW, Instant.now()));
        ann.sync();
        ben.sync();

        // Ben withdraws it to draft without having seen the approval Ann gives meanwhile
        ben.save(withStatus(ben.item(item.id()), ContentStatus.DRAFT, Instant.now()));
        ann.save(withStatus(item, ContentStatus.APPROVED, Instant.now()));
        ann.sync();
        ben.sync();
        ann.sync();
        ben.sync();
        assertThat(ann.item(item.id()).status()).isEqualTo(ContentStatus.APPROVED);
        assertThat(ben.item(item.id()).status()).isEqualTo(ContentStatus.APPROVED);

        // Ben edits the caption of the approved item without having synced: it goes back to review
        ContentItem bens = ben.item(item.id());
        ben.save(edited(bens, withCaption(bens.body(), "changed after approval"), Instant.now()));
        ben.sync();
        ann.sync();
        ben.sync();
        for (Desktop desktop : List.of(ann, ben)) {
            assertThat(desktop.item(item.id()).status()).isEqualTo(ContentStatus.IN_REVIEW);
            assertThat(desktop.item(item.id()).body().caption()).isEqualTo("changed after approval");
        }
        Row team = session.execute(
                        "SELECT status FROM content_library WHERE id = ?",
                        item.id().value())
                .one();
        assertThat(team.getString("status")).isEqualTo("in_review");
    }

    private long count(String cql) {
        return session.execute(cql).one().getLong(0);
    }

    private List<String> feedSequences() {
        List<String> sequences = new ArrayList<>();
        for (Row row : session.execute("SELECT origin_device, origin_sequence FROM change_feed")) {
            sequences.add(row.getString(0) + "#" + row.getLong(1));
        }
        return sequences;
    }
}
