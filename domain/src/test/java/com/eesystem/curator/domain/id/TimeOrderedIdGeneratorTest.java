package com.eesystem.curator.domain.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdGeneratorTest {

    static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    @Test
    void idsAreVersion7WithTheRfcVariantAndCarryTheirMillisecond() {
        var generator = new TimeOrderedIdGenerator(Clock.fixed(T0, ZoneOffset.UTC), new Random(1));

        UUID id = generator.newId();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(T0.toEpochMilli());
    }

    @Test
    void idsFromOneGeneratorStrictlyIncreaseEvenWithAStoppedClock() {
        var generator = new TimeOrderedIdGenerator(Clock.fixed(T0, ZoneOffset.UTC), new Random(2));
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(generator.newId());
        }

        // compare as unsigned 128-bit numbers, the order databases sort UUIDv7 text and bytes in
        for (int i = 1; i < ids.size(); i++) {
            assertThat(compareUnsigned(ids.get(i - 1), ids.get(i))).isNegative();
        }
        assertThat(new HashSet<>(ids)).hasSize(ids.size());
    }

    @Test
    void aClockSteppingBackDoesNotReorderIds() {
        var clock = new SteppingClock(T0.toEpochMilli());
        var generator = new TimeOrderedIdGenerator(clock, new Random(3));
        UUID first = generator.newId();
        clock.millis -= 5_000;
        UUID second = generator.newId();

        assertThat(compareUnsigned(first, second)).isNegative();
    }

    @Test
    void textIdsAreTheUuidText() {
        var generator = new TimeOrderedIdGenerator(Clock.fixed(T0, ZoneOffset.UTC), new Random(4));

        assertThat(generator.newTextId())
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    static int compareUnsigned(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    static final class SteppingClock extends Clock {
        long millis;

        SteppingClock(long millis) {
            this.millis = millis;
        }

        @Override
        public long millis() {
            return millis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
