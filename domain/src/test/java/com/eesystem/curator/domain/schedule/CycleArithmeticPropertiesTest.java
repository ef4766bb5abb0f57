package com.eesystem.curator.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class CycleArithmeticPropertiesTest {

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(
                ZoneId.of("UTC"),
                ZoneId.of("Europe/Berlin"),
                ZoneId.of("America/New_York"),
                ZoneId.of("Australia/Lord_Howe"),
                ZoneId.of("Asia/Kathmandu"),
                ZoneId.of("Pacific/Chatham"));
    }

    @Provide
    Arbitrary<LocalDate> starts() {
        return Arbitraries.integers()
                .between(0, 3650)
                .map(days -> LocalDate.of(2024, 1, 1).plusDays(days));
    }

    @Property
    void aPositionRoundTripsThroughAnyLocalTimeOfItsDay(
            @ForAll("starts") LocalDate start,
            @ForAll("zones") ZoneId zone,
            @ForAll @IntRange(min = 1, max = 520) int week,
            @ForAll @IntRange(min = 1, max = 7) int day,
            @ForAll @IntRange(min = 0, max = 1439) int minuteOfDay) {
        PublicationCycle cycle = new PublicationCycle(start, zone, ThemePlan.none());
        CyclePosition position = new CyclePosition(week, day);
        Instant at = cycle.instantOf(position, LocalTime.ofSecondOfDay(minuteOfDay * 60L));
        assertThat(cycle.positionOf(at)).isEqualTo(position);
    }

    @Property
    void positionsNeverGoBackwardsAndDaysStayInOneToSeven(
            @ForAll("starts") LocalDate start,
            @ForAll("zones") ZoneId zone,
            @ForAll @IntRange(min = 0, max = 5_000_000) int secondsAfterStart,
            @ForAll @IntRange(min = 0, max = 5_000_000) int furtherSeconds) {
        PublicationCycle cycle = new PublicationCycle(start, zone, ThemePlan.none());
        Instant first = start.atStartOfDay(zone).toInstant().plusSeconds(secondsAfterStart);
        Instant second = first.plusSeconds(furtherSeconds);
        CyclePosition a = cycle.positionOf(first);
        CyclePosition b = cycle.positionOf(second);
        assertThat(a.cycleDay()).isBetween(1, 7);
        assertThat(b).isGreaterThanOrEqualTo(a);
        // one calendar day later is exactly one cycle day later
        CyclePosition nextDay = cycle.positionOf(cycle.dateOf(a).plusDays(1));
        assertThat(nextDay.dayIndex()).isEqualTo(a.dayIndex() + 1);
    }

    @Property
    void dayIndexAndPositionAreInverse(@ForAll @IntRange(min = 0, max = 69_999) int dayIndex) {
        CyclePosition position = CyclePosition.ofDayIndex(dayIndex);
        assertThat(position.dayIndex()).isEqualTo(dayIndex);
        assertThat(position.cycleWeek()).isEqualTo(dayIndex / 7 + 1);
    }

    @Property
    void everyInstantOfAWeekFallsInThatWeek(
            @ForAll("starts") LocalDate start,
            @ForAll("zones") ZoneId zone,
            @ForAll @IntRange(min = 1, max = 400) int week,
            @ForAll @IntRange(min = 0, max = 1000) int permille) {
        PublicationCycle cycle = new PublicationCycle(start, zone, ThemePlan.none());
        Instant from = cycle.weekStart(week);
        Instant to = cycle.weekEnd(week);
        Instant inside =
                from.plus(Duration.between(from, to).multipliedBy(permille).dividedBy(1001));
        assertThat(cycle.positionOf(inside).cycleWeek()).isEqualTo(week);
    }
}
