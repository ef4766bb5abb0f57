package com.eesystem.curator.domain.schedule;

import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.platform.RuleBreach;
import com.eesystem.curator.domain.policy.Refusal;
import java.util.List;
import java.util.stream.Collectors;

/** Why a schedule entry could not be created or changed. */
public sealed interface ScheduleRefusal extends Refusal {

    record NotAllowed(ScheduleStatus from, ScheduleAction action) implements ScheduleRefusal {
        @Override
        public String code() {
            return "not_allowed";
        }

        @Override
        public String message() {
            return "status: cannot " + action.words() + " an entry that is " + from.storedValue();
        }
    }

    /** Only approved content (approved, scheduled elsewhere or already published) goes on the calendar. */
    record ContentNotApproved(ContentId contentId, ContentStatus status) implements ScheduleRefusal {
        @Override
        public String code() {
            return "content_not_approved";
        }

        @Override
        public String message() {
            return "content " + contentId + ": is " + status.storedValue() + ", only approved content can be scheduled";
        }
    }

    record PlatformNotTargeted(ContentId contentId, Platform platform) implements ScheduleRefusal {
        @Override
        public String code() {
            return "platform_not_targeted";
        }

        @Override
        public String message() {
            return "platform: content " + contentId + " does not target " + platform.storedValue();
        }
    }

    /** The content breaks the platform's published limits; every breach is listed. */
    record BreaksPlatformRules(List<RuleBreach> breaches) implements ScheduleRefusal {
        public BreaksPlatformRules {
            breaches = List.copyOf(breaches);
        }

        @Override
        public String code() {
            return "breaks_platform_rules";
        }

        @Override
        public String message() {
            return breaches.stream().map(RuleBreach::message).collect(Collectors.joining("; "));
        }
    }

    /** A publication time already past: the calendar plans the future. */
    record InThePast(java.time.Instant scheduledAt, java.time.Instant now) implements ScheduleRefusal {
        @Override
        public String code() {
            return "in_the_past";
        }

        @Override
        public String message() {
            return "scheduled_at: " + scheduledAt + " is before now (" + now + ")";
        }
    }

    record BeforeCycleStart(java.time.Instant scheduledAt, java.time.LocalDate cycleStart) implements ScheduleRefusal {
        @Override
        public String code() {
            return "before_cycle_start";
        }

        @Override
        public String message() {
            return "scheduled_at: " + scheduledAt + " is before the publication cycle starts (" + cycleStart + ")";
        }
    }
}
