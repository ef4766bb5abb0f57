package com.eesystem.curator.domain.content;

import com.eesystem.curator.domain.invariant.Invariants;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.user.UserId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A piece of social content in the library (content_library row) with its editorial lifecycle.
 *
 * <p>Two counters: {@code version} goes up with every write and guards concurrent saves (a lost race is a
 * {@link ContentSave.VersionConflict}); {@code revision} goes up only when the body changes, and is what
 * compliance checks and approvals bind to. Transitions never mutate: they return a {@link ContentChange}
 * holding the next item or the reasons for refusing.
 *
 * @param complianceNotes the latest reviewer notes (content_library.compliance_notes)
 * @param performanceMetrics engagement metrics by name (content_library.performance_metrics)
 * @param publishedAt first publication; present exactly when published or archived after publishing
 */
public record ContentItem(
        ContentId id,
        long version,
        long revision,
        UserId authorId,
        ContentBody body,
        ContentStatus status,
        String complianceNotes,
        Map<String, Double> performanceMetrics,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt) {

    public ContentItem {
        Invariants.notNull("id", id);
        Invariants.atLeast("version", version, 1);
        Invariants.atLeast("revision", revision, 1);
        if (revision > version) {
            throw new IllegalArgumentException(
                    "revision: " + revision + " is ahead of version " + version + " (each revision is a write)");
        }
        Invariants.notNull("author_id", authorId);
        Invariants.notNull("body", body);
        Invariants.notNull("status", status);
        complianceNotes = Invariants.text(complianceNotes);
        performanceMetrics = Invariants.mapOf("performance_metrics", performanceMetrics);
        performanceMetrics.forEach((name, value) -> {
            Invariants.nonBlank("performance_metrics key", name);
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("performance_metrics[" + name + "]: " + value + " is not a number");
            }
        });
        Invariants.notNull("created_at", createdAt);
        Invariants.notNull("updated_at", updatedAt);
        Invariants.notBefore("updated_at", updatedAt, "created_at", createdAt);
        boolean mayCarryPublication = status == ContentStatus.PUBLISHED || status == ContentStatus.ARCHIVED;
        if (status == ContentStatus.PUBLISHED && publishedAt == null) {
            throw new IllegalArgumentException("published_at: required when status is published (content " + id + ")");
        }
        if (!mayCarryPublication && publishedAt != null) {
            throw new IllegalArgumentException(
                    "published_at: " + publishedAt + " set on content that is " + status.storedValue());
        }
        Invariants.notBefore("published_at", publishedAt, "created_at", createdAt);
    }

    /** A new draft at version 1, revision 1. */
    public static ContentItem draft(ContentId id, UserId author, ContentBody body, Instant at) {
        return new ContentItem(id, 1, 1, author, body, ContentStatus.DRAFT, "", Map.of(), at, at, null);
    }

    public String title() {
        return body.title();
    }

    public boolean targets(Platform platform) {
        return body.targets(platform);
    }

    /** Approved and not changed since: the states from which content may be scheduled or published. */
    public boolean approvedForPublication() {
        return status == ContentStatus.APPROVED
                || status == ContentStatus.SCHEDULED
                || status == ContentStatus.PUBLISHED;
    }

    /** Replaces the body: a new revision. Editing approved or scheduled content sends it back to review. */
    public ContentChange edit(ContentBody newBody, Instant at) {
        Invariants.notNull("body", newBody);
        return move(
                ContentAction.EDIT,
                at,
                status -> new ContentItem(
                        id,
                        version + 1,
                        revision + 1,
                        authorId,
                        newBody,
                        status,
                        complianceNotes,
                        performanceMetrics,
                        createdAt,
                        later(at),
                        publishedAt));
    }

    /** Draft to review, unless a critical check of this revision failed without an override. */
    public ContentChange submit(
            ReviewGate gate, List<CheckOutcome> outcomes, List<CheckOverride> overrides, Instant at) {
        List<ContentRefusal> refusals = gate.refusalsToSubmit(this, outcomes, overrides);
        return guardedMove(ContentAction.SUBMIT, refusals, at, status -> advance(status, complianceNotes, at));
    }

    /**
     * Approves {@code reviewedRevision} for {@code reviewer}: refused for the author, for a revision that is
     * not current, and for required checks that neither passed nor were overridden with a reason.
     */
    public ContentChange approve(
            ReviewGate gate,
            UserId reviewer,
            long reviewedRevision,
            List<CheckOutcome> outcomes,
            List<CheckOverride> overrides,
            Instant at) {
        Invariants.notNull("reviewer", reviewer);
        List<ContentRefusal> refusals = gate.refusalsToApprove(this, reviewer, reviewedRevision, outcomes, overrides);
        String notes = Invariants.listOf("overrides", overrides).stream()
                .filter(CheckOverride::hasReason)
                .map(override -> "override " + override.checkType().storedValue() + ": " + override.reason())
                .collect(Collectors.joining("\n"));
        return guardedMove(ContentAction.APPROVE, refusals, at, status -> advance(status, notes, at));
    }

    public ContentChange reject(String comment, Instant at) {
        return backToDraft(ContentAction.REJECT, comment, at);
    }

    public ContentChange requestChanges(String comment, Instant at) {
        return backToDraft(ContentAction.REQUEST_CHANGES, comment, at);
    }

    /** A schedule entry now exists for this content. */
    public ContentChange schedule(Instant at) {
        return move(ContentAction.SCHEDULE, at, status -> advance(status, complianceNotes, at));
    }

    /** The last pending schedule entry went away (cancelled or failed for good). */
    public ContentChange unschedule(Instant at) {
        return move(ContentAction.UNSCHEDULE, at, status -> advance(status, complianceNotes, at));
    }

    /** Published on a platform; the first publication sets {@code publishedAt}. */
    public ContentChange publish(Instant at) {
        Invariants.notNull("published_at", at);
        return move(
                ContentAction.PUBLISH,
                at,
                status -> new ContentItem(
                        id,
                        version + 1,
                        revision,
                        authorId,
                        body,
                        status,
                        complianceNotes,
                        performanceMetrics,
                        createdAt,
                        later(at),
                        publishedAt == null ? at : publishedAt));
    }

    /** Merges engagement metrics (new values win) into a published or archived item. */
    public ContentChange recordMetrics(Map<String, Double> metrics, Instant at) {
        Map<String, Double> merged = new LinkedHashMap<>(performanceMetrics);
        merged.putAll(Invariants.mapOf("performance_metrics", metrics));
        return move(
                ContentAction.RECORD_METRICS,
                at,
                status -> new ContentItem(
                        id,
                        version + 1,
                        revision,
                        authorId,
                        body,
                        status,
                        complianceNotes,
                        merged,
                        createdAt,
                        later(at),
                        publishedAt));
    }

    public ContentChange archive(Instant at) {
        return move(ContentAction.ARCHIVE, at, status -> advance(status, complianceNotes, at));
    }

    private ContentChange backToDraft(ContentAction action, String comment, Instant at) {
        String text = Invariants.text(comment).strip();
        List<ContentRefusal> refusals =
                text.isEmpty() ? List.of(new ContentRefusal.CommentRequired(action)) : List.of();
        return guardedMove(action, refusals, at, status -> advance(status, text, at));
    }

    private ContentItem advance(ContentStatus next, String notes, Instant at) {
        return new ContentItem(
                id,
                version + 1,
                revision,
                authorId,
                body,
                next,
                notes,
                performanceMetrics,
                createdAt,
                later(at),
                publishedAt);
    }

    private ContentChange move(
            ContentAction action, Instant at, java.util.function.Function<ContentStatus, ContentItem> to) {
        return guardedMove(action, List.of(), at, to);
    }

    private ContentChange guardedMove(
            ContentAction action,
            List<ContentRefusal> guardRefusals,
            Instant at,
            java.util.function.Function<ContentStatus, ContentItem> to) {
        Invariants.notNull("at", at);
        var next = ContentLifecycle.next(status, action);
        if (next.isEmpty()) {
            return new ContentChange.Refused(List.of(new ContentRefusal.NotAllowed(status, action)));
        }
        if (!guardRefusals.isEmpty()) {
            return new ContentChange.Refused(guardRefusals);
        }
        return new ContentChange.Changed(to.apply(next.get()));
    }

    // Clocks of offline machines drift; updated_at never moves backwards so "latest change" stays ordered.
    private Instant later(Instant at) {
        return at.isBefore(updatedAt) ? updatedAt : at;
    }
}
