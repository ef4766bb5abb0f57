package com.eesystem.curator.domain.id;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Ids made later sort
 * later, which keeps B-tree inserts local in SQLite and makes ids readable as a rough creation time.
 * Within one millisecond the 12-bit {@code rand_a} field counts up (RFC 9562 method 1) so ids from
 * one generator are strictly increasing even when the clock does not move or steps back.
 */
public final class TimeOrderedIdGenerator implements IdGenerator {

    private static final int MAX_SEQUENCE = 0xFFF;

    private final Clock clock;
    private final RandomGenerator random;
    private long lastMillis = -1;
    private int sequence;

    public TimeOrderedIdGenerator(Clock clock, RandomGenerator random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** The system UTC clock and a {@link SecureRandom}. */
    public static TimeOrderedIdGenerator systemDefault() {
        return new TimeOrderedIdGenerator(Clock.systemUTC(), new SecureRandom());
    }

    @Override
    public synchronized UUID newId() {
        long millis = clock.millis();
        if (millis > lastMillis) {
            lastMillis = millis;
            sequence = random.nextInt(MAX_SEQUENCE / 2);
        } else if (sequence < MAX_SEQUENCE) {
            // same millisecond, or the clock stepped back: stay on the last millisecond and count up
            sequence++;
        } else {
            lastMillis++;
            sequence = 0;
        }
        long high = (lastMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | sequence;
        long low = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
