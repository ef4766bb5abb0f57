package com.eesystem.curator.domain.schedule;

/**
 * Where a day falls in the themed publication cycle: week number from the cycle start (1-based,
 * publication_schedule.cycle_week) and day of that week (1..7, publication_schedule.cycle_day).
 */
public record CyclePosition(int cycleWeek, int cycleDay) implements Comparable<CyclePosition> {

    public static final int MAX_WEEK = 10_000;

    public CyclePosition {
        if (cycleWeek < 1 || cycleWeek > MAX_WEEK) {
            throw new IllegalArgumentException("cycle_week: " + cycleWeek + " is outside 1.." + MAX_WEEK);
        }
        if (cycleDay < 1 || cycleDay > 7) {
            throw new IllegalArgumentException("cycle_day: " + cycleDay + " is outside 1..7");
        }
    }

    /** Days since the cycle start (day 1 of week 1 is 0). */
    public long dayIndex() {
        return (cycleWeek - 1) * 7L + (cycleDay - 1);
    }

    public static CyclePosition ofDayIndex(long dayIndex) {
        if (dayIndex < 0) {
            throw new IllegalArgumentException("cycle day index: " + dayIndex + " is before the cycle start");
        }
        return new CyclePosition(Math.toIntExact(dayIndex / 7 + 1), (int) (dayIndex % 7 + 1));
    }

    @Override
    public int compareTo(CyclePosition other) {
        return Long.compare(dayIndex(), other.dayIndex());
    }
}
