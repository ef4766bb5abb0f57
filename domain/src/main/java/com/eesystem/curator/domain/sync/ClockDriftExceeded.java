package com.eesystem.curator.domain.sync;

import java.time.Duration;
import java.time.Instant;

/** A received timestamp further ahead of the local wall clock than the configured maximum drift. */
public final class ClockDriftExceeded extends RuntimeException {

    private final HlcTimestamp remote;
    private final Duration maxDrift;

    public ClockDriftExceeded(HlcTimestamp remote, long wallMillis, Duration maxDrift) {
        super("hlc: received timestamp " + remote.physicalTime() + " is "
                + Duration.ofMillis(remote.physicalMillis() - wallMillis) + " ahead of this desktop's clock "
                + Instant.ofEpochMilli(wallMillis) + " (maximum drift " + maxDrift
                + "); check the clock of the desktop that made the change");
        this.remote = remote;
        this.maxDrift = maxDrift;
    }

    public HlcTimestamp remote() {
        return remote;
    }

    public Duration maxDrift() {
        return maxDrift;
    }
}
