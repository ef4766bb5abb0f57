package com.eesystem.curator.domain.schedule;

import com.eesystem.curator.domain.invariant.Invariants;
import java.util.List;
import java.util.Map;

/**
 * Themes of the cycle: weekly themes that repeat in order (week 1 gets the first, and after the last the
 * first comes again), each with optional themes for some of its days. A day theme wins over its week's.
 */
public record ThemePlan(List<WeekTheme> weeks) {

    public ThemePlan {
        weeks = Invariants.listOf("weekly themes", weeks);
    }

    public static ThemePlan none() {
        return new ThemePlan(List.of());
    }

    public static ThemePlan weekly(String... themes) {
        return new ThemePlan(List.of(themes).stream()
                .map(theme -> new WeekTheme(theme, Map.of()))
                .toList());
    }

    /** The theme of a cycle day; empty text when the plan has none. */
    public String themeFor(CyclePosition position) {
        if (weeks.isEmpty()) {
            return "";
        }
        WeekTheme week = weeks.get((position.cycleWeek() - 1) % weeks.size());
        return week.dayThemes().getOrDefault(position.cycleDay(), week.theme());
    }

    /** One week's theme and the days (1..7) that have their own. */
    public record WeekTheme(String theme, Map<Integer, String> dayThemes) {
        public WeekTheme {
            theme = Invariants.nonBlank("week theme", theme).strip();
            dayThemes = Invariants.mapOf("day themes", dayThemes);
            dayThemes.forEach((day, dayTheme) -> {
                Invariants.inRange("cycle_day", day, 1, 7);
                Invariants.nonBlank("day theme " + day, dayTheme);
            });
        }
    }
}
