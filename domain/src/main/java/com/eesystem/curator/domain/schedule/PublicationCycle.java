package com.eesystem.curator.domain.schedule;

import com.eesystem.curator.domain.invariant.Invariants;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The weekly publication cycle: week 1 day 1 is {@code startDate} in {@code zone}; every later calendar
 * day in that zone is the next cycle day. Days are calendar days of the zone, not 24-hour spans, so a
 * daylight-saving change never moves a post to another cycle day.
 */
public record PublicationCycle(LocalDate startDate, ZoneId zone, ThemePlan themes) {

    public PublicationCycle {
        Invariants.notNull("cycle start date", startDate);
        Invariants.notNull("cycle time zone", zone);
        themes = themes == null ? ThemePlan.none() : themes;
    }

    /** The cycle week and day of {@code at}; fails naming the instant when it is before the cycle starts. */
    public CyclePosition positionOf(Instant at) {
        Invariants.notNull("scheduled_at", at);
        return positionOf(at.atZone(zone).toLocalDate());
    }

    public CyclePosition positionOf(LocalDate date) {
        long days = ChronoUnit.DAYS.between(startDate, date);
        if (days < 0) {
            throw new IllegalArgumentException(
                    "scheduled_at: " + date + " is before the cycle start " + startDate + " (" + zone + ")");
        }
        return CyclePosition.ofDayIndex(days);
    }

    /** The calendar date of a cycle day. */
    public LocalDate dateOf(CyclePosition position) {
        return startDate.plusDays(position.dayIndex());
    }

    /**
     * The instant of {@code localTime} on a cycle day. A local time that does not exist on that day (a
     * daylight-saving gap) moves forward by the gap, as {@link ZonedDateTime#of} does.
     */
    public Instant instantOf(CyclePosition position, LocalTime localTime) {
        return ZonedDateTime.of(dateOf(position), localTime, zone).toInstant();
    }

    /** The first instant of a cycle week (its day 1 at midnight) and the first of the next week. */
    public Instant weekStart(int cycleWeek) {
        return dateOf(new CyclePosition(cycleWeek, 1)).atStartOfDay(zone).toInstant();
    }

    public Instant weekEnd(int cycleWeek) {
        return dateOf(new CyclePosition(cycleWeek, 7))
                .plusDays(1)
                .atStartOfDay(zone)
                .toInstant();
    }

    /** The theme of the day {@code at} falls on. */
    public String themeAt(Instant at) {
        return themes.themeFor(positionOf(at));
    }
}
