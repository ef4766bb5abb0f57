package com.eesystem.curator.ui.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Which week the publication calendar shows; weeks start on Monday, like the themed weekly plan. */
final class CalendarViewModel {

    private static final DateTimeFormatter HEADING = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private final Clock clock;
    private final ReadOnlyObjectWrapper<LocalDate> weekStart = new ReadOnlyObjectWrapper<>(this, "weekStart");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading");

    CalendarViewModel(Clock clock) {
        this.clock = clock;
        weekStart.addListener((property, before, now) -> heading.set("Week of " + HEADING.format(now)));
        today();
    }

    ReadOnlyObjectProperty<LocalDate> weekStartProperty() {
        return weekStart.getReadOnlyProperty();
    }

    ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The seven days of the shown week, Monday first. */
    List<LocalDate> days() {
        return Stream.iterate(weekStart.get(), day -> day.plusDays(1)).limit(7).toList();
    }

    void today() {
        weekStart.set(LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    void previousWeek() {
        weekStart.set(weekStart.get().minusWeeks(1));
    }

    void nextWeek() {
        weekStart.set(weekStart.get().plusWeeks(1));
    }

    boolean isToday(LocalDate day) {
        return day.equals(LocalDate.now(clock));
    }
}
