package com.eesystem.curator.domain.schedule;

import java.util.UUID;

/** Identity of a publication schedule entry (publication_schedule.id). */
public record ScheduleEntryId(UUID value) {

    /** The column this id is stored in, for error messages. */
    public static final String COLUMN = "publication_schedule.id";

    public ScheduleEntryId {
        if (value == null) {
            throw new IllegalArgumentException(COLUMN + ": is required (was null)");
        }
    }

    public static ScheduleEntryId random() {
        return new ScheduleEntryId(UUID.randomUUID());
    }

    /** Parses stored or typed text; a bad value fails naming {@value #COLUMN}. */
    public static ScheduleEntryId parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(
                    COLUMN + ": must not be blank (was " + (text == null ? "null" : "\"" + text + "\"") + ")");
        }
        try {
            return new ScheduleEntryId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notUuid) {
            throw new IllegalArgumentException(COLUMN + ": \"" + text + "\" is not a UUID", notUuid);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
