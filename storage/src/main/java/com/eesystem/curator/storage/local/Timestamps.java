package com.eesystem.curator.storage.local;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * Instants as SQLite text. The spec's defaults write CURRENT_TIMESTAMP ('YYYY-MM-DD HH:MM:SS', UTC); we
 * write the same shape plus milliseconds, so the two compare correctly as text and in SQLite's date
 * functions.
 */
final class Timestamps {

    private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .toFormatter();

    private Timestamps() {}

    static String text(Instant instant) {
        return instant == null ? null : WRITE.format(instant.atOffset(ZoneOffset.UTC));
    }

    static Instant instant(String column, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.replace('T', ' '), READ).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(column + ": \"" + text + "\" is not a timestamp", e);
        }
    }
}
