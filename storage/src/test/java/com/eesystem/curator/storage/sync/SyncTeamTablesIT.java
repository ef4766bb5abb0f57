package com.eesystem.curator.storage.sync;

import static com.eesystem.curator.storage.sync.SyncDesktops.draft;
import static com.eesystem.curator.storage.sync.SyncDesktops.edited;
import static com.eesystem.curator.storage.sync.SyncDesktops.withCaption;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.eesystem.curator.domain.agent.AgentMemory;
import com.eesystem.curator.domain.agent.AgentType;
import com.eesystem.curator.domain.agent.MemoryId;
import com.eesystem.curator.domain.agent.MemoryType;
import com.eesystem.curator.domain.brand.BrandGuideline;
import com.eesystem.curator.domain.brand.BrandKnowledge;
import com.eesystem.curator.domain.brand.GuidelineCategory;
import com.eesystem.curator.domain.brand.GuidelineId;
import com.eesystem.curator.domain.brand.GuidelineType;
import com.eesystem.curator.domain.brand.KnowledgeCategory;
import com.eesystem.curator.domain.brand.KnowledgeId;
import com.eesystem.curator.domain.brand.KnowledgeType;
import com.eesystem.curator.domain.compliance.CheckResult;
import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.compliance.ComplianceCheck;
import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.embedding.EmbeddingModelId;
import com.eesystem.curator.domain.embedding.EmbeddingSpace;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.schedule.ScheduleEntry;
import com.eesystem.curator.domain.schedule.ScheduleEntryId;
import com.eesystem.curator.domain.schedule.ScheduleStatus;
import com.eesystem.curator.domain.score.Score;
import com.eesystem.curator.domain.sync.ChangeOperation;
import com.eesystem.curator.domain.sync.DeviceId;
import com.eesystem.curator.domain.sync.HlcTimestamp;
import com.eesystem.curator.domain.sync.OutboxEntry;
import com.eesystem.curator.domain.template.ContentTemplate;
import com.eesystem.curator.domain.template.TemplateId;
import com.eesystem.curator.storage.astra.AstraAgentMemories;
import com.eesystem.curator.storage.astra.AstraBrandGuidelines;
import com.eesystem.curator.storage.astra.AstraBrandKnowledgeBase;
import com.eesystem.curator.storage.astra.AstraComplianceChecks;
import com.eesystem.curator.storage.astra.AstraContentTemplates;
import com.eesystem.curator.storage.astra.AstraPublicationSchedule;
import com.eesystem.curator.storage.astra.AstraSettings;
import com.eesystem.curator.storage.codec.JsonCodec;
import com.eesystem.curator.storage.sync.SyncDesktops.Desktop;
import com.eesystem.curator.testsupport.CassandraServer;
import com.eesystem.curator.testsupport.CassandraServerExtension;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team tables of the whole-row entities written by the push (read back through the team store's own
 * adapters), agent memory synced between desktops, and deletes (tombstones in the feed) applied on the
 * other desktop, against the real Cassandra and real SQLite files.
 */
@ExtendWith(CassandraServerExtension.class)
class SyncTeamTablesIT {

    private static final String KEYSPACE = SyncDesktops.keyspaceFor(SyncTeamTablesIT.class);
    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    private static SyncDesktops.Team team;
    private static CqlSession session;
    private static AstraSettings settings;

    @TempDir
    Path folder;

    private Desktop ann;
    private Desktop ben;

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
    void desktops() {
        team.truncate(List.of(
                "change_feed",
                "change_receipts",
                "content_library",
                "brand_guidelines",
                "publication_schedule",
                "publication_calendar"));
        ann = Desktop.open(folder.resolve("ann"), Clock.systemUTC(), session, 50, 40);
        // Ben's wall clock runs five minutes ahead: his unseen edits carry later stamps than Ann's delete
        ben = Desktop.open(
                folder.resolve("ben"), Clock.offset(Clock.systemUTC(), Duration.ofMinutes(5)), session, 50, 40);
    }

    @AfterEach
    void close() {
        ann.close();
        ben.close();
    }

    @Test
    void everyWholeRowEntityReachesItsTeamTableAndTheOtherDesktop() {
        ContentItem item = ann.save(draft("Morning light", "first caption", Instant.now()));
        BrandGuideline guideline = guideline("No disease claims", List.of("cure"));
        ContentTemplate template = new ContentTemplate(
                TemplateId.random(),
                "Calm reel",
                ContentType.REEL,
                Platform.INSTAGRAM,
                "hook / scenes / call",
                "{{hook}}",
                "sunrise",
                List.of(CheckType.MEDICAL_CLAIM),
                3,
                new Score(0.8),
                T0,
                T0);
        BrandKnowledge knowledge = BrandKnowledge.draft(
                KnowledgeId.random(),
                KnowledgeType.CLAIM,
                KnowledgeCategory.MEDICAL,
                "Relaxation",
                "Sessions may support relaxation.",
                new Score(0.6),
                T0);
        ComplianceCheck check = new ComplianceCheck(
                UUID.randomUUID(),
                item.id().value(),
                item.version(),
                CheckType.MEDICAL_CLAIM,
                CheckResult.PASSED,
                0.9,
                List.of(),
                "",
                null,
                null,
                T0,
                "pack-1");
        AgentMemory memory = new AgentMemory(
                MemoryId.of(UUID.randomUUID()),
                AgentType.RESEARCH,
                MemoryType.values()[0],
                "topic:sleep",
                "users ask about sleep",
                Optional.empty(),
                new Score(0.5),
                Map.of("source", "it"),
                Optional.empty(),
                T0,
                T0);
        ScheduleEntry entry = schedule(item, Instant.parse("2026-12-01T09:00:00Z"));
        ann.store().brandGuidelines().save(guideline);
        ann.store().contentTemplates().save(template);
        ann.store().brandKnowledge().save(knowledge);
        ann.store().complianceChecks().record(check);
        ann.store().agentMemories().save(memory);
        ann.store().publicationSchedule().save(entry);

        assertThat(ann.sync().pushed()).isEqualTo(7);

        var space = new EmbeddingSpace(new EmbeddingModelId("it/none"), settings.vectorDimension());
        assertThat(new AstraBrandGuidelines(session, settings).find(guideline.id()))
                .contains(guideline);
        assertThat(new AstraContentTemplates(session, settings).find(template.id()))
                .contains(template);
        assertThat(new AstraBrandKnowledgeBase(session, settings, space).find(knowledge.id()))
                .contains(knowledge);
        assertThat(new AstraComplianceChecks(session, settings)
                        .history(item.id().value()))
                .containsExactly(check);
        assertThat(new AstraAgentMemories(session, settings, space, Clock.systemUTC()).find(memory.id()))
                .contains(memory);
        AstraPublicationSchedule teamSchedule = new AstraPublicationSchedule(session);
        assertThat(teamSchedule.find(entry.id())).contains(entry);
        assertThat(teamSchedule.between(
                        Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2026-12-02T00:00:00Z"), Set.of()))
                .containsExactly(entry);

        ben.sync();
        assertThat(ben.store().agentMemories().find(memory.id())).contains(memory);
        assertThat(ben.store().contentTemplates().find(template.id())).contains(template);
        assertThat(ben.store().brandKnowledge().find(knowledge.id())).contains(knowledge);

        // Ann moves the entry to the next day: the team calendar shows it there only
        ScheduleEntry moved = new ScheduleEntry(
                entry.id(),
                2,
                entry.contentId(),
                entry.platform(),
                Instant.parse("2026-12-02T09:00:00Z"),
                entry.cycleWeek(),
                entry.cycleDay() + 1,
                entry.theme(),
                entry.priority(),
                entry.status(),
                entry.resultData(),
                entry.createdAt(),
                T0.plusSeconds(60));
        ann.store().publicationSchedule().save(moved);
        ann.sync();
        assertThat(teamSchedule.between(
                        Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2026-12-03T00:00:00Z"), Set.of()))
                .containsExactly(moved);
    }

    @Test
    void theTeamRowKeepsTheChangeWithTheLaterStampWhateverTheOrderPushesArrive() {
        BrandGuideline older = guideline("No disease claims", List.of("cure"));
        BrandGuideline newer = new BrandGuideline(
                older.id(),
                older.guidelineType(),
                older.category(),
                "No disease or cure claims",
                older.description(),
                older.requirements(),
                List.of("cure", "heal"),
                older.examples(),
                older.severityLevel(),
                older.platforms(),
                older.createdAt(),
                T0.plusSeconds(60));
        JsonCodec codec = JsonCodec.instance();
        long now = System.currentTimeMillis();
        var gateway = new AstraSyncGateway(session, Clock.systemUTC(), Duration.ZERO);
        // the later change is pushed first (its desktop came online first); the earlier one arrives after it
        gateway.push(List.of(guidelineChange(codec.write(newer), older.id(), now, "desk-b")));
        gateway.push(List.of(guidelineChange(codec.write(older), older.id(), now - 60_000, "desk-a")));

        assertThat(new AstraBrandGuidelines(session, settings).find(older.id())).contains(newer);
    }

    @Test
    void aDeleteOnOneDesktopIsAppliedOnTheOtherAndAnUnseenLaterEditDoesNotBringTheRowBack() {
        ContentItem kept = ann.save(draft("Kept", "stays", Instant.now()));
        ContentItem removed = ann.save(draft("Removed", "goes", Instant.now()));
        ContentItem contested = ann.save(draft("Contested", "Ben edits it", Instant.now()));
        BrandGuideline guideline = guideline("Demo guideline", List.of("cure"));
        ann.store().brandGuidelines().save(guideline);
        ann.sync();
        ben.sync();
        assertThat(ben.library().find(removed.id())).isPresent();
        assertThat(ben.store().brandGuidelines().find(guideline.id())).isPresent();

        // the items were pushed, then recorded as the demo: clearing it deletes them everywhere
        ann.store().demoRecord().remember(List.of(removed.id(), contested.id()), List.of(guideline.id()), List.of());
        // meanwhile Ben, who has not seen the delete, edits one of them and pushes it
        ContentItem bens = ben.item(contested.id());
        ben.save(edited(bens, withCaption(bens.body(), "Ben's caption"), Instant.now()));
        ben.engine().push();
        ann.store().demoRecord().clear();
        assertThat(ann.sync().pushed()).as("three deletes").isGreaterThanOrEqualTo(3);

        ben.sync();
        ann.sync();
        ben.sync();

        for (Desktop desktop : List.of(ann, ben)) {
            assertThat(desktop.library().find(removed.id())).isEmpty();
            assertThat(desktop.library().find(contested.id()))
                    .as("deleted, although edited later without seeing the delete")
                    .isEmpty();
            assertThat(desktop.library().find(kept.id())).isPresent();
            assertThat(desktop.store().brandGuidelines().find(guideline.id())).isEmpty();
            assertThat(desktop.store().outbox().pendingCount()).isZero();
        }
        assertThat(teamContentIds()).containsExactly(kept.id().value());
        assertThat(new AstraBrandGuidelines(session, settings).find(guideline.id()))
                .isEmpty();

        // a pulled copy of an old change of a deleted item never brings it back
        Desktop carl = Desktop.open(folder.resolve("carl"), Clock.systemUTC(), session, 50, 40);
        try {
            carl.sync();
            assertThat(carl.library().find(removed.id())).isEmpty();
            assertThat(carl.library().find(contested.id())).isEmpty();
            assertThat(carl.library().find(kept.id())).isPresent();
        } finally {
            carl.close();
        }
    }

    private List<UUID> teamContentIds() {
        return session.execute("SELECT id FROM content_library").all().stream()
                .map(row -> row.getUuid("id"))
                .toList();
    }

    private static OutboxEntry guidelineChange(String json, GuidelineId id, long millis, String device) {
        return new OutboxEntry(
                1,
                "brand_guidelines",
                id.toString(),
                ChangeOperation.UPSERT,
                json,
                new HlcTimestamp(millis, 0),
                DeviceId.of(device));
    }

    private static BrandGuideline guideline(String title, List<String> restrictions) {
        return new BrandGuideline(
                GuidelineId.random(),
                GuidelineType.CLAIMS,
                GuidelineCategory.MEDICAL,
                title,
                "why it matters",
                List.of("say: may support"),
                restrictions,
                "Good: may support relaxation.",
                SeverityLevel.CRITICAL,
                List.of(Platform.INSTAGRAM),
                T0,
                T0);
    }

    private static ScheduleEntry schedule(ContentItem item, Instant at) {
        return new ScheduleEntry(
                ScheduleEntryId.random(),
                1,
                item.id(),
                Platform.INSTAGRAM,
                at,
                1,
                2,
                "calm",
                3,
                ScheduleStatus.SCHEDULED,
                Map.of(),
                T0,
                T0);
    }
}
