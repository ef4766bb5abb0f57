package com.eesystem.curator.domain.schedule;

import static com.eesystem.curator.domain.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.Desk;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.user.PermissionPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublishDueEntriesTest {

    final Desk desk = new Desk();
    final List<Post> sent = new ArrayList<>();
    boolean rateLimited;
    /** Platforms that take every post unless rate limited. */
    final Publisher platforms = post -> {
        sent.add(post);
        return rateLimited
                ? new Publisher.PublishResult.Rejected("429 rate limited", true)
                : new Publisher.PublishResult.Published(
                        "p" + sent.size(), "https://example.social/p" + sent.size(), desk.clock.instant(), Map.of());
    };

    final PublishDueEntries publishDue = new PublishDueEntries(
            desk.library, desk.schedule, platforms, desk.recordPublication, PermissionPolicy.standard(), desk.clock);

    ScheduleEntry schedule(ContentItem content, Platform platform, Instant at, int priority) {
        return desk.schedulePost
                .schedule(new SchedulePost.Command(EDITOR, content.id(), platform, at, priority, Optional.empty()))
                .orThrow();
    }

    @Test
    void dueEntriesGoOutInDueOrderAndEachAnswerIsRecorded() {
        ContentItem content = desk.approved(desk.draftBy(EDITOR, "A calm morning."));
        Instant at = T0.plus(Duration.ofHours(2));
        ScheduleEntry low = schedule(content, Platform.INSTAGRAM, at, 2);
        ScheduleEntry high = schedule(content, Platform.TWITTER, at, 9);
        ScheduleEntry later = schedule(content, Platform.INSTAGRAM, at.plus(Duration.ofDays(3)), 5);
        desk.clock.advance(Duration.ofHours(3));

        var attempts =
                publishDue.publishDue(new PublishDueEntries.Command(EDITOR, 10)).orThrow();

        assertThat(attempts).extracting(attempt -> attempt.entry().id()).containsExactly(high.id(), low.id());
        assertThat(desk.schedule.find(high.id()).orElseThrow().status()).isEqualTo(ScheduleStatus.PUBLISHED);
        assertThat(desk.schedule.find(low.id()).orElseThrow().status()).isEqualTo(ScheduleStatus.PUBLISHED);
        assertThat(desk.schedule.find(later.id()).orElseThrow().status()).isEqualTo(ScheduleStatus.SCHEDULED);
        assertThat(desk.current(content.id()).status()).isEqualTo(ContentStatus.PUBLISHED);
    }

    @Test
    void aRejectionLeavesTheEntryFailedForARetry() {
        ContentItem content = desk.approved(desk.draftBy(EDITOR, "A calm morning."));
        ScheduleEntry entry = schedule(content, Platform.INSTAGRAM, T0.plusSeconds(60), 5);
        rateLimited = true;
        desk.clock.advance(Duration.ofMinutes(2));
        publishDue.publishDue(new PublishDueEntries.Command(EDITOR, 10)).orThrow();
        ScheduleEntry failed = desk.schedule.find(entry.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(ScheduleStatus.FAILED);
        assertThat(failed.resultData())
                .containsEntry("error", "429 rate limited")
                .containsEntry("retryable", "true");
    }

    @Test
    void aLongXThreadGoesOutAsNumberedPostsThatFit() {
        ContentItem draft = desk.createDraft
                .create(new com.eesystem.curator.domain.content.CreateDraft.Command(
                        EDITOR,
                        com.eesystem.curator.domain.content.ContentBody.of(
                                "Why we rest",
                                ContentType.THREAD,
                                List.of(Platform.TWITTER),
                                "Rest matters. ".repeat(60))))
                .orThrow();
        ContentItem content = desk.approved(draft);
        schedule(content, Platform.TWITTER, T0.plusSeconds(60), 5);
        desk.clock.advance(Duration.ofMinutes(2));
        publishDue.publishDue(new PublishDueEntries.Command(EDITOR, 10)).orThrow();
        Post thread = sent.getFirst();
        assertThat(thread.segments()).hasSizeGreaterThan(2);
        assertThat(thread.segments())
                .allSatisfy(segment -> assertThat(segment.length()).isLessThanOrEqualTo(280));
        assertThat(thread.segments().getFirst())
                .endsWith(" 1/" + thread.segments().size());
    }

    @Test
    void contentEditedAfterSchedulingIsNotSent() {
        ContentItem content = desk.approved(desk.draftBy(EDITOR, "A calm morning."));
        ScheduleEntry entry = schedule(content, Platform.INSTAGRAM, T0.plusSeconds(60), 5);
        // a stale calendar: the content went back to review, but the entry was not cancelled
        ContentItem scheduled = desk.current(content.id());
        ContentItem edited = scheduled
                .edit(scheduled.body().withCaption("Changed."), desk.clock.instant())
                .orThrow();
        desk.library.save(edited);
        desk.clock.advance(Duration.ofMinutes(2));
        var attempts =
                publishDue.publishDue(new PublishDueEntries.Command(EDITOR, 10)).orThrow();
        assertThat(sent).isEmpty();
        assertThat(attempts.getFirst().result())
                .isEqualTo(new Publisher.PublishResult.Rejected(
                        "content " + content.id() + " is in_review, no longer approved for publication", false));
        assertThat(desk.schedule.find(entry.id()).orElseThrow().status()).isEqualTo(ScheduleStatus.FAILED);
    }
}
