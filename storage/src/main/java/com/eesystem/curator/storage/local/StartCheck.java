package com.eesystem.curator.storage.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * The check a store gets when it opens, and why. A full {@code integrity_check} reads every page and
 * verifies every index against its table: on a 100 MB store it costs several times a {@code quick_check}
 * (docs/benchmarks.md), which still reads every page and b-tree, so a damaged page is found either way. The
 * policy: quick_check at every start; the full check when the previous run did not close the store (its
 * marker file {@code <db>.open} is still there: crash, power cut, killed process) and when the last full
 * check is older than a week (recorded in {@code <db>.checked}).
 *
 * @param kind what ran
 * @param reason why, for the log and the Settings page
 * @param took how long it took
 */
public record StartCheck(Kind kind, String reason, Duration took) {

    static final Duration FULL_CHECK_INTERVAL = Duration.ofDays(7);

    public enum Kind {
        /** A new or empty file: nothing to check. */
        NONE,
        QUICK,
        FULL
    }

    public StartCheck {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(took, "took");
    }

    static Path openMarker(Path database) {
        return database.resolveSibling(database.getFileName() + ".open");
    }

    static Path lastFullCheck(Path database) {
        return database.resolveSibling(database.getFileName() + ".checked");
    }

    /**
     * Checks {@code database} as the policy says, records a passed full check, and leaves the open marker
     * in place for this run (the store removes it when it closes).
     *
     * @throws LocalStoreCorrupt when the check fails; the file is left as it is
     */
    static StartCheck run(Path database, Clock clock) throws IOException {
        if (!DatabaseFiles.holdsData(database)) {
            // nothing to check; what this run writes counts as checked until the first interval is over
            Files.writeString(lastFullCheck(database), clock.instant().toString(), StandardCharsets.UTF_8);
            Files.writeString(openMarker(database), clock.instant().toString(), StandardCharsets.UTF_8);
            return new StartCheck(Kind.NONE, "new store", Duration.ZERO);
        }
        Instant now = clock.instant();
        Optional<Instant> lastFull = readInstant(lastFullCheck(database));
        String reason;
        if (Files.exists(openMarker(database))) {
            reason = "the store was not closed cleanly last time";
        } else if (lastFull.isEmpty()) {
            reason = "no full check recorded";
        } else if (!lastFull.get().plus(FULL_CHECK_INTERVAL).isAfter(now)) {
            reason = "last full check " + lastFull.get() + " is a week old";
        } else {
            reason = null;
        }
        boolean full = reason != null;
        // marked before checking: a failed check (or a crash during it) makes the next start check fully
        Files.writeString(openMarker(database), now.toString(), StandardCharsets.UTF_8);
        long started = System.nanoTime();
        IntegrityCheck.verifyForOpening(database, full);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (full) {
            Files.writeString(lastFullCheck(database), now.toString(), StandardCharsets.UTF_8);
        }
        return full
                ? new StartCheck(Kind.FULL, reason, took)
                : new StartCheck(Kind.QUICK, "clean shutdown, full check " + lastFull.get(), took);
    }

    /** The store closed normally: the next start needs only the quick check. */
    static void closedCleanly(Path database) throws IOException {
        Files.deleteIfExists(openMarker(database));
    }

    private static Optional<Instant> readInstant(Path file) {
        try {
            return Files.exists(file)
                    ? Optional.of(Instant.parse(
                            Files.readString(file, StandardCharsets.UTF_8).strip()))
                    : Optional.empty();
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty(); // unreadable: do the full check, which rewrites it
        }
    }
}
