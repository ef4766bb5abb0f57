package com.eesystem.curator.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CalendarViewModelTest {

    /** Wednesday 25 November 2026. */
    private final CalendarViewModel model =
            new CalendarViewModel(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void theWeekStartsOnTheMondayBeforeToday() {
        assertThat(model.weekStartProperty().get()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(model.days())
                .hasSize(7)
                .first()
                .extracting(LocalDate::getDayOfWeek)
                .isEqualTo(DayOfWeek.MONDAY);
        assertThat(model.days().getLast()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(model.headingProperty().get()).isEqualTo("Week of 23 Nov 2026");
    }

    @Test
    void nextAndPreviousMoveByWholeWeeksAcrossMonths() {
        model.nextWeek();
        assertThat(model.weekStartProperty().get()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(model.days().getLast()).isEqualTo(LocalDate.of(2026, 12, 6));

        model.previousWeek();
        model.previousWeek();
        assertThat(model.headingProperty().get()).isEqualTo("Week of 16 Nov 2026");
    }

    @Test
    void todayReturnsToTheCurrentWeekAndMarksTheDay() {
        model.nextWeek();
        model.today();

        assertThat(model.weekStartProperty().get()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(model.days()).filteredOn(model::isToday).containsExactly(LocalDate.of(2026, 11, 25));
    }
}
