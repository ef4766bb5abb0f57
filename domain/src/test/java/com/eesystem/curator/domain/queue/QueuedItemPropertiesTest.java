package com.eesystem.curator.domain.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Several consumers working a handful of items with random acks, releases, failures, crashes (no
 * settle; the claim expires) and clock jumps. Whatever happens: no item is lost or duplicated, an
 * acknowledged item never comes back, attempts stay within the maximum, and an item is dead only
 * after its last attempt.
 */
class QueuedItemPropertiesTest {

    static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    enum Action {
        CLAIM,
        ACK,
        RELEASE,
        FAIL,
        CRASH,
        TICK,
        STALE_ACK,
        REDRIVE
    }

    record Step(Action action, int consumer, int item) {}

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(
                        Arbitraries.of(Action.class),
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 3))
                .as(Step::new)
                .list()
                .ofMaxSize(80);
    }

    @Property
    void itemsAreNeverLostNorDuplicated(
            @ForAll("steps") List<Step> steps, @ForAll @IntRange(min = 1, max = 4) int maxAttempts) {
        Map<WorkItemId, QueuedItem<String>> queue = new HashMap<>();
        for (int i = 0; i < 4; i++) {
            var id = WorkItemId.of("i-" + i);
            queue.put(id, QueuedItem.waiting(id, "payload " + i, maxAttempts));
        }
        Set<WorkItemId> acked = new HashSet<>();
        Map<Integer, Claim<String>> held = new HashMap<>();
        List<String> staleReceipts = new ArrayList<>();
        Instant now = T0;
        int receipts = 0;
        for (Step step : steps) {
            Claim<String> claim = held.get(step.consumer());
            switch (step.action()) {
                case CLAIM -> {
                    // what an adapter's claim does: sweep expired claims, then take a waiting item
                    final Instant at = now;
                    queue.replaceAll((id, item) -> item.expireAt(at));
                    Optional<QueuedItem<String>> next = queue.values().stream()
                            .filter(item -> item.state() == QueuedItem.State.WAITING)
                            .findFirst();
                    if (next.isPresent() && claim == null) {
                        var claimed =
                                next.get().claim(ConsumerId.of("c" + step.consumer()), "r" + receipts++, now, TIMEOUT);
                        queue.put(claimed.id(), claimed);
                        held.put(step.consumer(), claimed.toClaim());
                        assertThat(claimed.attempts()).isLessThanOrEqualTo(maxAttempts);
                    }
                }
                case ACK -> {
                    if (claim != null) {
                        var item = queue.get(claim.itemId());
                        if (item != null && item.ack(claim.receipt()) == Settlement.SETTLED) {
                            queue.remove(claim.itemId());
                            assertThat(acked.add(claim.itemId())).isTrue();
                        }
                        held.remove(step.consumer());
                        staleReceipts.add(claim.receipt());
                    }
                }
                case RELEASE -> {
                    if (claim != null) {
                        var item = queue.get(claim.itemId());
                        if (item != null) {
                            item.release(claim.receipt()).ifPresent(back -> queue.put(back.id(), back));
                        }
                        held.remove(step.consumer());
                        staleReceipts.add(claim.receipt());
                    }
                }
                case FAIL -> {
                    if (claim != null) {
                        var item = queue.get(claim.itemId());
                        if (item != null) {
                            var failure = item.fail(claim.receipt(), "boom");
                            queue.put(failure.next().id(), failure.next());
                            if (failure.outcome() instanceof FailOutcome.DeadLettered dead) {
                                assertThat(dead.attemptsMade()).isEqualTo(maxAttempts);
                            }
                        }
                        held.remove(step.consumer());
                        staleReceipts.add(claim.receipt());
                    }
                }
                case CRASH -> held.remove(step.consumer());
                case TICK ->
                    now = now.plus(TIMEOUT.multipliedBy(step.item() + 1).dividedBy(2));
                case STALE_ACK -> {
                    // a settled or abandoned receipt never settles anything again
                    for (String receipt : staleReceipts) {
                        for (var item : queue.values()) {
                            assertThat(item.ack(receipt)).isEqualTo(Settlement.CLAIM_LOST);
                        }
                    }
                }
                case REDRIVE -> {
                    var id = WorkItemId.of("i-" + step.item());
                    var item = queue.get(id);
                    if (item != null && item.state() == QueuedItem.State.DEAD) {
                        queue.put(id, item.redrive());
                    }
                }
            }
            assertThat(queue.size() + acked.size()).isEqualTo(4);
            acked.forEach(id -> assertThat(queue).doesNotContainKey(id));
            for (var item : queue.values()) {
                assertThat(item.attempts()).isBetween(0, maxAttempts);
                if (item.state() == QueuedItem.State.DEAD) {
                    assertThat(item.attempts()).isEqualTo(maxAttempts);
                }
            }
        }
    }
}
