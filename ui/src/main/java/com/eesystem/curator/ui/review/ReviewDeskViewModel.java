package com.eesystem.curator.ui.review;

import com.eesystem.curator.domain.compliance.ComplianceCheck;
import com.eesystem.curator.domain.compliance.ComplianceIssue;
import com.eesystem.curator.domain.content.CheckOutcome;
import com.eesystem.curator.domain.content.CheckOverride;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentQuery;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.paging.PageRequest;
import com.eesystem.curator.domain.policy.Outcome;
import com.eesystem.curator.domain.review.DecideReview;
import com.eesystem.curator.domain.review.RecordedReviewChecks;
import com.eesystem.curator.domain.review.ReviewDecision;
import com.eesystem.curator.domain.review.ReviewDecisionId;
import com.eesystem.curator.domain.review.ReviewedText;
import com.eesystem.curator.domain.review.Verdict;
import com.eesystem.curator.domain.user.Permission;
import com.eesystem.curator.domain.user.User;
import com.eesystem.curator.domain.user.UserId;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review desk: the queue of items in review (critical findings first, then the longest waiting),
 * the selected item's findings, check history and decision history, and the decision itself. Every
 * read and the decision run off the FX thread; the domain's refusals (own item, a failed check without
 * an override reason, a missing comment, the wrong role) come back as the desk's message.
 */
public final class ReviewDeskViewModel {

    private static final Logger log = LoggerFactory.getLogger(ReviewDeskViewModel.class);

    /**
     * One queued item and what the engine finds in it now, checked as the recorded checks check it
     * (caption and hashtags as posted, then title and script): spans index {@code reviewed}'s text.
     */
    public record Queued(ContentItem item, List<ComplianceIssue> issues, ReviewedText reviewed) {
        public Queued {
            issues = List.copyOf(issues);
        }

        public boolean critical() {
            return issues.stream().anyMatch(ComplianceIssue::critical);
        }

        /** Where {@code issue} lies in the caption, {start, end}; empty when it is in another field. */
        public Optional<int[]> captionSpan(ComplianceIssue issue) {
            return reviewed.partAt(issue.start())
                    .filter(part -> part.field() == ReviewedText.Field.CAPTION)
                    .map(part ->
                            new int[] {issue.start() - part.start(), Math.min(issue.end(), part.end()) - part.start()});
        }

        /** The field {@code issue} was found in, in words ("caption", "title"...). */
        public String fieldOf(ComplianceIssue issue) {
            return reviewed.partAt(issue.start())
                    .map(part -> part.field().name().toLowerCase(java.util.Locale.ROOT))
                    .orElse("post");
        }
    }

    /**
     * What the desk shows about the selected item besides its caption.
     *
     * @param checks its compliance_checks rows, newest first
     * @param decisions its review decisions, oldest first
     * @param names display names of the reviewers in {@code decisions}
     */
    public record Detail(
            Queued queued, List<ComplianceCheck> checks, List<ReviewDecision> decisions, Map<UserId, String> names) {
        public Detail {
            checks = List.copyOf(checks);
            decisions = List.copyOf(decisions);
            names = Map.copyOf(names);
        }

        /** The checks of the current revision that neither passed nor warned: what an approval overrides. */
        public List<CheckOutcome> unsatisfied() {
            long revision = queued.item().revision();
            Map<Object, CheckOutcome> latest = new LinkedHashMap<>();
            // history is newest first: the first row of each check type is its latest
            for (ComplianceCheck check : checks) {
                if (check.contentVersion() == revision) {
                    latest.putIfAbsent(check.checkType(), CheckOutcome.of(check));
                }
            }
            return latest.values().stream()
                    .filter(outcome -> !outcome.satisfied())
                    .toList();
        }
    }

    /** The last decision's result, for the message under the buttons. */
    public sealed interface Result {
        String text();

        record Decided(String text) implements Result {}

        record Refused(String text) implements Result {}

        record Failed(String text) implements Result {}
    }

    private final ReviewServices services;
    private final Executor background;
    private final Clock clock;
    private final ReadOnlyListWrapper<Queued> queue =
            new ReadOnlyListWrapper<>(this, "queue", FXCollections.observableArrayList());
    private final ReadOnlyObjectWrapper<Queued> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<Detail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final StringProperty comment = new SimpleStringProperty(this, "comment", "");
    private final StringProperty overrideReason = new SimpleStringProperty(this, "overrideReason", "");

    public ReviewDeskViewModel(ReviewServices services, Executor background, Clock clock) {
        this.services = services;
        this.background = background;
        this.clock = clock;
    }

    public ReadOnlyListProperty<Queued> queueProperty() {
        return queue.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Queued> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Detail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public StringProperty overrideReasonProperty() {
        return overrideReason;
    }

    public User user() {
        return services.user();
    }

    /** Whether the user's role lets them decide: the desk offers the buttons only then. */
    public boolean canDecide() {
        return services.policy().allows(services.user(), Permission.DECIDE_REVIEW);
    }

    /**
     * The user picked {@code item}: another item starts with an empty comment and message. Null (the list
     * was reloaded after a decision) keeps the message, which says what the decision did.
     */
    public void select(Queued item) {
        Queued was = selected.get();
        if (item != null && (was == null || !was.item().id().equals(item.item().id()))) {
            comment.set("");
            overrideReason.set("");
            result.set(null);
        }
        selected.set(item);
        loadDetail(item);
    }

    /** Reads the items in review (up to one page of 500) and checks their captions, off the FX thread. */
    public void refresh() {
        Task<List<Queued>> task = new Task<>() {
            @Override
            protected List<Queued> call() {
                List<ContentItem> inReview = services.library()
                        .list(
                                ContentQuery.all().withStatuses(Set.of(ContentStatus.IN_REVIEW)),
                                PageRequest.first(PageRequest.MAX_SIZE))
                        .items();
                return inReview.stream()
                        .map(ReviewDeskViewModel.this::queued)
                        .sorted(order())
                        .toList();
            }
        };
        task.setOnSucceeded(event -> {
            queue.setAll(task.getValue());
            Queued was = selected.get();
            if (was != null) {
                // the same item read again keeps what was typed; a decided item leaves, its message stays
                Queued again = queue.stream()
                        .filter(q -> q.item().id().equals(was.item().id()))
                        .findFirst()
                        .orElse(null);
                selected.set(again);
                loadDetail(again);
            }
        });
        task.setOnFailed(event -> {
            log.warn("Could not read the review queue", task.getException());
            result.set(new Result.Failed(
                    "The review queue could not be read: " + task.getException().getMessage()));
        });
        background.execute(task);
    }

    /** The engine on exactly what the recorded checks check, so the desk and the check history agree. */
    private Queued queued(ContentItem item) {
        return new Queued(
                item,
                services.engine().check(RecordedReviewChecks.draftOf(item)).issues(),
                ReviewedText.of(item.body()));
    }

    private void loadDetail(Queued item) {
        if (item == null) {
            detail.set(null);
            return;
        }
        Task<Detail> task = new Task<>() {
            @Override
            protected Detail call() {
                List<ReviewDecision> decisions =
                        services.decisions().history(item.item().id());
                Map<UserId, String> names = services.profiles().all().stream()
                        .collect(Collectors.toMap(User::id, User::displayName, (a, b) -> a));
                return new Detail(
                        item, services.checks().history(item.item().id().value()), decisions, names);
            }
        };
        task.setOnSucceeded(event -> {
            Queued now = selected.get();
            if (now != null && now.item().id().equals(item.item().id())) {
                detail.set(task.getValue());
            }
        });
        task.setOnFailed(event ->
                log.warn("Could not read the history of {}", item.item().id(), task.getException()));
        background.execute(task);
    }

    public void approve() {
        decide(Verdict.APPROVED);
    }

    public void reject() {
        decide(Verdict.REJECTED);
    }

    public void requestChanges() {
        decide(Verdict.CHANGES_REQUESTED);
    }

    /**
     * Decides on the revision shown. An approval with an override reason overrides every check of this
     * revision that did not pass; without one the domain refuses it naming the check.
     */
    public void decide(Verdict verdict) {
        Queued queued = selected.get();
        if (queued == null || busy.get()) {
            return;
        }
        ContentItem item = queued.item();
        String reason = Optional.ofNullable(overrideReason.get()).orElse("").strip();
        String said = Optional.ofNullable(comment.get()).orElse("");
        Detail known = detail.get();
        busy.set(true);
        result.set(null);
        Task<Outcome<ContentItem>> task = new Task<>() {
            @Override
            protected Outcome<ContentItem> call() {
                List<CheckOverride> overrides = List.of();
                if (verdict == Verdict.APPROVED && !reason.isEmpty()) {
                    Detail current = known != null && known.queued().item().id().equals(item.id())
                            ? known
                            : new Detail(
                                    queued, services.checks().history(item.id().value()), List.of(), Map.of());
                    overrides = current.unsatisfied().stream()
                            .map(outcome -> new CheckOverride(outcome.checkType(), reason))
                            .toList();
                }
                ReviewDecision decision = new ReviewDecision(
                        ReviewDecisionId.random(),
                        item.id(),
                        item.revision(),
                        services.user().id(),
                        verdict,
                        said,
                        overrides,
                        clock.instant(),
                        Optional.empty());
                return services.decideReview().decide(new DecideReview.Command(services.user(), decision));
            }
        };
        task.setOnSucceeded(event -> {
            busy.set(false);
            switch (task.getValue()) {
                case Outcome.Done<ContentItem> done -> {
                    result.set(new Result.Decided(
                            done.value().title() + ": " + words(verdict) + " (revision " + item.revision() + ")."));
                    comment.set("");
                    overrideReason.set("");
                    refresh();
                }
                case Outcome.Refused<ContentItem> refused ->
                    result.set(new Result.Refused("Could not " + action(verdict) + ": " + refused.message()));
                case Outcome.Conflict<ContentItem> conflict -> {
                    result.set(new Result.Refused("Could not " + action(verdict) + ": " + conflict.message()
                            + ". The queue was reloaded; read the item again."));
                    refresh();
                }
            }
        });
        task.setOnFailed(event -> {
            busy.set(false);
            log.warn("Deciding on {} failed", item.id(), task.getException());
            result.set(new Result.Failed(
                    "The decision could not be saved: " + task.getException().getMessage()));
        });
        background.execute(task);
    }

    static String words(Verdict verdict) {
        return switch (verdict) {
            case APPROVED -> "approved";
            case REJECTED -> "rejected";
            case CHANGES_REQUESTED -> "changes requested";
        };
    }

    static String action(Verdict verdict) {
        return switch (verdict) {
            case APPROVED -> "approve";
            case REJECTED -> "reject";
            case CHANGES_REQUESTED -> "request changes";
        };
    }

    /** Critical findings first, then the longest waiting (last change longest ago). */
    static Comparator<Queued> order() {
        return Comparator.comparing((Queued queued) -> !queued.critical())
                .thenComparing(queued -> queued.item().updatedAt())
                .thenComparing(queued -> queued.item().id().value());
    }

    /** For the history list: a reviewer's name, or their id when this desktop has no profile of them. */
    static Function<UserId, String> namer(Detail detail) {
        return id -> detail.names().getOrDefault(id, id.toString());
    }
}
