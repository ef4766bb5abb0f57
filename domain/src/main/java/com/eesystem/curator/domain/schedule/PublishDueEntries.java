package com.eesystem.curator.domain.schedule;

import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentLibrary;
import com.eesystem.curator.domain.invariant.Invariants;
import com.eesystem.curator.domain.platform.PlatformValidator;
import com.eesystem.curator.domain.platform.PostContent;
import com.eesystem.curator.domain.policy.Outcome;
import com.eesystem.curator.domain.user.Permission;
import com.eesystem.curator.domain.user.PermissionPolicy;
import com.eesystem.curator.domain.user.User;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sends the entries whose time has come to their platforms, in due order, and records each answer
 * through {@link RecordPublication}. Content that is no longer approved (edited since) is not sent: its
 * entry is recorded as a failure that a retry will not fix.
 */
public final class PublishDueEntries {

    private final ContentLibrary library;
    private final PublicationSchedule schedule;
    private final Publisher publisher;
    private final RecordPublication recorder;
    private final PermissionPolicy policy;
    private final Clock clock;

    public PublishDueEntries(
            ContentLibrary library,
            PublicationSchedule schedule,
            Publisher publisher,
            RecordPublication recorder,
            PermissionPolicy policy,
            Clock clock) {
        this.library = Invariants.notNull("library", library);
        this.schedule = Invariants.notNull("schedule", schedule);
        this.publisher = Invariants.notNull("publisher", publisher);
        this.recorder = Invariants.notNull("recorder", recorder);
        this.policy = Invariants.notNull("policy", policy);
        this.clock = Invariants.notNull("clock", clock);
    }

    public record Command(User actor, int limit) {
        public Command {
            Invariants.notNull("actor", actor);
            Invariants.inRange("limit", limit, 1, 1000);
        }
    }

    /** What happened to one due entry. */
    public record Attempt(
            ScheduleEntry entry, Publisher.PublishResult result, Outcome<RecordPublication.Recorded> recorded) {}

    public Outcome<List<Attempt>> publishDue(Command command) {
        var denied = policy.check(command.actor(), Permission.RECORD_PUBLICATION);
        if (denied.isPresent()) {
            return Outcome.refused(denied.get());
        }
        List<Attempt> attempts = new ArrayList<>();
        for (ScheduleEntry entry : schedule.due(clock.instant(), command.limit())) {
            Optional<ContentItem> content = library.find(entry.contentId());
            Publisher.PublishResult result = content.filter(ContentItem::approvedForPublication)
                    .map(item -> publisher.publish(postOf(entry, item.body())))
                    .orElseGet(() -> new Publisher.PublishResult.Rejected(
                            "content " + entry.contentId() + " is "
                                    + content.map(item -> item.status().storedValue())
                                            .orElse("gone")
                                    + ", no longer approved for publication",
                            false));
            var recorded = recorder.record(new RecordPublication.Command(
                    command.actor(), entry.id(), new RecordPublication.Report.Result(result)));
            attempts.add(new Attempt(entry, result, recorded));
        }
        return Outcome.done(List.copyOf(attempts));
    }

    /** The post as the platform takes it: composed text, split into a thread where the platform has them. */
    public static Post postOf(ScheduleEntry entry, ContentBody body) {
        PostContent content = PostContent.of(body, entry.platform());
        return new Post(
                entry.id(),
                entry.contentId(),
                entry.platform(),
                PlatformValidator.segments(content),
                content.title(),
                body.description(),
                body.mediaPrompts());
    }
}
