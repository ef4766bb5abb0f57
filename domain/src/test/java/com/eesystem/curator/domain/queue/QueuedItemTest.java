package com.eesystem.curator.domain.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QueuedItemTest {

    static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final ConsumerId WORKER = ConsumerId.of("desk-a/worker-1");
    static final ConsumerId OTHER = ConsumerId.of("desk-b/worker-1");

    static QueuedItem<String> item(int maxAttempts) {
        return QueuedItem.waiting(WorkItemId.of("i-1"), "publish c-1", maxAttempts);
    }

    @Test
    void aClaimCountsAnAttemptAndCarriesItsDeadline() {
        var claimed = item(3).claim(WORKER, "r1", T0, TIMEOUT);
        var claim = claimed.toClaim();

        assertThat(claim.attempt()).isEqualTo(1);
        assertThat(claim.deadline()).isEqualTo(T0.plus(TIMEOUT));
        assertThat(claim.consumer()).isEqualTo(WORKER);
        assertThat(claimed.ack("r1")).isEqualTo(Settlement.SETTLED);
    }

    @Test
    void anExpiredClaimIsRedeliveredAndTheOldReceiptIsLost() {
        var claimed = item(3).claim(WORKER, "r1", T0, TIMEOUT);

        assertThat(claimed.expireAt(T0.plus(TIMEOUT).minusMillis(1))).isSameAs(claimed);
        var again = claimed.expireAt(T0.plus(TIMEOUT));
        assertThat(again.state()).isEqualTo(QueuedItem.State.WAITING);
        assertThat(again.lastError()).hasValueSatisfying(e -> assertThat(e).contains("visibility timeout expired"));
        var reclaimed = again.claim(OTHER, "r2", T0.plus(TIMEOUT), TIMEOUT);
        assertThat(reclaimed.toClaim().attempt()).isEqualTo(2);
        assertThat(reclaimed.ack("r1")).isEqualTo(Settlement.CLAIM_LOST);
        assertThat(reclaimed.ack("r2")).isEqualTo(Settlement.SETTLED);
    }

    @Test
    void aClaimPastItsDeadlineStillSettlesUntilTheItemIsRedelivered() {
        var claimed = item(3).claim(WORKER, "r1", T0, TIMEOUT);

        assertThat(claimed.ack("r1")).isEqualTo(Settlement.SETTLED);
    }

    @Test
    void failuresRetryUntilTheLastAttemptThenDeadLetter() {
        var item = item(2);
        var first = item.claim(WORKER, "r1", T0, TIMEOUT).fail("r1", "platform 503");
        assertThat(first.outcome()).isEqualTo(new FailOutcome.WillRetry(1, 2));

        var second = first.next().claim(WORKER, "r2", T0, TIMEOUT).fail("r2", "platform 503 again");

        assertThat(second.outcome()).isEqualTo(new FailOutcome.DeadLettered(2, "platform 503 again"));
        assertThat(second.next().state()).isEqualTo(QueuedItem.State.DEAD);
        assertThat(second.next().toDeadLetter(T0).lastError()).isEqualTo("platform 503 again");
    }

    @Test
    void failingWithALostClaimChangesNothing() {
        var claimed = item(3).claim(WORKER, "r1", T0, TIMEOUT);

        var failure = claimed.fail("stale", "boom");

        assertThat(failure.outcome()).isEqualTo(new FailOutcome.ClaimLost());
        assertThat(failure.next()).isSameAs(claimed);
    }

    @Test
    void releaseGivesTheAttemptBack() {
        var released = item(1).claim(WORKER, "r1", T0, TIMEOUT).release("r1").orElseThrow();

        assertThat(released.state()).isEqualTo(QueuedItem.State.WAITING);
        assertThat(released.attempts()).isZero();
        assertThat(item(1).claim(WORKER, "r1", T0, TIMEOUT).release("other")).isEmpty();
    }

    @Test
    void extendingMovesTheDeadline() {
        var claimed = item(3).claim(WORKER, "r1", T0, TIMEOUT);

        var extended = claimed.extend("r1", T0.plusSeconds(20), TIMEOUT).orElseThrow();

        assertThat(extended.expireAt(T0.plus(TIMEOUT))).isSameAs(extended);
        assertThat(extended.deadline()).contains(T0.plusSeconds(50));
    }

    @Test
    void aDeadItemCanBeRedrivenWithFreshAttempts() {
        var dead = item(1).claim(WORKER, "r1", T0, TIMEOUT)
                .fail("r1", "bad payload")
                .next();

        var redriven = dead.redrive();

        assertThat(redriven.state()).isEqualTo(QueuedItem.State.WAITING);
        assertThat(redriven.attempts()).isZero();
    }

    @Test
    void onlyAWaitingItemCanBeClaimed() {
        var claimed = item(3).claim(WORKER, "r1", T0, TIMEOUT);

        assertThatThrownBy(() -> claimed.claim(OTHER, "r2", T0, TIMEOUT))
                .isInstanceOf(QueuedItemTransitionRefused.class)
                .hasMessage("item i-1: cannot claim from IN_FLIGHT: only a waiting item can be claimed");
        assertThatThrownBy(() -> item(3).redrive()).hasMessageContaining("only a dead item can be redriven");
    }

    static QueuedItem<String> in(QueuedItem.State state) {
        return switch (state) {
            case WAITING -> item(2);
            case IN_FLIGHT -> item(2).claim(WORKER, "held", T0, TIMEOUT);
            case DEAD ->
                item(1).claim(WORKER, "held", T0, TIMEOUT).fail("held", "bad").next();
        };
    }

    enum Move {
        CLAIM,
        ACK,
        RELEASE,
        EXTEND,
        FAIL,
        EXPIRE,
        REDRIVE
    }

    static Stream<Arguments> everyMoveFromEveryState() {
        return Arrays.stream(Move.values())
                .flatMap(move -> Arrays.stream(QueuedItem.State.values()).map(state -> Arguments.of(move, state)));
    }

    /** The table of the class comment: what each move does from each state. */
    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyMoveFromEveryState")
    void eachMoveFollowsTheLifecycleTable(Move move, QueuedItem.State from) {
        var item = in(from);
        Instant late = T0.plus(TIMEOUT);
        switch (move) {
            case CLAIM -> {
                if (from == QueuedItem.State.WAITING) {
                    assertThat(item.claim(OTHER, "new", T0, TIMEOUT).state()).isEqualTo(QueuedItem.State.IN_FLIGHT);
                } else {
                    assertThatThrownBy(() -> item.claim(OTHER, "new", T0, TIMEOUT))
                            .isInstanceOf(QueuedItemTransitionRefused.class);
                }
            }
            case ACK ->
                assertThat(item.ack("held"))
                        .isEqualTo(from == QueuedItem.State.IN_FLIGHT ? Settlement.SETTLED : Settlement.CLAIM_LOST);
            case RELEASE ->
                assertThat(item.release("held").map(QueuedItem::state))
                        .isEqualTo(
                                from == QueuedItem.State.IN_FLIGHT
                                        ? Optional.of(QueuedItem.State.WAITING)
                                        : Optional.empty());
            case EXTEND ->
                assertThat(item.extend("held", T0, TIMEOUT).isPresent()).isEqualTo(from == QueuedItem.State.IN_FLIGHT);
            case FAIL ->
                assertThat(item.fail("held", "x").outcome() instanceof FailOutcome.ClaimLost)
                        .isEqualTo(from != QueuedItem.State.IN_FLIGHT);
            case EXPIRE ->
                assertThat(item.expireAt(late).state())
                        .isEqualTo(from == QueuedItem.State.IN_FLIGHT ? QueuedItem.State.WAITING : from);
            case REDRIVE -> {
                if (from == QueuedItem.State.DEAD) {
                    assertThat(item.redrive().state()).isEqualTo(QueuedItem.State.WAITING);
                } else {
                    assertThatThrownBy(item::redrive).isInstanceOf(QueuedItemTransitionRefused.class);
                }
            }
        }
    }
}
