package com.eesystem.curator.app;

import com.eesystem.curator.domain.audit.AuditLog;
import com.eesystem.curator.domain.brand.BrandGuideline;
import com.eesystem.curator.domain.brand.GuidelineCategory;
import com.eesystem.curator.domain.brand.GuidelineId;
import com.eesystem.curator.domain.brand.GuidelineType;
import com.eesystem.curator.domain.brand.GuidelinesChanged;
import com.eesystem.curator.domain.brand.SaveBrandGuideline;
import com.eesystem.curator.domain.compliance.ComplianceEngine;
import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.domain.content.ArchiveContent;
import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentQuery;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.content.CreateDraft;
import com.eesystem.curator.domain.content.ReviewGate;
import com.eesystem.curator.domain.demo.DemoRecord;
import com.eesystem.curator.domain.platform.Platform;
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
 * archived) and a few brand guidelines, written through the use cases like an editor and a "Demo
 * reviewer" would, so every row is consistent (checks recorded, decisions and audit entries).
 * The claims that a critical check refuses stay drafts, so the editor shows its highlighting at once.
 * The ids go to the {@link DemoRecord} (demo_workspace): the library marks them as demo, Settings and
 * {@code curator demo clear} remove exactly them, and a cleared demo is not seeded again.
 */
final class DemoWorkspace {

    private static final Logger log = LoggerFactory.getLogger(DemoWorkspace.class);
    static final String MARK = "Demo workspace item — clear the demo in Settings.";

    /** The state each demo item is brought to. Rejected and changes requested items are drafts with that decision. */
    enum Goal {
        DRAFT,
        IN_REVIEW,
        APPROVED,
        CHANGES_REQUESTED,
        REJECTED,
        SCHEDULED,
        PUBLISHED,
        ARCHIVED
    }

    private final Workstation workstation;
    private final Clock clock;

    DemoWorkspace(Workstation workstation, Clock clock) {
        this.workstation = workstation;
        this.clock = clock;
    }

    private record Demo(
            String title, ContentType type, List<Platform> platforms, String caption, List<String> tags, Goal goal) {}

    private record Guideline(
            GuidelineType type,
            GuidelineCategory category,
            String title,
            String description,
            List<String> requirements,
            List<String> restrictions,
            SeverityLevel severity) {}

    private static final List<Guideline> GUIDELINES = List.of(
            new Guideline(
                    GuidelineType.CLAIMS,
                    GuidelineCategory.MEDICAL,
                    "No treatment or cure claims",
                    "Our sessions are a place to rest; we never say they heal, cure or treat a condition.",
                    List.of("Describe the experience (quiet, light, rest), not an outcome"),
                    List.of("cure", "heal", "treat", "guaranteed results"),
                    SeverityLevel.CRITICAL),
            new Guideline(
                    GuidelineType.VOICE,
                    GuidelineCategory.WELLNESS,
                    "Calm, plain voice",
                    "Short sentences, warm and unhurried; questions invite, they do not push.",
                    List.of("One idea per sentence", "Invite, never pressure"),
                    List.of("ALL CAPS", "countdown urgency"),
                    SeverityLevel.PREFERRED),
            new Guideline(
                    GuidelineType.MESSAGING,
                    GuidelineCategory.MARKETING,
                    "Offers name their terms",
                    "Any price, discount or booking offer names its dates and conditions.",
                    List.of("State dates and conditions of an offer"),
                    List.of("\"limited time\" without a date"),
                    SeverityLevel.IMPORTANT),
            new Guideline(
                    GuidelineType.CLAIMS,
                    GuidelineCategory.LEGAL,
                    "Endorsements are real and named",
                    "Quote a named person who agreed to it; never \"doctors recommend\" or \"experts agree\".",
                    List.of("Written consent for every testimonial"),
                    List.of("doctors recommend", "clinically proven"),
                    SeverityLevel.CRITICAL));

    private static final List<Demo> DEMOS = List.of(
            new Demo(
                    "Morning light ritual",
                    ContentType.REEL,
                    List.of(Platform.INSTAGRAM, Platform.TIKTOK),
                    "Ten quiet minutes in the light, every morning. How do you start your day?",
                    List.of("morningroutine", "wellbeing"),
                    Goal.SCHEDULED),
            new Demo(
                    "Sleep claim (needs a fix)",
                    ContentType.REEL,
                    List.of(Platform.INSTAGRAM),
                    "Ten minutes of this light cures insomnia. Book your session today!",
                    List.of("sleep"),
                    Goal.DRAFT),
            new Demo(
                    "Founder story, part 1",
                    ContentType.THREAD,
                    List.of(Platform.TWITTER, Platform.LINKEDIN),
                    "How a small idea about light and rest became a studio.\n---\nWe started with one room"
                            + " and a lot of questions.\n---\nToday we share what we learned, slowly.",
                    List.of(),
                    Goal.APPROVED),
            new Demo(
                    "Studio tour",
                    ContentType.STORY,
                    List.of(Platform.INSTAGRAM, Platform.FACEBOOK),
                    "A look inside the studio: soft chairs, warm light, no phones.",
                    List.of("studio"),
                    Goal.IN_REVIEW),
            new Demo(
                    "Five calm habits",
                    ContentType.CAROUSEL,
                    List.of(Platform.INSTAGRAM, Platform.LINKEDIN),
                    "Five small habits for a calmer week. Swipe through and save the one you will try first.",
                    List.of("calm", "habits"),
                    Goal.PUBLISHED),
            new Demo(
                    "Quote: rest",
                    ContentType.QUOTE,
                    List.of(Platform.INSTAGRAM, Platform.FACEBOOK),
                    "\"Rest is not a reward. It is a rhythm.\"",
                    List.of("quote"),
                    Goal.ARCHIVED),
            new Demo(
                    "Doctor endorsement (needs a fix)",
                    ContentType.REEL,
                    List.of(Platform.TIKTOK, Platform.YOUTUBE),
                    "Doctors recommend our sessions for everyone. Guaranteed results in one week.",
                    List.of(),
                    Goal.DRAFT),
            new Demo(
                    "Q&A with the team",
                    ContentType.STORY,
                    List.of(Platform.INSTAGRAM),
                    "Questions about your first visit? Ask us anything in the box below.",
                    List.of("qanda"),
                    Goal.CHANGES_REQUESTED),
            new Demo(
                    "Weekend hours",
                    ContentType.QUOTE,
                    List.of(Platform.FACEBOOK, Platform.LINKEDIN),
                    "We are open Saturday 9-15 this month. Walk-ins welcome when a room is free.",
                    List.of(),
                    Goal.IN_REVIEW),
            new Demo(
                    "Pain relief claim (needs a fix)",
                    ContentType.CAROUSEL,
                    List.of(Platform.INSTAGRAM),
                    "Our light sessions heal chronic pain and treat anxiety without medication.",
                    List.of("pain"),
                    Goal.DRAFT),
            new Demo(
                    "Behind the scenes video",
                    ContentType.REEL,
                    List.of(Platform.YOUTUBE, Platform.TIKTOK),
                    "How we set up a session room: lights, sound, and a cup of tea.",
                    List.of("behindthescenes"),
                    Goal.IN_REVIEW),
            new Demo(
                    "Thread: what to expect",
                    ContentType.THREAD,
                    List.of(Platform.TWITTER),
                    "First visit? Here is what to expect, step by step. You arrive, you sit, you breathe. Our"
                            + " team explains the room and answers questions. Then it is quiet for half an hour."
                            + " Afterwards there is tea and time to talk, if you like. Nothing is sold to you at"
                            + " the desk, and there is no pressure to book again.",
                    List.of(),
                    Goal.REJECTED));

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
        List<ContentId> created = new ArrayList<>();
        Steps steps = new Steps(editor, reviewer, audit, policy);
        for (int i = 0; i < DEMOS.size(); i++) {
            Demo demo = DEMOS.get(i);
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
        record.remember(created, guidelines);
        log.info(
                "Seeded the demo workspace: {} items, {} guidelines in {} ms",
                created.size(),
                guidelines.size(),
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
        User admin = demoUser("Demo workspace", Role.ADMIN);
        SaveBrandGuideline save =
                new SaveBrandGuideline(workstation.store().brandGuidelines(), policy, clock, GuidelinesChanged.NOTHING);
        List<GuidelineId> ids = new ArrayList<>();
        for (Guideline guideline : GUIDELINES) {
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
            Outcome<SubmitForReview.Submitted> submitted =
                    submit.submit(new SubmitForReview.Command(editor, draft.id(), draft.version(), List.of()));
            if (!(submitted instanceof Outcome.Done<SubmitForReview.Submitted> done)) {
                log.info("Demo item \"{}\" stays a draft: {}", demo.title(), submitted);
                return;
            }
            ContentItem inReview = done.value().item();
            switch (demo.goal()) {
                case IN_REVIEW, DRAFT -> {}
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
