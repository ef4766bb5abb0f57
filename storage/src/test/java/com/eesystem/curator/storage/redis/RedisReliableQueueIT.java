package com.eesystem.curator.storage.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.storage.redis.ReliableQueue.Failed;
import com.eesystem.curator.storage.redis.ReliableQueue.Lease;
import com.eesystem.curator.storage.redis.ReliableQueue.Ordering;
import com.eesystem.curator.storage.redis.ReliableQueue.Settled;
import com.eesystem.curator.testsupport.RedisServer;
import com.eesystem.curator.testsupport.RedisServerExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The queue mechanics, one behaviour at a time, against the harness's redis-server. */
@ExtendWith(RedisServerExtension.class)
class RedisReliableQueueIT {

    private static final Duration VISIBILITY = Duration.ofSeconds(30);
    private static final AtomicInteger QUEUES = new AtomicInteger();
    private static RedisLink link;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));

    @BeforeAll
    static void connect(RedisServer server) {
        link = RedisLink.open(RedisSettings.fromUrl(server.url()));
    }

    @AfterAll
    static void disconnect() {
        link.close();
    }

    @BeforeEach
    void clean(RedisServer server) {
        server.flushAll();
    }

    private ReliableQueue queue(Ordering ordering, int maxAttempts, Clock time) {
        return new ReliableQueue(
                link, "test_queue_" + QUEUES.incrementAndGet(), ordering, maxAttempts, Duration.ofHours(24), time);
    }

    private static List<String> drain(ReliableQueue queue) {
        List<String> ids = new ArrayList<>();
        for (Optional<Lease> lease = queue.claim("test", VISIBILITY);
                lease.isPresent();
                lease = queue.claim("test", VISIBILITY)) {
            ids.add(lease.get().id());
            assertThat(queue.ack(lease.get())).isEqualTo(Settled.SETTLED);
        }
        return ids;
    }

    @Test
    void lowerScoreComesFirstAndArrivalOrderWithinAScore() {
        ReliableQueue queue = queue(Ordering.SCORE_THEN_ARRIVAL, 3, clock);
        queue.enqueue("low-1", "{}", 9);
        queue.enqueue("high-1", "{}", 0);
        queue.enqueue("mid-1", "{}", 5);
        queue.enqueue("high-2", "{}", 0);
        queue.enqueue("low-2", "{}", 9);
        queue.enqueue("high-3", "{}", 0);

        assertThat(drain(queue)).containsExactly("high-1", "high-2", "high-3", "mid-1", "low-1", "low-2");
    }

    @Test
    void aTaskIsNotDeliveredBeforeItIsDueAndIsOnceDue() {
        ReliableQueue queue = queue(Ordering.DUE_TIME, 3, clock);
        Instant now = clock.instant();
        queue.enqueue("in-2-min", "{}", now.plusSeconds(120).toEpochMilli());
        queue.enqueue("in-1-min", "{}", now.plusSeconds(60).toEpochMilli());
        queue.enqueue("overdue", "{}", now.minusSeconds(5).toEpochMilli());

        assertThat(drain(queue)).containsExactly("overdue");
        clock.advance(Duration.ofSeconds(59).plusMillis(999));
        assertThat(queue.claim("test", VISIBILITY)).isEmpty();
        clock.advance(Duration.ofMillis(1));
        assertThat(drain(queue)).containsExactly("in-1-min");
        clock.advance(Duration.ofSeconds(3600));
        assertThat(drain(queue)).containsExactly("in-2-min");
    }

    @Test
    void anUnacknowledgedTaskComesBackAfterTheVisibilityTimeoutWithItsAttemptCounted() {
        ReliableQueue queue = queue(Ordering.SCORE_THEN_ARRIVAL, 3, clock);
        queue.enqueue("task", "{\"n\":1}", 1);
        queue.enqueue("later", "{}", 2);

        Lease first = queue.claim("test", VISIBILITY).orElseThrow();
        assertThat(first.attempt()).isEqualTo(1);
        assertThat(first.payload()).isEqualTo("{\"n\":1}");
        // while the lease holds, the next consumer gets the next task, not this one
        Lease other = queue.claim("test", VISIBILITY).orElseThrow();
        assertThat(other.id()).isEqualTo("later");
        assertThat(queue.claim("test", VISIBILITY)).isEmpty();

        clock.advance(VISIBILITY.plusMillis(1));
        Lease second = queue.claim("test", VISIBILITY).orElseThrow();
        assertThat(second.id()).isEqualTo("task");
        assertThat(second.attempt()).isEqualTo(2);
        assertThat(queue.ack(second)).isEqualTo(Settled.SETTLED);
        // the consumer that stalled comes back: its work was already done by the second one
        assertThat(queue.ack(first)).isEqualTo(Settled.CLAIM_LOST);
    }

    @Test
    void aStalledConsumerLosesItsLeaseOnceTheTaskWasRedelivered() {
        ReliableQueue queue = queue(Ordering.SCORE_THEN_ARRIVAL, 3, clock);
        queue.enqueue("task", "{}", 1);
        Lease stalled = queue.claim("test", VISIBILITY).orElseThrow();
        clock.advance(VISIBILITY.plusSeconds(1));
        Lease current = queue.claim("test", VISIBILITY).orElseThrow();

        assertThat(queue.ack(stalled)).isEqualTo(Settled.CLAIM_LOST);
        assertThat(queue.extend(stalled, VISIBILITY)).isEmpty();
        assertThat(queue.fail(stalled, "late").kind()).isEqualTo(Failed.Kind.CLAIM_LOST);
        assertThat(queue.release(stalled)).isEqualTo(Settled.CLAIM_LOST);
        assertThat(queue.ack(current)).isEqualTo(Settled.SETTLED);
    }

    @Test
    void extendingALeaseKeepsTheTaskFromOtherConsumers() {
        ReliableQueue queue = queue(Ordering.SCORE_THEN_ARRIVAL, 3, clock);
        queue.enqueue("long-task", "{}", 1);
        Lease lease = queue.claim("test", VISIBILITY).orElseThrow();
        clock.advance(VISIBILITY.minusSeconds(1));
        assertThat(queue.extend(lease, VISIBILITY))
                .hasValueSatisfying(longer ->
                        assertThat(longer.deadline()).isEqualTo(clock.instant().plus(VISIBILITY)));
        clock.advance(Duration.ofSeconds(2));

        assertThat(queue.claim("test", VISIBILITY)).isEmpty();
        assertThat(queue.ack(lease)).isEqualTo(Settled.SETTLED);
    }

    @Test
    void aTaskGoesToTheDeadLettersAfterItsLastAttempt() {
        ReliableQueue queue = queue(Ordering.SCORE_THEN_ARRIVAL, 2, clock);
        queue.enqueue("poison", "{\"bad\":true}", 1);

        Lease first = queue.claim("test", VISIBILITY).orElseThrow();
        assertThat(queue.fail(first, "model timed out")).isEqualTo(new Failed(Failed.Kind.WILL_RETRY, 1));
        Lease second = queue.claim("test", VISIBILITY).orElseThrow();
        assertThat(second.attempt()).isEqualTo(2);
        assertThat(queue.fail(second, "model timed out again")).isEqualTo(new Failed(Failed.Kind.DEAD_LETTERED, 2));

        assertThat(queue.claim("test", VISIBILITY)).isEmpty();
        assertThat(queue.deadLetters()).singleElement().satisfies(letter -> {
            assertThat(letter.id()).isEqualTo("poison");
            assertThat(letter.payload()).isEqualTo("{\"bad\":true}");
            assertThat(letter.attempts()).isEqualTo(2);
            assertThat(letter.reason()).isEqualTo("model timed out again");
            assertThat(letter.at()).isEqualTo(clock.instant());
        });
    }

    @Test
    void aConsumerThatDiesOnTheLastAttemptDeadLettersTheTask() {
        ReliableQueue queue = queue(Ordering.SCORE_THEN_ARRIVAL, 1, clock);
        queue.enqueue("once", "{}", 1);
        queue.claim("test", VISIBILITY).orElseThrow();
        clock.advance(VISIBILITY.plusMillis(1));

        assertThat(queue.claim("test", VISIBILITY)).isEmpty();
        assertThat(queue.deadLetters())
                .singleElement()
                .satisfies(letter -> assertThat(letter.reason()).contains("claim expired on the last attempt"));
        assertThat(queue.depth()).isEqualTo(new ReliableQueue.Depth(0, 0, 1));
    }

    @Test
    void deadLetteringByTheConsumerSkipsTheRemainingAttempts() {
        ReliableQueue queue = queue(Ordering.SCORE_THEN_ARRIVAL, 5, clock);
        queue.enqueue("unreadable", "not json", 1);
        Lease lease = queue.claim("test", VISIBILITY).orElseThrow();

        assertThat(queue.deadLetter(lease, "payload is not JSON").kind()).isEqualTo(Failed.Kind.DEAD_LETTERED);
        assertThat(queue.deadLetters())
                .extracting(ReliableQueue.DeadLetter::attempts)
                .containsExactly(1);
    }

    @Test
    void theSameIdIsNotEnqueuedTwiceWhileWaitingInFlightOrRecentlyDone() {
        ReliableQueue queue = queue(Ordering.SCORE_THEN_ARRIVAL, 3, clock);
        assertThat(queue.enqueue("idem", "{}", 1)).isTrue();
        assertThat(queue.enqueue("idem", "{}", 1)).isFalse();
        Lease lease = queue.claim("test", VISIBILITY).orElseThrow();
        assertThat(queue.enqueue("idem", "{}", 1)).isFalse();
        queue.ack(lease);
        assertThat(queue.enqueue("idem", "{}", 1)).isFalse();
        assertThat(queue.depth().waiting()).isZero();
    }

    @Test
    void aReleasedTaskKeepsItsPlaceInTheOrder() {
        ReliableQueue queue = queue(Ordering.SCORE_THEN_ARRIVAL, 3, clock);
        queue.enqueue("first", "{}", 1);
        queue.enqueue("second", "{}", 1);
        Lease lease = queue.claim("test", VISIBILITY).orElseThrow();
        queue.fail(lease, "retry");

        assertThat(drain(queue)).containsExactly("first", "second");
    }

    @Test
    void batchEnqueueReportsDuplicatesPerItem() {
        ReliableQueue queue = queue(Ordering.SCORE_THEN_ARRIVAL, 3, clock);
        queue.enqueue("b", "{}", 1);
        List<Boolean> added = queue.enqueueAll(List.of(
                new ReliableQueue.Item("a", "{}", 2),
                new ReliableQueue.Item("b", "{}", 2),
                new ReliableQueue.Item("c", "{}", 0)));

        assertThat(added).containsExactly(true, false, true);
        assertThat(drain(queue)).containsExactly("c", "b", "a");
    }

    @Test
    void aBatchLargerThanOneScriptChunkKeepsItsOrderAndRefusesDuplicates() {
        ReliableQueue queue = queue(Ordering.SCORE_THEN_ARRIVAL, 3, clock);
        queue.enqueue("item-300", "{}", 1);
        List<ReliableQueue.Item> items = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            items.add(new ReliableQueue.Item("item-" + i, "{\"i\":" + i + "}", 1));
        }

        List<Boolean> added = queue.enqueueAll(items);

        assertThat(added).hasSize(600);
        assertThat(added.get(300)).isFalse();
        assertThat(added.stream().filter(flag -> flag)).hasSize(599);
        List<String> drained = drain(queue);
        assertThat(drained.get(0)).isEqualTo("item-300");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            if (i != 300) {
                expected.add("item-" + i);
            }
        }
        assertThat(drained.subList(1, drained.size())).isEqualTo(expected);
    }

    @Test
    void aDeadLetteredIdIsRefusedUntilRedrivenThenComesBackAtItsPlaceWithFreshAttempts() {
        ReliableQueue queue = queue(Ordering.SCORE_THEN_ARRIVAL, 1, clock);
        queue.enqueue("first", "{}", 1);
        queue.enqueue("second", "{}", 1);
        Lease lease = queue.claim("test", VISIBILITY).orElseThrow();
        queue.fail(lease, "broken");
        assertThat(queue.enqueue("first", "{}", 1)).isFalse();
        assertThat(queue.redrive("unknown")).isFalse();

        assertThat(queue.redrive("first")).isTrue();
        assertThat(queue.deadLetters()).isEmpty();
        Lease again = queue.claim("test", VISIBILITY).orElseThrow();
        assertThat(again.id()).isEqualTo("first");
        assertThat(again.attempt()).isEqualTo(1);
    }

    @Test
    void releasingGivesTheItemBackWithoutUsingAnAttempt() {
        ReliableQueue queue = queue(Ordering.SCORE_THEN_ARRIVAL, 1, clock);
        queue.enqueue("only", "{}", 1);
        Lease lease = queue.claim("shutting-down", VISIBILITY).orElseThrow();
        assertThat(lease.receipt()).startsWith("shutting-down/");
        assertThat(queue.release(lease)).isEqualTo(Settled.SETTLED);

        Lease again = queue.claim("test", VISIBILITY).orElseThrow();
        assertThat(again.attempt()).isEqualTo(1);
        assertThat(queue.ack(again)).isEqualTo(Settled.SETTLED);
    }

    @Test
    void equalDueTimesAreServedInArrivalOrder() {
        ReliableQueue queue = queue(Ordering.DUE_TIME, 3, clock);
        long nine = clock.instant().toEpochMilli();
        queue.enqueue("zz-first", "{}", nine);
        queue.enqueue("aa-second", "{}", nine);
        queue.enqueue("mm-third", "{}", nine);

        assertThat(drain(queue)).containsExactly("zz-first", "aa-second", "mm-third");
    }
}
