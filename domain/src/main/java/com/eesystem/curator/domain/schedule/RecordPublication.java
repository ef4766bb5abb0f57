package com.eesystem.curator.domain.schedule;

import com.eesystem.curator.domain.audit.AuditLog;
import com.eesystem.curator.domain.audit.AuditRecord;
import com.eesystem.curator.domain.content.ContentChange;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentLibrary;
import com.eesystem.curator.domain.content.ContentSave;
import com.eesystem.curator.domain.invariant.Invariants;
import com.eesystem.curator.domain.policy.NotFound;
import com.eesystem.curator.domain.policy.Outcome;
import com.eesystem.curator.domain.policy.Refusal;
import com.eesystem.curator.domain.user.Permission;
import com.eesystem.curator.domain.user.PermissionPolicy;
import com.eesystem.curator.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records what a platform answered for a schedule entry (published or rejected), or engagement metrics
 * collected later. A publication moves the entry to published and the content to published; a rejection
 * marks the entry failed, to be retried or cancelled.
 */
public final class RecordPublication {

    public static final String POST_ID = "post_id";
    public static final String URL = "url";
    public static final String RETRYABLE = "retryable";

    private final ContentLibrary library;
    private final PublicationSchedule schedule;
    private final AuditLog audit;
    private final PermissionPolicy policy;
    private final Clock clock;

    public RecordPublication(
            ContentLibrary library,
            PublicationSchedule schedule,
            AuditLog audit,
            PermissionPolicy policy,
            Clock clock) {
        this.library = Invariants.notNull("library", library);
        this.schedule = Invariants.notNull("schedule", schedule);
        this.audit = Invariants.notNull("audit", audit);
        this.policy = Invariants.notNull("policy", policy);
        this.clock = Invariants.notNull("clock", clock);
    }

    /** What is being recorded. */
    public sealed interface Report {
        record Result(Publisher.PublishResult result) implements Report {
            public Result {
                Invariants.notNull("result", result);
            }
        }

        record Metrics(Map<String, Double> metrics) implements Report {
            public Metrics {
                metrics = Invariants.mapOf("performance_metrics", metrics);
            }
        }
    }

    public record Command(User actor, ScheduleEntryId entryId, Report report) {
        public Command {
            Invariants.notNull("actor", actor);
            Invariants.notNull("entry_id", entryId);
            Invariants.notNull("report", report);
        }
    }

    /** The entry and content after recording. */
    public record Recorded(ScheduleEntry entry, ContentItem content) {}

    public Outcome<Recorded> record(Command command) {
        var denied = policy.check(command.actor(), Permission.RECORD_PUBLICATION);
        if (denied.isPresent()) {
            return Outcome.refused(denied.get());
        }
        var entryFound = schedule.find(command.entryId());
        if (entryFound.isEmpty()) {
            return Outcome.refused(
                    new NotFound("schedule entry", command.entryId().toString()));
        }
        ScheduleEntry entry = entryFound.get();
        var contentFound = library.find(entry.contentId());
        if (contentFound.isEmpty()) {
            return Outcome.refused(new NotFound("content", entry.contentId().toString()));
        }
        ContentItem content = contentFound.get();
        Instant now = clock.instant();
        return switch (command.report()) {
            case Report.Result(Publisher.PublishResult.Published published) ->
                published(command, entry, content, published, now);
            case Report.Result(Publisher.PublishResult.Rejected rejected) ->
                rejected(command, entry, content, rejected, now);
            case Report.Metrics(Map<String, Double> metrics) -> metrics(command, entry, content, metrics, now);
        };
    }

    private Outcome<Recorded> published(
            Command command,
            ScheduleEntry entry,
            ContentItem content,
            Publisher.PublishResult.Published published,
            Instant now) {
        Map<String, String> result = new LinkedHashMap<>(published.details());
        result.put(POST_ID, published.postId());
        if (!published.url().isEmpty()) {
            result.put(URL, published.url());
        }
        ScheduleChange entryChange = entry.publish(result, now);
        ContentChange contentChange = content.publish(published.at());
        List<Refusal> refusals = new ArrayList<>();
        if (entryChange instanceof ScheduleChange.Refused refused) {
            refusals.addAll(refused.reasons());
        }
        if (contentChange instanceof ContentChange.Refused refused) {
            refusals.addAll(refused.reasons());
        }
        if (!refusals.isEmpty()) {
            return Outcome.refused(refusals);
        }
        ScheduleEntry publishedEntry = entryChange.orThrow();
        ContentItem publishedContent = contentChange.orThrow();
        if (library.save(publishedContent) instanceof ContentSave.VersionConflict conflict) {
            return new Outcome.Conflict<>(conflict.message());
        }
        if (schedule.save(publishedEntry) instanceof ScheduleSave.VersionConflict conflict) {
            return new Outcome.Conflict<>(conflict.message());
        }
        audit.append(new AuditRecord(
                now,
                command.actor().id(),
                "schedule.published",
                "schedule:" + entry.id(),
                Map.of(
                        "content_id",
                        content.id().toString(),
                        "platform",
                        entry.platform().storedValue(),
                        POST_ID,
                        published.postId())));
        return Outcome.done(new Recorded(publishedEntry, publishedContent));
    }

    private Outcome<Recorded> rejected(
            Command command,
            ScheduleEntry entry,
            ContentItem content,
            Publisher.PublishResult.Rejected rejected,
            Instant now) {
        Map<String, String> result = Map.of(RETRYABLE, Boolean.toString(rejected.retryable()));
        return entry.fail(rejected.reason(), result, now).saveTo(schedule, failed -> {
            audit.append(new AuditRecord(
                    now,
                    command.actor().id(),
                    "schedule.failed",
                    "schedule:" + entry.id(),
                    Map.of("error", rejected.reason(), RETRYABLE, Boolean.toString(rejected.retryable()))));
            return new Recorded(failed, content);
        });
    }

    private Outcome<Recorded> metrics(
            Command command, ScheduleEntry entry, ContentItem content, Map<String, Double> metrics, Instant now) {
        return content.recordMetrics(metrics, now).saveTo(library, measured -> {
            audit.append(new AuditRecord(
                    now,
                    command.actor().id(),
                    "content.metrics_recorded",
                    "content:" + content.id(),
                    Map.of(
                            "metrics",
                            String.join(",", metrics.keySet()),
                            "entry_id",
                            entry.id().toString())));
            return new Recorded(entry, measured);
        });
    }
}
