package com.eesystem.curator.storage.local;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One file in the backups folder: a snapshot ({@code curator-<time>-seq<n>-<reason>.db}, a whole
 * database as of outbox sequence n) or an outbox segment ({@code curator-<time>-seq<from>-<to>.jsonl},
 * the local changes after a snapshot). The names sort by time.
 *
 * @param outboxSequence for a snapshot the last outbox sequence it contains; for a segment the last one
 *     it holds
 * @param firstSequence for a segment the first sequence it holds; for a snapshot the same as the last
 */
public record BackupFile(
        Path path, Kind kind, Instant takenAt, long firstSequence, long outboxSequence, String reason) {

    public enum Kind {
        SNAPSHOT,
        OUTBOX_SEGMENT
    }

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern SNAPSHOT = Pattern.compile("curator-(\\d{8}T\\d{9}Z)-seq(\\d+)-([a-z0-9-]+)\\.db");
    private static final Pattern SEGMENT = Pattern.compile("curator-(\\d{8}T\\d{9}Z)-seq(\\d+)-(\\d+)\\.jsonl");

    public BackupFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(takenAt, "takenAt");
        if (firstSequence < 0 || outboxSequence < firstSequence) {
            throw new IllegalArgumentException(
                    "sequences: " + firstSequence + ".." + outboxSequence + " is not a range (" + path + ")");
        }
    }

    static BackupFile snapshot(Path folder, Instant at, long sequence, String reason) {
        if (!reason.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException(
                    "reason: \"" + reason + "\" must be lower-case letters, digits and dashes");
        }
        String name = "curator-" + TIME.format(at) + "-seq" + sequence + "-" + reason + ".db";
        return new BackupFile(folder.resolve(name), Kind.SNAPSHOT, at, sequence, sequence, reason);
    }

    static BackupFile segment(Path folder, Instant at, long first, long last) {
        String name = "curator-" + TIME.format(at) + "-seq" + first + "-" + last + ".jsonl";
        return new BackupFile(folder.resolve(name), Kind.OUTBOX_SEGMENT, at, first, last, "incremental");
    }

    /** Reads a backup file's name; other files in the folder are not backups. */
    static Optional<BackupFile> parse(Path path) {
        String name = path.getFileName().toString();
        Matcher snapshot = SNAPSHOT.matcher(name);
        if (snapshot.matches()) {
            long sequence = Long.parseLong(snapshot.group(2));
            return Optional.of(new BackupFile(
                    path, Kind.SNAPSHOT, instant(snapshot.group(1)), sequence, sequence, snapshot.group(3)));
        }
        Matcher segment = SEGMENT.matcher(name);
        if (segment.matches()) {
            return Optional.of(new BackupFile(
                    path,
                    Kind.OUTBOX_SEGMENT,
                    instant(segment.group(1)),
                    Long.parseLong(segment.group(2)),
                    Long.parseLong(segment.group(3)),
                    "incremental"));
        }
        return Optional.empty();
    }

    private static Instant instant(String text) {
        return TIME.parse(text, Instant::from);
    }
}
