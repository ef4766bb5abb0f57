package com.eesystem.curator.domain.schedule;

import com.eesystem.curator.domain.invariant.Invariants;
import com.eesystem.curator.domain.policy.Outcome;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The outcome of creating or changing a schedule entry. */
public sealed interface ScheduleChange {

    record Changed(ScheduleEntry entry) implements ScheduleChange {
        public Changed {
            Invariants.notNull("entry", entry);
        }
    }

    record Refused(List<ScheduleRefusal> reasons) implements ScheduleChange {
        public Refused {
            reasons = Invariants.listOf("reasons", reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("reasons: a refusal needs at least one reason");
            }
        }

        public String message() {
            return reasons.stream().map(ScheduleRefusal::message).collect(Collectors.joining("; "));
        }
    }

    /**
     * A use case's last step: saves the changed entry and hands the saved entry to {@code afterSave} (the
     * audit record and the result). A refusal or a lost race becomes the outcome and nothing is written.
     */
    default <R> Outcome<R> saveTo(PublicationSchedule schedule, Function<ScheduleEntry, R> afterSave) {
        return switch (this) {
            case Refused refused -> Outcome.refused(refused.reasons());
            case Changed changed ->
                schedule.save(changed.entry()) instanceof ScheduleSave.VersionConflict conflict
                        ? new Outcome.Conflict<>(conflict.message())
                        : Outcome.done(afterSave.apply(changed.entry()));
        };
    }

    default ScheduleEntry orThrow() {
        return switch (this) {
            case Changed changed -> changed.entry();
            case Refused refused -> throw new IllegalStateException(refused.message());
        };
    }
}
