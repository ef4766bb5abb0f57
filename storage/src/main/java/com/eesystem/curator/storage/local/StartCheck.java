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
 * check is older than a week (recorded in {@code <db>.checked}). Only the check after an unclean shutdown
 * must pass before the store is used; the window's start leaves the others for after its first frame
 * ({@link Due#beforeUse()}, {@link LocalStore#openCheckingLater}).
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
        return due(database, clock).run(database, clock);
    }

    /**
     * Decides which check {@code database} needs and marks it open for this run (before checking: a failed
     * check, or a crash during it, makes the next start check fully). A new or empty file is recorded as
     * checked and needs none.
     */
    static Due due(Path database, Clock clock) throws IOException {
        Instant now = clock.instant();
        if (!DatabaseFiles.holdsData(database)) {
            // nothing to check; what this run writes counts as checked until the first interval is over
            Files.writeString(lastFullCheck(database), now.toString(), StandardCharsets.UTF_8);
            Files.writeString(openMarker(database), now.toString(), StandardCharsets.UTF_8);
            return new Due(Kind.NONE, "new store", false);
        }
        Optional<Instant> lastFull = readInstant(lastFullCheck(database));
        boolean unclean = Files.exists(openMarker(database));
        Files.writeString(openMarker(database), now.toString(), StandardCharsets.UTF_8);
        if (unclean) {
            return new Due(Kind.FULL, "the store was not closed cleanly last time", true);
        }
        if (lastFull.isEmpty()) {
            return new Due(Kind.FULL, "no full check recorded", false);
        }
        if (!lastFull.get().plus(FULL_CHECK_INTERVAL).isAfter(now)) {
            return new Due(Kind.FULL, "last full check " + lastFull.get() + " is a week old", false);
        }
        return new Due(Kind.QUICK, "clean shutdown, full check " + lastFull.get(), false);
    }

    /**
     * A check decided at open, run at once or after the window opened.
     *
     * @param beforeUse whether the store must not be used before it passed: after an unclean shutdown a
     *     damaged page is likelier, and a write onto it could spread the damage. After a clean shutdown the
     *     check only guards against what happened to the file while Curator was closed (a failing disk), so
     *     the app runs it after the window is up ({@link LocalStore#checkAfterOpening()}).
     */
    record Due(Kind kind, String reason, boolean beforeUse) {

        Due {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reason, "reason");
        }

        /**
         * Runs the check and records a passed full one.
         *
         * @throws LocalStoreCorrupt when it fails; the file is left as it is
         */
        StartCheck run(Path database, Clock clock) throws IOException {
            if (kind == Kind.NONE) {
                return new StartCheck(kind, reason, Duration.ZERO);
            }
            long started = System.nanoTime();
            IntegrityCheck.verifyForOpening(database, kind == Kind.FULL);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            if (kind == Kind.FULL) {
                Files.writeString(lastFullCheck(database), clock.instant().toString(), StandardCharsets.UTF_8);
            }
            return new StartCheck(kind, reason, took);
        }
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
