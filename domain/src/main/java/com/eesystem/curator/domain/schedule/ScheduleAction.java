package com.eesystem.curator.domain.schedule;

/** What can happen to a schedule entry; {@link ScheduleLifecycle} says from which states. */
public enum ScheduleAction {
    RESCHEDULE("reschedule"),
    PUBLISH("publish"),
    FAIL("record a failure for"),
    RETRY("retry"),
    CANCEL("cancel");

    private final String words;

    ScheduleAction(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
