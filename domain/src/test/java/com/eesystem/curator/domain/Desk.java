package com.eesystem.curator.domain;

import com.eesystem.curator.domain.content.CheckOverride;
import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.CreateDraft;
import com.eesystem.curator.domain.content.EditDraft;
import com.eesystem.curator.domain.content.ReviewGate;
import com.eesystem.curator.domain.memory.InMemoryAuditLog;
import com.eesystem.curator.domain.memory.InMemoryContentLibrary;
import com.eesystem.curator.domain.memory.InMemoryPublicationSchedule;
import com.eesystem.curator.domain.memory.InMemoryReviewDecisions;
import com.eesystem.curator.domain.memory.TestClock;
import com.eesystem.curator.domain.memory.WordListReviewChecks;
import com.eesystem.curator.domain.review.DecideReview;
import com.eesystem.curator.domain.review.ReviewChecks;
import com.eesystem.curator.domain.review.ReviewDecision;
import com.eesystem.curator.domain.review.ReviewDecisionId;
import com.eesystem.curator.domain.review.SubmitForReview;
import com.eesystem.curator.domain.review.Verdict;
import com.eesystem.curator.domain.schedule.CancelPendingPublications;
import com.eesystem.curator.domain.schedule.CancelSchedule;
import com.eesystem.curator.domain.schedule.PublicationCycle;
import com.eesystem.curator.domain.schedule.RecordPublication;
import com.eesystem.curator.domain.schedule.Reschedule;
import com.eesystem.curator.domain.schedule.SchedulePost;
import com.eesystem.curator.domain.schedule.ThemePlan;
import com.eesystem.curator.domain.user.PermissionPolicy;
import com.eesystem.curator.domain.user.User;
import com.eesystem.curator.domain.user.UserId;
import java.security.PublicKey;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every core use case wired to in-memory ports and one moving clock, as the app would wire them. */
public final class Desk {

    public final TestClock clock = new TestClock(Fixtures.T0);
    public final InMemoryContentLibrary library = new InMemoryContentLibrary();
    public final InMemoryPublicationSchedule schedule = new InMemoryPublicationSchedule();
    public final InMemoryAuditLog audit = new InMemoryAuditLog();
    public final InMemoryReviewDecisions decisions = new InMemoryReviewDecisions();
    public final ReviewChecks checks;
    public final Map<UserId, PublicKey> reviewerKeys = new HashMap<>();
    public final PermissionPolicy policy = PermissionPolicy.standard();
    public final ReviewGate gate = ReviewGate.requiringAll();
    /** Starts on Monday 2026-11-23 in Berlin: T0 (Wednesday 25th) is week 1, day 3. */
    public final PublicationCycle cycle = new PublicationCycle(
            LocalDate.of(2026, 11, 23), ZoneId.of("Europe/Berlin"), ThemePlan.weekly("Light", "Sleep"));

    public final CreateDraft createDraft;
    public final EditDraft editDraft;
    public final SubmitForReview submitForReview;
    public final DecideReview decideReview;
    /** The compliance review requests submissions made (the live layer's queue on a desktop). */
    public final java.util.List<com.eesystem.curator.domain.queue.ComplianceReviewTask> reviewRequests =
            new java.util.ArrayList<>();

    public final SchedulePost schedulePost;
    public final Reschedule reschedule;
    public final CancelSchedule cancelSchedule;
    public final RecordPublication recordPublication;

    /** Checks with the small word list of {@link WordListReviewChecks}. */
    public Desk() {
        this(clock -> new WordListReviewChecks());
    }

    /** Checks made from the desk's clock, e.g. compliance's real engine recording rows. */
    public Desk(java.util.function.Function<java.time.Clock, ReviewChecks> checksOnClock) {
        this.checks = checksOnClock.apply(clock);
        this.createDraft = new CreateDraft(library, audit, policy, clock, ContentId::random);
        this.editDraft =
                new EditDraft(library, new CancelPendingPublications(schedule), checks::run, audit, policy, clock);
        this.submitForReview = new SubmitForReview(library, checks, gate, audit, policy, clock, reviewRequests::add);
        this.decideReview = decideReview(false);
        this.schedulePost = new SchedulePost(library, schedule, cycle, audit, policy, clock);
        this.reschedule = new Reschedule(schedule, cycle, audit, policy, clock);
        this.cancelSchedule = new CancelSchedule(library, schedule, audit, policy, clock);
        this.recordPublication = new RecordPublication(library, schedule, audit, policy, clock);
    }

    public DecideReview decideReview(boolean signaturesRequired) {
        return new DecideReview(
                library,
                checks,
                decisions,
                reviewer -> Optional.ofNullable(reviewerKeys.get(reviewer)),
                gate,
                audit,
                policy,
                clock,
                signaturesRequired);
    }

    public ContentItem current(ContentId id) {
        return library.find(id).orElseThrow();
    }

    public ContentItem draftBy(User author, String caption) {
        ContentBody body = Fixtures.body().withCaption(caption);
        return createDraft.create(new CreateDraft.Command(author, body)).orThrow();
    }

    public ContentItem submitted(ContentItem item) {
        return submitForReview
                .submit(new SubmitForReview.Command(Fixtures.EDITOR, item.id(), item.version(), List.of()))
                .orThrow()
                .item();
    }

    public ReviewDecision decision(
            User reviewer, ContentItem item, Verdict verdict, String comment, List<CheckOverride> overrides) {
        return new ReviewDecision(
                ReviewDecisionId.random(),
                item.id(),
                item.revision(),
                reviewer.id(),
                verdict,
                comment,
                overrides,
                clock.instant(),
                Optional.empty());
    }

    public ContentItem approved(ContentItem item) {
        ContentItem inReview = submitted(item);
        return decideReview
                .decide(new DecideReview.Command(
                        Fixtures.REVIEWER, decision(Fixtures.REVIEWER, inReview, Verdict.APPROVED, "", List.of())))
                .orThrow();
    }
}
