package com.eesystem.curator.domain.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class HybridLogicalClockPropertiesTest {

    static final long BASE = Instant.parse("2026-11-25T09:00:00Z").toEpochMilli();

    /** A wall clock the test moves by hand, forwards or backwards. */
    static final class HandClock extends Clock {
        long millis;

        HandClock(long millis) {
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

    /** One step: the wall clock moves by {@code wallStep} ms, then a local event or a receive. */
    record Step(long wallStep, boolean receive, long remoteOffset, int remoteLogical) {}

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(
                        Arbitraries.longs().between(-5_000, 5_000),
                        Arbitraries.of(true, false),
                        Arbitraries.longs().between(-600_000, 600_000),
                        Arbitraries.integers().between(0, 50))
                .as(Step::new);
        return step.list().ofMaxSize(60);
    }

    @Property
    void readingsStrictlyIncreaseWhateverTheWallClockDoes(@ForAll("steps") List<Step> steps) {
        var wall = new HandClock(BASE);
        var clock = HybridLogicalClock.on(wall);
        HlcTimestamp previous = HlcTimestamp.ZERO;
        for (Step step : steps) {
            wall.millis += step.wallStep();
            HlcTimestamp next = step.receive()
                    ? clock.receive(new HlcTimestamp(BASE + step.remoteOffset(), step.remoteLogical()))
                    : clock.now();
            assertThat(next).isGreaterThan(previous);
            previous = next;
        }
    }

    @Property
    void aReadingAfterReceivingIsNeverBehindTheReceivedTimestamp(@ForAll("steps") List<Step> steps) {
        var wall = new HandClock(BASE);
        var clock = HybridLogicalClock.on(wall);
        for (Step step : steps) {
            wall.millis += step.wallStep();
            var remote = new HlcTimestamp(BASE + step.remoteOffset(), step.remoteLogical());
            HlcTimestamp merged = clock.receive(remote);
            assertThat(merged).isGreaterThan(remote);
            assertThat(clock.now()).isGreaterThan(merged);
        }
    }

    @Property
    void thePhysicalPartNeverFallsBehindTheWallClockNorPassesTheFastestClockSeen(@ForAll("steps") List<Step> steps) {
        var wall = new HandClock(BASE);
        var clock = HybridLogicalClock.on(wall);
        long fastest = Long.MIN_VALUE;
        for (Step step : steps) {
            wall.millis += step.wallStep();
            fastest = Math.max(fastest, wall.millis);
            HlcTimestamp reading;
            if (step.receive()) {
                long remotePhysical = BASE + step.remoteOffset();
                fastest = Math.max(fastest, remotePhysical);
                reading = clock.receive(new HlcTimestamp(remotePhysical, step.remoteLogical()));
            } else {
                reading = clock.now();
            }
            assertThat(reading.physicalMillis())
                    .isGreaterThanOrEqualTo(wall.millis)
                    .isLessThanOrEqualTo(fastest);
        }
    }

    /**
     * Two desktops with skewed wall clocks exchange every change they make. Causality holds: whatever
     * the skew, an edit made after seeing another desktop's edit orders after it.
     */
    @Property
    void causallyLaterEditsOrderLaterUnderClockSkew(
            @ForAll @LongRange(min = -3_600_000, max = 3_600_000) long skewMillis,
            @ForAll @IntRange(min = 1, max = 40) int rounds,
            @ForAll("wallSteps") List<Long> wallSteps) {
        var wallA = new HandClock(BASE);
        var wallB = new HandClock(BASE + skewMillis);
        var a = HybridLogicalClock.on(wallA);
        var b = HybridLogicalClock.on(wallB);
        List<HlcTimestamp> history = new ArrayList<>();
        HlcTimestamp lastSeen = HlcTimestamp.ZERO;
        for (int round = 0; round < rounds; round++) {
            long step = wallSteps.isEmpty() ? 1 : wallSteps.get(round % wallSteps.size());
            wallA.millis += step;
            wallB.millis += step;
            boolean onA = round % 2 == 0;
            var writer = onA ? a : b;
            writer.receive(lastSeen);
            HlcTimestamp edit = writer.now();
            history.add(edit);
            lastSeen = edit;
        }
        assertThat(history).isSortedAccordingTo(HlcTimestamp::compareTo).doesNotHaveDuplicates();
    }

    @Provide
    Arbitrary<List<Long>> wallSteps() {
        return Arbitraries.longs().between(0, 2_000).list().ofMaxSize(10);
    }

    @Property
    void resumingAfterARestartContinuesAboveTheLastIssuedReading(
            @ForAll @LongRange(min = -86_400_000, max = 0) long wallStepBack,
            @ForAll @IntRange(min = 0, max = 1000) int logical) {
        var last = new HlcTimestamp(BASE, logical);
        var clock = HybridLogicalClock.resumingFrom(new HandClock(BASE + wallStepBack), last);

        assertThat(clock.now()).isGreaterThan(last);
    }

    @Property
    void textFormSortsLikeTheTimestamps(
            @ForAll @LongRange(min = 0, max = 999_999_999_999_999L) long p1,
            @ForAll @IntRange(min = 0) int l1,
            @ForAll @LongRange(min = 0, max = 999_999_999_999_999L) long p2,
            @ForAll @IntRange(min = 0) int l2) {
        var first = new HlcTimestamp(p1, l1);
        var second = new HlcTimestamp(p2, l2);

        assertThat(Integer.signum(first.toText().compareTo(second.toText())))
                .isEqualTo(Integer.signum(first.compareTo(second)));
        assertThat(HlcTimestamp.parse(first.toText())).isEqualTo(first);
    }
}
