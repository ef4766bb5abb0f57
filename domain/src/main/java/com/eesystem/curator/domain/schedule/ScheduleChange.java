package com.eesystem.curator.domain.schedule;

import com.eesystem.curator.domain.invariant.Invariants;
import java.util.List;
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

    default ScheduleEntry orThrow() {
        return switch (this) {
            case Changed changed -> changed.entry();
            case Refused refused -> throw new IllegalStateException(refused.message());
        };
    }
}
