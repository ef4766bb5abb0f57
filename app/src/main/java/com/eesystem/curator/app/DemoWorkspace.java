package com.eesystem.curator.app;

import com.eesystem.curator.app.DemoContent.Demo;
import com.eesystem.curator.app.DemoContent.Goal;
import com.eesystem.curator.app.DemoContent.Guideline;
import com.eesystem.curator.app.DemoContent.Knowledge;
import com.eesystem.curator.domain.audit.AuditLog;
import com.eesystem.curator.domain.brand.BrandGuideline;
import com.eesystem.curator.domain.brand.BrandKnowledge;
import com.eesystem.curator.domain.brand.GuidelineId;
import com.eesystem.curator.domain.brand.GuidelinesChanged;
import com.eesystem.curator.domain.brand.KnowledgeId;
import com.eesystem.curator.domain.brand.KnowledgeSave;
import com.eesystem.curator.domain.brand.SaveBrandGuideline;
import com.eesystem.curator.domain.compliance.ComplianceEngine;
import com.eesystem.curator.domain.content.ArchiveContent;
import com.eesystem.curator.domain.content.CheckOverride;
import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentQuery;
import com.eesystem.curator.domain.content.ContentRefusal;
import com.eesystem.curator.domain.content.CreateDraft;
import com.eesystem.curator.domain.content.ReviewGate;
import com.eesystem.curator.domain.demo.DemoRecord;
import com.eesystem.curator.domain.policy.Outcome;
import com.eesystem.curator.domain.review.DecideReview;
import com.eesystem.curator.domain.review.RecordedReviewChecks;
import com.eesystem.curator.domain.review.ReviewDecision;
import com.eesystem.curator.domain.review.ReviewDecisionId;
import com.eesystem.curator.domain.review.SubmitForReview;
import com.eesystem.curator.domain.review.Verdict;
import com.eesystem.curator.domain.schedule.PublicationCycle;
import com.eesystem.curator.domain.schedule.Publisher;
import com.eesystem.curator.domain.schedule.RecordPublication;
import com.eesystem.curator.domain.schedule.ScheduleEntry;
import com.eesystem.curator.domain.schedule.SchedulePost;
import com.eesystem.curator.domain.schedule.ThemePlan;
import com.eesystem.curator.domain.score.Score;
import com.eesystem.curator.domain.user.PermissionPolicy;
import com.eesystem.curator.domain.user.Role;
import com.eesystem.curator.domain.user.User;
import com.eesystem.curator.domain.user.UserId;
import com.eesystem.curator.storage.local.LocalStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo workspace a first start with an empty library opens on: a dozen EESystem posts in every
 * content state (draft, in review, approved, changes requested, rejected, scheduled, published,
 * archived; one in review over a critical finding), a few brand guidelines and brand knowledge entries
 * (voice, facts, approved claims), written through the use cases like an editor and a "Demo
 * reviewer" would, so every row is consistent (checks recorded, decisions and audit entries).
 * The claims that a critical check refuses stay drafts, so the editor shows its highlighting at once.
 * The ids go to the {@link DemoRecord} (demo_workspace): the library marks them as demo, Settings and
 * {@code curator demo clear} remove exactly them, and a cleared demo is not seeded again.
 */
final class DemoWorkspace {

    private static final Logger log = LoggerFactory.getLogger(DemoWorkspace.class);
    static final String MARK = "Demo workspace item — clear the demo in Settings.";
    /** Who writes the demo's guidelines and submits its critical item over the finding (not a profile). */
    private static final String DEMO_ADMIN = "Demo workspace";

    private final Workstation workstation;
    private final Clock clock;

    DemoWorkspace(Workstation workstation, Clock clock) {
        this.workstation = workstation;
        this.clock = clock;
    }
    /** Seeds the demo on a first start: the library is empty and no demo was seeded or cleared here before. */
    int seedIfEmpty() {
        DemoRecord record = workstation.store().demoRecord();
        if (!(record.state() instanceof DemoRecord.State.NotSeeded)
                || workstation.editorServices().library().count(ContentQuery.all()) > 0) {
            return 0;
        }
        return seed();
    }

    /** Seeds the demo unless it is there already (after a clear, it comes back); returns how many items it created. */
    int seed() {
        DemoRecord record = workstation.store().demoRecord();
        if (record.state() instanceof DemoRecord.State.Seeded) {
            return 0;
        }
        long started = System.nanoTime();
        User editor = workstation.user();
        // a profile of this desktop: a new user can pick it at start to try the review desk
        User reviewer =
                LocalProfiles.named(workstation.store().userProfiles(), Workstation.DEMO_REVIEWER, Role.REVIEWER);
        AuditLog audit = new EchoedAuditLog(workstation.store().auditLog());
        PermissionPolicy policy = PermissionPolicy.standard();
        List<GuidelineId> guidelines = guidelines(policy);
        List<KnowledgeId> knowledge = knowledge();
        // the demo's approved claims are the safer wording of the checks below and of the editor's
        workstation.approvedClaimsChanged();
        List<ContentId> created = new ArrayList<>();
        Steps steps = new Steps(editor, reviewer, audit, policy);
        for (int i = 0; i < DemoContent.DEMOS.size(); i++) {
            Demo demo = DemoContent.DEMOS.get(i);
            ContentBody body = new ContentBody(
                    demo.title(),
                    MARK,
                    demo.type(),
                    demo.platforms(),
                    demo.caption(),
                    "",
                    demo.tags(),
                    List.of(),
                    Map.of());
            ContentItem draft = workstation
                    .editorServices()
                    .createDraft()
                    .create(new CreateDraft.Command(editor, body))
                    .orThrow();
            created.add(draft.id());
            steps.bringTo(draft, demo, i);
        }
        record.remember(created, guidelines, knowledge);
        log.info(
                "Seeded the demo workspace: {} items, {} guidelines, {} knowledge entries in {} ms",
                created.size(),
                guidelines.size(),
                knowledge.size(),
                (System.nanoTime() - started) / 1_000_000);
        return created.size();
    }

    /** Removes the demo's rows and remembers that it was cleared. */
    DemoRecord.Removed clear() {
        DemoRecord.Removed removed = workstation.store().demoRecord().clear();
        log.info("Cleared the demo workspace: {}", removed);
        return removed;
    }

    private List<GuidelineId> guidelines(PermissionPolicy policy) {
        // guidelines are an admin's to write; the demo writes them as itself, not as a profile of this desktop
        User admin = demoUser(DEMO_ADMIN, Role.ADMIN);
        SaveBrandGuideline save =
                new SaveBrandGuideline(workstation.store().brandGuidelines(), policy, clock, GuidelinesChanged.NOTHING);
        List<GuidelineId> ids = new ArrayList<>();
        for (Guideline guideline : DemoContent.GUIDELINES) {
            BrandGuideline saved = save.save(new SaveBrandGuideline.Command(
                            admin,
                            Optional.empty(),
                            guideline.type(),
                            guideline.category(),
                            guideline.title(),
                            guideline.description(),
                            guideline.requirements(),
                            guideline.restrictions(),
                            "",
                            guideline.severity(),
                            List.of()))
                    .orThrow();
            ids.add(saved.id());
        }
        return ids;
    }

    /** Active brand knowledge, so the Brand library shows voice notes, facts and the approved claims. */
    private List<KnowledgeId> knowledge() {
        Instant at = clock.instant();
        List<KnowledgeId> ids = new ArrayList<>();
        for (Knowledge entry : DemoContent.KNOWLEDGE) {
            BrandKnowledge saved = BrandKnowledge.draft(
                            KnowledgeId.random(),
                            entry.type(),
                            entry.category(),
                            entry.title(),
                            entry.content(),
                            new Score(0.8),
                            at)
                    .activate(at);
            if (!(workstation.store().brandKnowledge().save(saved) instanceof KnowledgeSave.Saved)) {
                throw new IllegalStateException("demo brand knowledge \"" + entry.title() + "\" was not saved");
            }
            ids.add(saved.id());
        }
        return ids;
    }

    /** A user the demo acts as, with an id derived from its name so every seeding names the same one. */
    private static User demoUser(String name, Role role) {
        return User.of(
                new UserId(UUID.nameUUIDFromBytes(("curator-demo:" + name).getBytes(StandardCharsets.UTF_8))),
                name,
                role);
    }

    /** The use cases past the draft, as the editor and the demo reviewer. */
    private final class Steps {
        private final User editor;
        private final User reviewer;
        private final User admin = demoUser(DEMO_ADMIN, Role.ADMIN);
        private final SubmitForReview submit;
        private final DecideReview decide;
        private final SchedulePost schedule;
        private final RecordPublication publication;
        private final ArchiveContent archive;

        Steps(User editor, User reviewer, AuditLog audit, PermissionPolicy policy) {
            this.editor = editor;
            this.reviewer = reviewer;
            this.submit = workstation.editorServices().submitForReview();
            LocalStore store = workstation.store();
            // the workstation's engine: a second workstation (as the reviewer) would parse the rule pack again
            ComplianceEngine engine = workstation.editorServices().engine();
            this.decide = new DecideReview(
                    store.contentLibrary(),
                    RecordedReviewChecks.over(
                            engine, new AuditedComplianceChecks(store.complianceChecks(), audit, reviewer.id()), clock),
                    store.reviewDecisions(),
                    store.reviewerKeys(),
                    ReviewGate.requiringAll(),
                    audit,
                    policy,
                    clock,
                    true,
                    workstation.decisionSigner());
            LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
            PublicationCycle cycle = new PublicationCycle(today.minusDays(7), clock.getZone(), ThemePlan.none());
            this.schedule =
                    new SchedulePost(store.contentLibrary(), store.publicationSchedule(), cycle, audit, policy, clock);
            this.publication =
                    new RecordPublication(store.contentLibrary(), store.publicationSchedule(), audit, policy, clock);
            this.archive = new ArchiveContent(store.contentLibrary(), audit, policy, clock);
        }

        void bringTo(ContentItem draft, Demo demo, int index) {
            if (demo.goal() == Goal.DRAFT) {
                return;
            }
            if (demo.goal() == Goal.IN_REVIEW_CRITICAL) {
                submitOverCriticalFindings(draft, demo);
                return;
            }
            Outcome<SubmitForReview.Submitted> submitted =
                    submit.submit(new SubmitForReview.Command(editor, draft.id(), draft.version(), List.of()));
            if (!(submitted instanceof Outcome.Done<SubmitForReview.Submitted> done)) {
                log.info("Demo item \"{}\" stays a draft: {}", demo.title(), submitted);
                return;
            }
            ContentItem inReview = done.value().item();
            switch (demo.goal()) {
                case IN_REVIEW, IN_REVIEW_CRITICAL, DRAFT -> {}
                case CHANGES_REQUESTED ->
                    decide(inReview, Verdict.CHANGES_REQUESTED, "Lovely idea; please add the opening hours.");
                case REJECTED -> decide(inReview, Verdict.REJECTED, "Not for this month's theme.");
                case APPROVED -> decide(inReview, Verdict.APPROVED, "");
                case ARCHIVED -> {
                    ContentItem approved = decide(inReview, Verdict.APPROVED, "");
                    archive.archive(new ArchiveContent.Command(editor, approved.id(), approved.version()))
                            .orThrow();
                }
                case SCHEDULED ->
                    scheduleAfter(decide(inReview, Verdict.APPROVED, ""), demo, Duration.ofDays(2 + index));
                case PUBLISHED -> {
                    ScheduleEntry entry =
                            scheduleAfter(decide(inReview, Verdict.APPROVED, ""), demo, Duration.ofMinutes(5));
                    Instant at = clock.instant();
                    publication
                            .record(new RecordPublication.Command(
                                    editor,
                                    entry.id(),
                                    new RecordPublication.Report.Result(new Publisher.PublishResult.Published(
                                            "demo-" + entry.id(), "", at, Map.of()))))
                            .orThrow();
                }
            }
        }

        /**
         * The editor's submission is refused on the critical finding; the demo admin then submits it with
         * an override reason for each check that failed, so it waits in review, first in the queue.
         */
        private void submitOverCriticalFindings(ContentItem draft, Demo demo) {
            Outcome<SubmitForReview.Submitted> refused =
                    submit.submit(new SubmitForReview.Command(editor, draft.id(), draft.version(), List.of()));
            List<CheckOverride> overrides = refused instanceof Outcome.Refused<SubmitForReview.Submitted> r
                    ? r.reasons().stream()
                            .filter(ContentRefusal.CheckNotPassed.class::isInstance)
                            .map(reason -> new CheckOverride(
                                    ((ContentRefusal.CheckNotPassed) reason).checkType(),
                                    "Quoted from a guest's letter; legal to decide before it goes out."))
                            .toList()
                    : List.of();
            if (overrides.isEmpty()) {
                log.info("Demo item \"{}\" was not refused as expected: {}", demo.title(), refused);
                return;
            }
            submit.submit(new SubmitForReview.Command(admin, draft.id(), draft.version(), overrides))
                    .orThrow();
        }

        private ContentItem decide(ContentItem item, Verdict verdict, String comment) {
            ReviewDecision decision = new ReviewDecision(
                    ReviewDecisionId.random(),
                    item.id(),
                    item.revision(),
                    reviewer.id(),
                    verdict,
                    comment,
                    List.of(),
                    clock.instant(),
                    Optional.empty());
            return decide.decide(new DecideReview.Command(reviewer, decision)).orThrow();
        }

        private ScheduleEntry scheduleAfter(ContentItem approved, Demo demo, Duration after) {
            return schedule.schedule(new SchedulePost.Command(
                            editor,
                            approved.id(),
                            demo.platforms().getFirst(),
                            clock.instant().plus(after),
                            5,
                            Optional.empty()))
                    .orThrow();
        }
    }
}
