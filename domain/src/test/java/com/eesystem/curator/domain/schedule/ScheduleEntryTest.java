package com.eesystem.curator.domain.schedule;

import static com.eesystem.curator.domain.Fixtures.*;
import static com.eesystem.curator.domain.schedule.ScheduleAction.*;
import static com.eesystem.curator.domain.schedule.ScheduleStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.platform.Platform;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ScheduleEntryTest {

    static final Instant AT = T0.plus(java.time.Duration.ofDays(2));
    static final Instant NOW = T0.plusSeconds(10);

    static final Map<ScheduleStatus, Map<ScheduleAction, ScheduleStatus>> SPEC = Map.of(
            SCHEDULED, Map.of(RESCHEDULE, SCHEDULED, PUBLISH, PUBLISHED, FAIL, FAILED, CANCEL, CANCELLED),
            FAILED, Map.of(RETRY, SCHEDULED, CANCEL, CANCELLED),
            PUBLISHED, Map.of(),
            CANCELLED, Map.of());

    static ScheduleEntry entry(ScheduleStatus status) {
        return new ScheduleEntry(
                ScheduleEntryId.random(),
                3,
                ContentId.random(),
                Platform.INSTAGRAM,
                AT,
                1,
                3,
                "Light",
                5,
                status,
                Map.of(),
                T0,
                T0);
    }

    static ScheduleChange perform(ScheduleEntry entry, ScheduleAction action) {
        CyclePosition position = new CyclePosition(1, 4);
        return switch (action) {
            case RESCHEDULE -> entry.reschedule(AT.plusSeconds(86_400), position, "Sleep", NOW);
            case PUBLISH -> entry.publish(Map.of("post_id", "17890"), NOW);
            case FAIL -> entry.fail("rate limited", Map.of(), NOW);
            case RETRY -> entry.retry(AT.plusSeconds(3600), position, NOW);
            case CANCEL -> entry.cancel(NOW);
        };
    }

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (ScheduleStatus from : ScheduleStatus.values()) {
            for (ScheduleAction action : ScheduleAction.values()) {
                pairs.add(Arguments.of(
                        from, action, Optional.ofNullable(SPEC.get(from).get(action))));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("everyPair")
    void everyTransitionFollowsTheSpec(ScheduleStatus from, ScheduleAction action, Optional<ScheduleStatus> expected) {
        assertThat(ScheduleLifecycle.next(from, action)).isEqualTo(expected);
        ScheduleEntry entry = entry(from);
        ScheduleChange change = perform(entry, action);
        if (expected.isPresent()) {
            ScheduleEntry next = change.orThrow();
            assertThat(next.status()).isEqualTo(expected.get());
            assertThat(next.version()).isEqualTo(entry.version() + 1);
        } else {
            assertThat(change)
                    .isEqualTo(new ScheduleChange.Refused(List.of(new ScheduleRefusal.NotAllowed(from, action))));
        }
    }

    @Test
    void aFailureKeepsTheErrorInTheResultData() {
        ScheduleEntry failed = entry(SCHEDULED)
                .fail("token expired", Map.of("http", "401"), NOW)
                .orThrow();
        assertThat(failed.resultData())
                .containsEntry(ScheduleEntry.ERROR, "token expired")
                .containsEntry("http", "401");
    }

    @Test
    void aRetryPutsAFailedEntryBackAtTheNewTime() {
        ScheduleEntry retried = entry(FAILED)
                .retry(AT.plusSeconds(3600), new CyclePosition(1, 3), NOW)
                .orThrow();
        assertThat(retried.status()).isEqualTo(SCHEDULED);
        assertThat(retried.scheduledAt()).isEqualTo(AT.plusSeconds(3600));
    }

    @ParameterizedTest
    @EnumSource(
            value = ContentStatus.class,
            names = {"DRAFT", "IN_REVIEW", "ARCHIVED"})
    void onlyApprovedContentCanBeScheduled(ContentStatus status) {
        ContentItem content = inStatus(status);
        assertThat(ScheduleEntry.plan(
                        ScheduleEntryId.random(), content, Platform.INSTAGRAM, AT, new CyclePosition(1, 3), "", 5, NOW))
                .isEqualTo(new ScheduleChange.Refused(
                        List.of(new ScheduleRefusal.ContentNotApproved(content.id(), status))));
    }

    @ParameterizedTest
    @EnumSource(
            value = ContentStatus.class,
            names = {"APPROVED", "SCHEDULED", "PUBLISHED"})
    void approvedContentIsPlannedAsScheduledVersionOne(ContentStatus status) {
        ScheduleEntry planned = ScheduleEntry.plan(
                        ScheduleEntryId.random(),
                        inStatus(status),
                        Platform.TWITTER,
                        AT,
                        new CyclePosition(2, 1),
                        "Sleep",
                        7,
                        NOW)
                .orThrow();
        assertThat(planned.status()).isEqualTo(SCHEDULED);
        assertThat(planned.version()).isEqualTo(1);
        assertThat(planned.cyclePosition()).isEqualTo(new CyclePosition(2, 1));
    }

    @Test
    void aPlatformTheContentDoesNotTargetIsRefused() {
        ContentItem content = inStatus(ContentStatus.APPROVED);
        assertThat(ScheduleEntry.plan(
                        ScheduleEntryId.random(), content, Platform.YOUTUBE, AT, new CyclePosition(1, 3), "", 5, NOW))
                .isEqualTo(new ScheduleChange.Refused(
                        List.of(new ScheduleRefusal.PlatformNotTargeted(content.id(), Platform.YOUTUBE))));
    }

    static Stream<Arguments> badEntries() {
        return Stream.of(
                Arguments.of(0, 1, 5, "cycle_week: 0 is outside 1..10000"),
                Arguments.of(1, 0, 5, "cycle_day: 0 is outside 1..7"),
                Arguments.of(1, 8, 5, "cycle_day: 8 is outside 1..7"),
                Arguments.of(1, 1, 0, "priority: 0 is outside 1..10"),
                Arguments.of(1, 1, 11, "priority: 11 is outside 1..10"));
    }

    @ParameterizedTest
    @MethodSource("badEntries")
    void invalidCycleAndPriorityAreRefusedNamingTheField(int week, int day, int priority, String message) {
        assertThatThrownBy(() -> new ScheduleEntry(
                        ScheduleEntryId.random(),
                        1,
                        ContentId.random(),
                        Platform.INSTAGRAM,
                        AT,
                        week,
                        day,
                        "",
                        priority,
                        SCHEDULED,
                        Map.of(),
                        T0,
                        T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void dueOrderIsTimeThenHigherPriority() {
        ScheduleEntry lowEarly = withPriority(entry(SCHEDULED), 2, AT);
        ScheduleEntry highLater = withPriority(entry(SCHEDULED), 9, AT.plusSeconds(60));
        ScheduleEntry highEarly = withPriority(entry(SCHEDULED), 9, AT);
        assertThat(Stream.of(highLater, lowEarly, highEarly).sorted(ScheduleEntry.DUE_ORDER))
                .containsExactly(highEarly, lowEarly, highLater);
    }

    static ScheduleEntry withPriority(ScheduleEntry entry, int priority, Instant at) {
        return new ScheduleEntry(
                entry.id(),
                entry.version(),
                entry.contentId(),
                entry.platform(),
                at,
                entry.cycleWeek(),
                entry.cycleDay(),
                entry.theme(),
                priority,
                entry.status(),
                entry.resultData(),
                entry.createdAt(),
                entry.updatedAt());
    }
}
