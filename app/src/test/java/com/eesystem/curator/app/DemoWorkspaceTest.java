package com.eesystem.curator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.brand.BrandGuideline;
import com.eesystem.curator.domain.brand.BrandKnowledge;
import com.eesystem.curator.domain.brand.KnowledgeFilter;
import com.eesystem.curator.domain.brand.KnowledgeType;
import com.eesystem.curator.domain.compliance.ComplianceCheck;
import com.eesystem.curator.domain.compliance.ComplianceIssue;
import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentQuery;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.content.CreateDraft;
import com.eesystem.curator.domain.demo.DemoRecord;
import com.eesystem.curator.domain.paging.PageRequest;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.review.ReviewDecision;
import com.eesystem.curator.domain.review.Verdict;
import com.eesystem.curator.domain.schedule.ScheduleEntry;
import com.eesystem.curator.domain.schedule.ScheduleStatus;
import com.eesystem.curator.domain.sync.OutboxEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo workspace on a real SQLite local store: every state, consistent rows, an exact clear. */
class DemoWorkspaceTest {

    @TempDir
    Path dataDir;

    private Workstation open() {
        return Workstation.open(new DataDirectory(dataDir), Clock.systemUTC(), "test-editor");
    }

    private static List<ContentItem> all(Workstation workstation) {
        return workstation
                .store()
                .contentLibrary()
                .list(ContentQuery.all(), PageRequest.first(100))
                .items();
    }

    @Test
    void seedingYieldsEveryStateThroughTheUseCases() {
        try (Workstation workstation = open()) {
            assertThat(workstation.seedDemoIfEmpty()).isEqualTo(12);
            List<ContentItem> items = all(workstation);
            assertThat(items).hasSize(12);
            assertThat(items.stream().map(ContentItem::status).collect(Collectors.toSet()))
                    .isEqualTo(EnumSet.allOf(ContentStatus.class));
            var store = workstation.store();
            for (ContentItem item : items) {
                List<ReviewDecision> decisions = store.reviewDecisions().history(item.id());
                List<ComplianceCheck> checks =
                        store.complianceChecks().history(item.id().value());
                switch (item.status()) {
                    case APPROVED, SCHEDULED, PUBLISHED, ARCHIVED -> {
                        assertThat(decisions)
                                .as("%s is approved by a recorded decision", item.title())
                                .extracting(ReviewDecision::verdict)
                                .contains(Verdict.APPROVED);
                        assertThat(checks).as("%s was checked", item.title()).isNotEmpty();
                    }
                    case IN_REVIEW ->
                        assertThat(checks).as("%s was checked", item.title()).isNotEmpty();
                    case DRAFT -> {}
                }
                List<ScheduleEntry> entries = store.publicationSchedule().forContent(item.id());
                if (item.status() == ContentStatus.SCHEDULED) {
                    assertThat(entries).extracting(ScheduleEntry::status).containsOnly(ScheduleStatus.SCHEDULED);
                }
                if (item.status() == ContentStatus.PUBLISHED) {
                    assertThat(entries).extracting(ScheduleEntry::status).containsOnly(ScheduleStatus.PUBLISHED);
                }
            }
            assertThat(items.stream()
                            .filter(item -> item.status() == ContentStatus.DRAFT)
                            .flatMap(item -> store.reviewDecisions().history(item.id()).stream())
                            .map(ReviewDecision::verdict)
                            .collect(Collectors.toSet()))
                    .as("rejected and changes-requested items are back to draft with their decision")
                    .containsExactlyInAnyOrder(Verdict.REJECTED, Verdict.CHANGES_REQUESTED);
            assertThat(store.brandGuidelines().all())
                    .extracting(BrandGuideline::severityLevel)
                    .contains(SeverityLevel.CRITICAL, SeverityLevel.IMPORTANT, SeverityLevel.PREFERRED);
            ContentItem critical = items.stream()
                    .filter(item -> item.title().equals("Pain relief claim (critical, in review)"))
                    .findFirst()
                    .orElseThrow();
            assertThat(critical.status())
                    .as("submitted over its critical finding with an override reason")
                    .isEqualTo(ContentStatus.IN_REVIEW);
            assertThat(store.complianceChecks().history(critical.id().value()))
                    .anyMatch(check -> check.issuesFound().stream().anyMatch(ComplianceIssue::critical));
            List<BrandKnowledge> knowledge = store.brandKnowledge()
                    .list(KnowledgeFilter.activeOnly(), PageRequest.first(50))
                    .items();
            assertThat(knowledge)
                    .hasSize(7)
                    .extracting(BrandKnowledge::knowledgeType)
                    .contains(KnowledgeType.VOICE, KnowledgeType.CLAIM, KnowledgeType.COMPLIANCE);
            assertThat(knowledge)
                    .filteredOn(entry -> entry.knowledgeType() == KnowledgeType.CLAIM)
                    .extracting(BrandKnowledge::content)
                    .anySatisfy(text -> assertThat(text).startsWith("may help you relax"));
            assertThat(store.demoRecord().state()).isInstanceOfSatisfying(DemoRecord.State.Seeded.class, seeded -> {
                assertThat(seeded.content())
                        .containsExactlyInAnyOrderElementsOf(
                                items.stream().map(ContentItem::id).toList());
                assertThat(seeded.knowledge())
                        .containsExactlyInAnyOrderElementsOf(
                                knowledge.stream().map(BrandKnowledge::id).toList());
            });
            assertThat(store.outbox().pending(1000))
                    .as("the demo never reaches the team store")
                    .extracting(OutboxEntry::entityType)
                    .doesNotContain(
                            "content_library",
                            "compliance_checks",
                            "review_decisions",
                            "brand_guidelines",
                            "brand_knowledge");
        }
    }

    @Test
    void clearRemovesOnlyTheDemoAndASecondStartDoesNotSeedAgain() {
        ContentItem mine;
        try (Workstation workstation = open()) {
            workstation.seedDemoIfEmpty();
            mine = workstation
                    .editorServices()
                    .createDraft()
                    .create(new CreateDraft.Command(
                            workstation.user(),
                            new ContentBody(
                                    "My own post",
                                    "",
                                    ContentType.QUOTE,
                                    List.of(Platform.INSTAGRAM),
                                    "A quiet hour.",
                                    "",
                                    List.of(),
                                    List.of(),
                                    Map.of())))
                    .orThrow();
            DemoRecord.Removed removed = workstation.clearDemo();
            assertThat(removed.content()).isEqualTo(12);
            assertThat(removed.guidelines()).isEqualTo(4);
            assertThat(removed.knowledge()).isEqualTo(7);
            assertThat(removed.decisions()).isPositive();
            assertThat(removed.checks()).isPositive();
            assertThat(removed.scheduleEntries()).isPositive();
            assertThat(all(workstation)).extracting(ContentItem::id).containsExactly(mine.id());
            assertThat(workstation.store().brandGuidelines().all()).isEmpty();
            assertThat(workstation
                            .store()
                            .brandKnowledge()
                            .list(KnowledgeFilter.any(), PageRequest.first(50))
                            .items())
                    .isEmpty();
            assertThat(workstation.store().publicationSchedule().forContent(mine.id()))
                    .isEmpty();
            assertThat(workstation.store().outbox().pending(1000))
                    .extracting(OutboxEntry::entityId)
                    .as("the user's draft still syncs")
                    .contains(mine.id().toString());
        }
        try (Workstation again = open()) {
            assertThat(again.store().demoRecord().state()).isInstanceOf(DemoRecord.State.Cleared.class);
            // the library is empty of demo rows yet the demo stays cleared, even with the user's draft deleted
            assertThat(again.seedDemoIfEmpty()).isZero();
            assertThat(all(again)).hasSize(1);
            assertThat(again.seedDemo()).as("seeded again only on request").isEqualTo(12);
            assertThat(all(again)).hasSize(13);
            assertThat(again.seedDemoIfEmpty()).isZero();
        }
    }

    @Test
    void aLibraryWithTheUsersContentIsNeverSeeded() {
        try (Workstation workstation = open()) {
            workstation
                    .editorServices()
                    .createDraft()
                    .create(new CreateDraft.Command(
                            workstation.user(),
                            new ContentBody(
                                    "Mine",
                                    "",
                                    ContentType.QUOTE,
                                    List.of(Platform.INSTAGRAM),
                                    "Rest.",
                                    "",
                                    List.of(),
                                    List.of(),
                                    Map.of())))
                    .orThrow();
            assertThat(workstation.seedDemoIfEmpty()).isZero();
            assertThat(workstation.store().demoRecord().state()).isInstanceOf(DemoRecord.State.NotSeeded.class);
        }
    }

    @Test
    void theDemosReviewQueueHoldsIssuesOfMoreThanOneSeverity() {
        try (Workstation workstation = open()) {
            workstation.seedDemoIfEmpty();
            Set<SeverityLevel> severities = all(workstation).stream()
                    .flatMap(item -> workstation
                            .store()
                            .complianceChecks()
                            .history(item.id().value())
                            .stream())
                    .flatMap(check -> check.issuesFound().stream())
                    .map(ComplianceIssue::severity)
                    .collect(Collectors.toSet());
            System.out.println("demo issue severities: " + severities);
            assertThat(severities).hasSizeGreaterThanOrEqualTo(2);
        }
    }
}
