package com.eesystem.curator.domain.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HybridLogicalClockTest {

    static final long BASE = Instant.parse("2026-11-25T09:00:00Z").toEpochMilli();

    @Test
    void aStoppedWallClockAdvancesTheCounter() {
        var clock = HybridLogicalClock.on(new HybridLogicalClockPropertiesTest.HandClock(BASE));

        assertThat(clock.now()).isEqualTo(new HlcTimestamp(BASE, 0));
        assertThat(clock.now()).isEqualTo(new HlcTimestamp(BASE, 1));
        assertThat(clock.now()).isEqualTo(new HlcTimestamp(BASE, 2));
    }

    @Test
    void aTimestampFromAFastClockIsAdoptedWithAHigherCounter() {
        var clock = HybridLogicalClock.on(new HybridLogicalClockPropertiesTest.HandClock(BASE));

        var merged = clock.receive(new HlcTimestamp(BASE + 60_000, 4));

        assertThat(merged).isEqualTo(new HlcTimestamp(BASE + 60_000, 5));
        assertThat(clock.now()).isEqualTo(new HlcTimestamp(BASE + 60_000, 6));
    }

    @Test
    void aTimestampFromASlowClockKeepsTheLocalTime() {
        var wall = new HybridLogicalClockPropertiesTest.HandClock(BASE);
        var clock = HybridLogicalClock.on(wall);

        assertThat(clock.receive(new HlcTimestamp(BASE - 60_000, 9))).isEqualTo(new HlcTimestamp(BASE, 0));
    }

    @Test
    void aBoundedClockRefusesTimestampsTooFarAheadAndStaysUnchanged() {
        var clock = HybridLogicalClock.bounded(
                new HybridLogicalClockPropertiesTest.HandClock(BASE), HlcTimestamp.ZERO, Duration.ofMinutes(5));
        clock.now();

        assertThatThrownBy(() -> clock.receive(
                        new HlcTimestamp(BASE + Duration.ofHours(2).toMillis(), 0)))
                .isInstanceOf(ClockDriftExceeded.class)
                .hasMessageContaining("is PT2H ahead of this desktop's clock")
                .hasMessageContaining("maximum drift PT5M");
        assertThat(clock.last()).isEqualTo(new HlcTimestamp(BASE, 0));
        assertThat(clock.receive(new HlcTimestamp(BASE + Duration.ofMinutes(4).toMillis(), 0))
                        .physicalMillis())
                .isEqualTo(BASE + Duration.ofMinutes(4).toMillis());
    }

    @Test
    void theTextFormIsFixedWidth() {
        assertThat(new HlcTimestamp(1_764_072_000_000L, 3).toText()).isEqualTo("000001764072000000-0000000003");
    }

    @Test
    void badTextIsRefusedNamingIt() {
        assertThatThrownBy(() -> HlcTimestamp.parse("1764072000000-3"))
                .hasMessage("hlc timestamp: \"1764072000000-3\" is not 18 digits, '-', 10 digits");
        assertThatThrownBy(() -> HlcTimestamp.parse("00000176407200000x-0000000003"))
                .hasMessageContaining("is not 18 digits");
    }

    @Test
    void negativeComponentsAreRefused() {
        assertThatThrownBy(() -> new HlcTimestamp(-1, 0)).hasMessageStartingWith("hlc physical time: -1");
        assertThatThrownBy(() -> new HlcTimestamp(0, -1)).hasMessage("hlc logical counter: -1 is negative");
    }
}
