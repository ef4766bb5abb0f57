package com.eesystem.curator.domain.schedule;

import static com.eesystem.curator.domain.schedule.ScheduleAction.*;
import static com.eesystem.curator.domain.schedule.ScheduleStatus.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The schedule entry lifecycle as one explicit table. Published and cancelled are final.
 *
 * <pre>
 *            reschedule
 *            +--+
 *            v  |
 *  (new) -> scheduled --publish--> published
 *            |   ^  \--cancel--> cancelled
 *       fail |   | retry           ^
 *            v   |                 |
 *           failed ----cancel------+
 * </pre>
 */
public final class ScheduleLifecycle {

    private static final Map<ScheduleStatus, Map<ScheduleAction, ScheduleStatus>> MOVES =
            new EnumMap<>(ScheduleStatus.class);

    static {
        allow(SCHEDULED, RESCHEDULE, SCHEDULED);
        allow(SCHEDULED, PUBLISH, PUBLISHED);
        allow(SCHEDULED, FAIL, FAILED);
        allow(SCHEDULED, CANCEL, CANCELLED);
        allow(FAILED, RETRY, SCHEDULED);
        allow(FAILED, CANCEL, CANCELLED);
    }

    private ScheduleLifecycle() {}

    private static void allow(ScheduleStatus from, ScheduleAction action, ScheduleStatus to) {
        MOVES.computeIfAbsent(from, status -> new EnumMap<>(ScheduleAction.class))
                .put(action, to);
    }

    public static Optional<ScheduleStatus> next(ScheduleStatus from, ScheduleAction action) {
        return Optional.ofNullable(MOVES.getOrDefault(from, Map.of()).get(action));
    }

    public static Set<ScheduleAction> allowedFrom(ScheduleStatus from) {
        return Collections.unmodifiableSet(MOVES.getOrDefault(from, Map.of()).keySet());
    }

    /** Still waiting to go out: counts as "scheduled" for the content's own status. */
    public static boolean pending(ScheduleStatus status) {
        return status == SCHEDULED || status == FAILED;
    }
}
