package com.eesystem.curator.domain.schedule;

import static com.eesystem.curator.domain.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.Desk;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.platform.RuleBreach;
import com.eesystem.curator.domain.policy.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchedulingUseCasesTest {

    final Desk desk = new Desk();
    final Instant tomorrow = T0.plus(Duration.ofDays(1));

    ScheduleEntry scheduled(ContentItem content, Platform platform, Instant at) {
        return desk.schedulePost
                .schedule(new SchedulePost.Command(EDITOR, content.id(), platform, at, 5, Optional.empty()))
                .orThrow();
    }

    @Test
    void draftContentCannotBeScheduled() {
        ContentItem draft = desk.draftBy(EDITOR, "A calm morning.");
        assertThat(desk.schedulePost.schedule(new SchedulePost.Command(
                        EDITOR, draft.id(), Platform.INSTAGRAM, tomorrow, 5, Optional.empty())))
                .isEqualTo(Outcome.refused(new ScheduleRefusal.ContentNotApproved(draft.id(), ContentStatus.DRAFT)));
        assertThat(desk.schedule.forContent(draft.id())).isEmpty();
    }

    @Test
    void contentThatBreaksThePlatformsLimitsIsRefusedWithEveryBreach() {
        ContentItem approved =
                desk.approved(desk.draftBy(EDITOR, "calm ".repeat(60).strip()));
        Outcome<ScheduleEntry> outcome = desk.schedulePost.schedule(
                new SchedulePost.Command(EDITOR, approved.id(), Platform.TWITTER, tomorrow, 5, Optional.empty()));
        assertThat(outcome)
                .isEqualTo(Outcome.refused(new ScheduleRefusal.BreaksPlatformRules(
                        List.of(RuleBreach.over(Platform.TWITTER, "caption", 299, 280, "chars")))));
        assertThat(((Outcome.Refused<?>) outcome).message()).isEqualTo("caption: 299 chars, limit 280 (twitter)");
        // Instagram takes it
        assertThat(scheduled(approved, Platform.INSTAGRAM, tomorrow).status()).isEqualTo(ScheduleStatus.SCHEDULED);
    }

    @Test
    void aTimeInThePastIsRefused() {
        ContentItem approved = desk.approved(desk.draftBy(EDITOR, "A calm morning."));
        assertThat(desk.schedulePost.schedule(new SchedulePost.Command(
                        EDITOR, approved.id(), Platform.INSTAGRAM, T0.minusSeconds(1), 5, Optional.empty())))
                .isEqualTo(Outcome.refused(new ScheduleRefusal.InThePast(T0.minusSeconds(1), T0)));
    }

    @Test
    void cancellingTheLastPendingEntryReturnsTheContentToApproved() {
        ContentItem approved = desk.approved(desk.draftBy(EDITOR, "A calm morning."));
        ScheduleEntry instagram = scheduled(approved, Platform.INSTAGRAM, tomorrow);
        ScheduleEntry twitter = scheduled(approved, Platform.TWITTER, tomorrow);
        desk.cancelSchedule
                .cancel(new CancelSchedule.Command(EDITOR, instagram.id(), 1))
                .orThrow();
        assertThat(desk.current(approved.id()).status()).isEqualTo(ContentStatus.SCHEDULED);
        desk.cancelSchedule
                .cancel(new CancelSchedule.Command(EDITOR, twitter.id(), 1))
                .orThrow();
        assertThat(desk.current(approved.id()).status()).isEqualTo(ContentStatus.APPROVED);
    }

    @Test
    void aCancelledEntryCannotBeCancelledAgain() {
        ContentItem approved = desk.approved(desk.draftBy(EDITOR, "A calm morning."));
        ScheduleEntry entry = scheduled(approved, Platform.INSTAGRAM, tomorrow);
        desk.cancelSchedule
                .cancel(new CancelSchedule.Command(EDITOR, entry.id(), 1))
                .orThrow();
        assertThat(desk.cancelSchedule.cancel(new CancelSchedule.Command(EDITOR, entry.id(), 2)))
                .isEqualTo(Outcome.refused(
                        new ScheduleRefusal.NotAllowed(ScheduleStatus.CANCELLED, ScheduleAction.CANCEL)));
    }

    @Test
    void reschedulingMovesTheCycleDayAndTakesThatWeeksTheme() {
        ContentItem approved = desk.approved(desk.draftBy(EDITOR, "A calm morning."));
        ScheduleEntry entry = scheduled(approved, Platform.INSTAGRAM, tomorrow);
        assertThat(entry.theme()).isEqualTo("Light");
        Instant nextWeek = Instant.parse("2026-12-01T08:00:00Z"); // Tuesday of week 2
        ScheduleEntry moved = desk.reschedule
                .reschedule(new Reschedule.Command(EDITOR, entry.id(), 1, nextWeek, Optional.empty()))
                .orThrow();
        assertThat(moved.cyclePosition()).isEqualTo(new CyclePosition(2, 2));
        assertThat(moved.theme()).isEqualTo("Sleep");
        assertThat(moved.version()).isEqualTo(2);
    }

    @Test
    void aRejectedPublicationFailsTheEntryAndARescheduleRetriesIt() {
        ContentItem approved = desk.approved(desk.draftBy(EDITOR, "A calm morning."));
        ScheduleEntry entry = scheduled(approved, Platform.INSTAGRAM, tomorrow);
        ScheduleEntry failed = desk.recordPublication
                .record(new RecordPublication.Command(
                        EDITOR,
                        entry.id(),
                        new RecordPublication.Report.Result(
                                new Publisher.PublishResult.Rejected("rate limited", true))))
                .orThrow()
                .entry();
        assertThat(failed.status()).isEqualTo(ScheduleStatus.FAILED);
        assertThat(failed.resultData()).containsEntry("error", "rate limited").containsEntry("retryable", "true");
        assertThat(desk.current(approved.id()).status()).isEqualTo(ContentStatus.SCHEDULED);
        ScheduleEntry retried = desk.reschedule
                .reschedule(new Reschedule.Command(
                        EDITOR, entry.id(), failed.version(), tomorrow.plusSeconds(3600), Optional.empty()))
                .orThrow();
        assertThat(retried.status()).isEqualTo(ScheduleStatus.SCHEDULED);
        assertThat(desk.audit.head().orElseThrow().record().action()).isEqualTo("schedule.retried");
    }

    @Test
    void aStaleVersionIsAConflict() {
        ContentItem approved = desk.approved(desk.draftBy(EDITOR, "A calm morning."));
        ScheduleEntry entry = scheduled(approved, Platform.INSTAGRAM, tomorrow);
        desk.reschedule
                .reschedule(new Reschedule.Command(EDITOR, entry.id(), 1, tomorrow.plusSeconds(60), Optional.empty()))
                .orThrow();
        assertThat(desk.cancelSchedule.cancel(new CancelSchedule.Command(EDITOR, entry.id(), 1)))
                .isInstanceOf(Outcome.Conflict.class);
        assertThat(desk.schedule.find(entry.id()).orElseThrow().status()).isEqualTo(ScheduleStatus.SCHEDULED);
    }

    @Test
    void theCalendarListsAWeekByDayThenPriority() {
        ContentItem approved = desk.approved(desk.draftBy(EDITOR, "A calm morning."));
        ScheduleEntry friday = scheduled(approved, Platform.INSTAGRAM, Instant.parse("2026-11-27T08:00:00Z"));
        ScheduleEntry thursdayLow = scheduled(approved, Platform.TWITTER, Instant.parse("2026-11-26T18:00:00Z"));
        ScheduleEntry thursdayHigh = desk.schedulePost
                .schedule(new SchedulePost.Command(
                        EDITOR,
                        approved.id(),
                        Platform.TWITTER,
                        Instant.parse("2026-11-26T20:00:00Z"),
                        9,
                        Optional.of("Launch")))
                .orThrow();
        assertThat(desk.schedule.inCycleWeek(1, java.util.Set.of())).containsExactly(thursdayHigh, thursdayLow, friday);
        assertThat(thursdayHigh.theme()).isEqualTo("Launch");
    }
}
