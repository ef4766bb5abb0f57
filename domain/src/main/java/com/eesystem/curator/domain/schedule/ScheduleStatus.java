package com.eesystem.curator.domain.schedule;

import com.eesystem.curator.domain.stored.StoredEnum;

/** State of a publication schedule entry. Stored as text in publication_schedule.status. */
public enum ScheduleStatus implements StoredEnum {
    SCHEDULED("scheduled"),
    PUBLISHED("published"),
    FAILED("failed"),
    CANCELLED("cancelled");

    /** The column this enum is stored in, for error messages. */
    public static final String COLUMN = "publication_schedule.status";

    private final String storedValue;

    ScheduleStatus(String storedValue) {
        this.storedValue = storedValue;
    }

    @Override
    public String storedValue() {
        return storedValue;
    }

    /** Parses stored text; a bad value fails naming publication_schedule.status. */
    public static ScheduleStatus fromStored(String text) {
        return StoredEnum.parse(ScheduleStatus.class, COLUMN, text);
    }
}
