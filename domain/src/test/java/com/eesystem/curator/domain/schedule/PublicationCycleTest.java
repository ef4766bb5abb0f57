package com.eesystem.curator.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationCycleTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    final PublicationCycle cycle =
            new PublicationCycle(LocalDate.of(2026, 3, 23), BERLIN, ThemePlan.weekly("Light", "Sleep"));

    @ParameterizedTest
    @CsvSource({
        "2026-03-22T23:00:00Z, 1, 1", // Monday 00:00 in Berlin (UTC+1)
        "2026-03-23T22:59:59Z, 1, 1",
        "2026-03-23T23:00:00Z, 1, 2",
        "2026-03-29T21:59:59Z, 1, 7", // Sunday 23:59:59 after the switch to summer time (UTC+2)
        "2026-03-29T22:00:00Z, 2, 1",
        "2026-04-05T22:00:00Z, 3, 1",
    })
    void weekAndDayCountCalendarDaysInTheCycleZone(String instant, int week, int day) {
        assertThat(cycle.positionOf(Instant.parse(instant))).isEqualTo(new CyclePosition(week, day));
    }

    @Test
    void anInstantBeforeTheStartIsRefusedNamingIt() {
        assertThatThrownBy(() -> cycle.positionOf(Instant.parse("2026-03-22T22:59:59Z")))
                .hasMessage("scheduled_at: 2026-03-22 is before the cycle start 2026-03-23 (Europe/Berlin)");
    }

    @Test
    void localTimeOnACycleDayBecomesTheRightInstantAcrossDaylightSaving() {
        assertThat(cycle.instantOf(new CyclePosition(1, 1), LocalTime.of(9, 0)))
                .isEqualTo(Instant.parse("2026-03-23T08:00:00Z"));
        assertThat(cycle.instantOf(new CyclePosition(2, 1), LocalTime.of(9, 0)))
                .isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
    }

    @Test
    void aWeekSpansItsSevenCalendarDays() {
        assertThat(cycle.weekStart(1)).isEqualTo(Instant.parse("2026-03-22T23:00:00Z"));
        assertThat(cycle.weekEnd(1)).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
        assertThat(cycle.weekEnd(1)).isEqualTo(cycle.weekStart(2));
    }

    @Test
    void weeklyThemesRepeatAndDayThemesWin() {
        ThemePlan plan = new ThemePlan(List.of(
                new ThemePlan.WeekTheme("Light", Map.of(7, "Rest")), new ThemePlan.WeekTheme("Sleep", Map.of())));
        assertThat(plan.themeFor(new CyclePosition(1, 1))).isEqualTo("Light");
        assertThat(plan.themeFor(new CyclePosition(1, 7))).isEqualTo("Rest");
        assertThat(plan.themeFor(new CyclePosition(2, 7))).isEqualTo("Sleep");
        assertThat(plan.themeFor(new CyclePosition(3, 7))).isEqualTo("Rest");
        assertThat(ThemePlan.none().themeFor(new CyclePosition(3, 2))).isEmpty();
    }

    @Test
    void theCycleKnowsTheThemeOfAnInstant() {
        assertThat(cycle.themeAt(Instant.parse("2026-03-31T10:00:00Z"))).isEqualTo("Sleep");
    }

    @Test
    void aDayThemeOutsideTheWeekIsRefused() {
        assertThatThrownBy(() -> new ThemePlan.WeekTheme("Light", Map.of(8, "Extra")))
                .hasMessage("cycle_day: 8 is outside 1..7");
    }
}
