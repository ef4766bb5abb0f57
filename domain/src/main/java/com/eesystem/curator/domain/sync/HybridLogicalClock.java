package com.eesystem.curator.domain.sync;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A hybrid logical clock (Kulkarni et al., "Logical Physical Clocks", 2014). Every local change gets
 * {@link #now()}; every change received from another desktop passes through {@link #receive}. Then:
 *
 * <ul>
 *   <li>readings from one clock strictly increase, even when the wall clock stops or steps back;
 *   <li>a reading taken after receiving a timestamp is greater than it, so an edit made after seeing
 *       another desktop's edit always orders after it, whatever the two wall clocks say;
 *   <li>the physical part never falls behind the local wall clock and runs ahead of it only as far
 *       as the fastest clock this desktop has heard from.
 * </ul>
 *
 * A desktop whose clock is far ahead would drag everyone's physical part forward. With a
 * {@code maxDrift} set, {@link #receive} refuses timestamps more than that ahead of the local wall
 * clock ({@link ClockDriftExceeded}) and leaves the clock unchanged; without one (the default) it
 * accepts any skew. Restart from the last issued reading ({@link #resumingFrom}) so readings also
 * increase across restarts.
 */
public final class HybridLogicalClock {

    private final Clock wallClock;
    private final Optional<Duration> maxDrift;
    private long lastPhysical;
    private int lastLogical;

    private HybridLogicalClock(Clock wallClock, HlcTimestamp last, Optional<Duration> maxDrift) {
        this.wallClock = Objects.requireNonNull(wallClock, "wallClock");
        this.maxDrift = Objects.requireNonNull(maxDrift, "maxDrift");
        maxDrift.ifPresent(drift -> {
            if (drift.isNegative()) {
                throw new IllegalArgumentException("maxDrift: " + drift + " is negative");
            }
        });
        this.lastPhysical = last.physicalMillis();
        this.lastLogical = last.logical();
    }

    /** A clock that accepts any skew, starting fresh. */
    public static HybridLogicalClock on(Clock wallClock) {
        return new HybridLogicalClock(wallClock, HlcTimestamp.ZERO, Optional.empty());
    }

    /** A clock that continues after {@code lastIssued} (read back from the local store at start). */
    public static HybridLogicalClock resumingFrom(Clock wallClock, HlcTimestamp lastIssued) {
        return new HybridLogicalClock(wallClock, Objects.requireNonNull(lastIssued, "lastIssued"), Optional.empty());
    }

    /**
     * A clock that continues after {@code lastIssued} and refuses received timestamps more than
     * {@code maxDrift} ahead of the wall clock.
     */
    public static HybridLogicalClock bounded(Clock wallClock, HlcTimestamp lastIssued, Duration maxDrift) {
        return new HybridLogicalClock(
                wallClock,
                Objects.requireNonNull(lastIssued, "lastIssued"),
                Optional.of(Objects.requireNonNull(maxDrift, "maxDrift")));
    }

    /** A reading for a local event (a change made here, or a message about to be sent). */
    public synchronized HlcTimestamp now() {
        long wall = wallClock.millis();
        if (wall > lastPhysical) {
            lastPhysical = wall;
            lastLogical = 0;
        } else {
            lastLogical = increment(lastLogical);
        }
        return last();
    }

    /**
     * Merges a timestamp received from another desktop and returns a reading greater than both it and
     * every earlier reading of this clock.
     *
     * @throws ClockDriftExceeded when a max drift is set and {@code remote} is further ahead than it
     */
    public synchronized HlcTimestamp receive(HlcTimestamp remote) {
        Objects.requireNonNull(remote, "remote");
        long wall = wallClock.millis();
        if (maxDrift.isPresent()
                && remote.physicalMillis() - wall > maxDrift.get().toMillis()) {
            throw new ClockDriftExceeded(remote, wall, maxDrift.get());
        }
        long physical = Math.max(Math.max(lastPhysical, remote.physicalMillis()), wall);
        int logical;
        if (physical == lastPhysical && physical == remote.physicalMillis()) {
            logical = increment(Math.max(lastLogical, remote.logical()));
        } else if (physical == lastPhysical) {
            logical = increment(lastLogical);
        } else if (physical == remote.physicalMillis()) {
            logical = increment(remote.logical());
        } else {
            logical = 0;
        }
        lastPhysical = physical;
        lastLogical = logical;
        return last();
    }

    /** The last reading issued (or resumed from), without advancing. */
    public synchronized HlcTimestamp last() {
        return new HlcTimestamp(lastPhysical, lastLogical);
    }

    private static int increment(int logical) {
        if (logical == Integer.MAX_VALUE) {
            // 2^31 events within one millisecond is not a real workload; it is a stuck or hostile clock
            throw new IllegalStateException("hlc logical counter: would overflow at " + logical);
        }
        return logical + 1;
    }
}
