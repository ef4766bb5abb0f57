package com.eesystem.curator.domain.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BatchOperationTest {

    static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    static BatchOperation pending(int total) {
        return BatchOperation.pending(
                BatchId.of("b-1"), OperationType.COMPLIANCE_CHECK, total, Map.of("campaign", "winter"), T0);
    }

    @Test
    void aBatchRunsCountsEveryItemAndCompletes() {
        var batch = pending(3).start(T0).itemCompleted(T0).itemFailed(T0).itemCompleted(T0.plusSeconds(4));
        var done = batch.complete(Map.of("summary", "2 passed, 1 failed"), T0.plusSeconds(5));

        assertThat(done.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(done.completedItems()).isEqualTo(2);
        assertThat(done.failedItems()).isEqualTo(1);
        assertThat(done.completedAt()).contains(T0.plusSeconds(5));
        assertThat(done.results()).containsEntry("summary", "2 passed, 1 failed");
    }

    @Test
    void countingBeyondTheTotalIsRefused() {
        var full = pending(2).start(T0).record(1, 1, T0);

        assertThatThrownBy(() -> full.itemCompleted(T0))
                .isInstanceOf(BatchTransitionRefused.class)
                .hasMessage("batch b-1: cannot count items from running: 1 more items would exceed total_items 2"
                        + " (1 completed, 1 failed so far)");
    }

    @Test
    void completingWithItemsUncountedIsRefused() {
        var running = pending(5).start(T0).record(3, 0, T0);

        assertThatThrownBy(() -> running.complete(Map.of(), T0))
                .isInstanceOf(BatchTransitionRefused.class)
                .hasMessageContaining("2 of 5 items not yet counted");
    }

    @Test
    void failingKeepsTheReasonInResults() {
        var failed = pending(5).start(T0).record(1, 0, T0).fail("publisher token expired", T0.plusSeconds(1));

        assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.results()).containsEntry(BatchOperation.ERROR_RESULT, "publisher token expired");
        assertThat(failed.completedItems()).isEqualTo(1);
        assertThat(failed.completedAt()).contains(T0.plusSeconds(1));
    }

    @Test
    void anEmptyBatchCanComplete() {
        assertThat(pending(0).start(T0).complete(Map.of(), T0).status()).isEqualTo(BatchStatus.COMPLETED);
    }

    static BatchOperation in(BatchStatus status) {
        return switch (status) {
            case PENDING -> pending(1);
            case RUNNING -> pending(1).start(T0);
            case COMPLETED -> pending(1).start(T0).itemCompleted(T0).complete(Map.of(), T0);
            case FAILED -> pending(1).fail("stopped", T0);
        };
    }

    enum Move {
        START(Set.of(BatchStatus.PENDING)),
        COUNT_ITEM(Set.of(BatchStatus.RUNNING)),
        COMPLETE(Set.of(BatchStatus.RUNNING)),
        FAIL(Set.of(BatchStatus.PENDING, BatchStatus.RUNNING));

        final Set<BatchStatus> allowedFrom;

        Move(Set<BatchStatus> allowedFrom) {
            this.allowedFrom = allowedFrom;
        }

        BatchOperation apply(BatchOperation batch) {
            return switch (this) {
                case START -> batch.start(T0);
                case COUNT_ITEM -> batch.itemFailed(T0);
                // a running batch of one item needs it counted before completing
                case COMPLETE ->
                    (batch.status() == BatchStatus.RUNNING ? batch.itemCompleted(T0) : batch).complete(Map.of(), T0);
                case FAIL -> batch.fail("stopped", T0);
            };
        }
    }

    static Stream<Arguments> everyMoveFromEveryStatus() {
        return Arrays.stream(Move.values())
                .flatMap(move -> Arrays.stream(BatchStatus.values()).map(status -> Arguments.of(move, status)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyMoveFromEveryStatus")
    void eachMoveIsAllowedExactlyFromItsSourceStatuses(Move move, BatchStatus from) {
        var batch = in(from);
        if (move.allowedFrom.contains(from)) {
            var next = move.apply(batch);
            assertThat(next.status() == from || BatchOperation.allows(from, next.status()))
                    .isTrue();
        } else {
            assertThatThrownBy(() -> move.apply(batch))
                    .isInstanceOf(BatchTransitionRefused.class)
                    .hasMessageContaining("from " + from.storedValue())
                    .satisfies(
                            e -> assertThat(((BatchTransitionRefused) e).from()).isEqualTo(from));
        }
    }

    static Stream<Arguments> transitionTable() {
        Set<String> allowed = Set.of("PENDING>RUNNING", "PENDING>FAILED", "RUNNING>COMPLETED", "RUNNING>FAILED");
        return EnumSet.allOf(BatchStatus.class).stream()
                .flatMap(from -> EnumSet.allOf(BatchStatus.class).stream()
                        .map(to -> Arguments.of(from, to, allowed.contains(from + ">" + to))));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("transitionTable")
    void theTransitionTableMatchesTheSpec(BatchStatus from, BatchStatus to, boolean allowed) {
        assertThat(BatchOperation.allows(from, to)).isEqualTo(allowed);
    }

    static BatchOperation row(BatchStatus status, int total, int completed, int failed, Optional<Instant> completedAt) {
        return new BatchOperation(
                BatchId.of("b-9"),
                OperationType.PUBLICATION,
                total,
                completed,
                failed,
                status,
                Map.of(),
                Map.of(),
                T0,
                T0,
                completedAt);
    }

    @Test
    void countsAboveTheTotalAreRefusedNamingTheColumns() {
        assertThatThrownBy(() -> row(BatchStatus.RUNNING, 3, 2, 2, Optional.empty()))
                .hasMessage("batch_operations.completed_items + failed_items: 2 + 2 exceeds total_items 3"
                        + " (batch b-9, status running)");
    }

    @Test
    void negativeCountsAreRefused() {
        assertThatThrownBy(() -> row(BatchStatus.RUNNING, -1, 0, 0, Optional.empty()))
                .hasMessageStartingWith("batch_operations.total_items: -1 is negative");
        assertThatThrownBy(() -> row(BatchStatus.RUNNING, 1, -1, 0, Optional.empty()))
                .hasMessageStartingWith("batch_operations.completed_items: -1 is negative");
        assertThatThrownBy(() -> row(BatchStatus.RUNNING, 1, 0, -1, Optional.empty()))
                .hasMessageStartingWith("batch_operations.failed_items: -1 is negative");
    }

    @Test
    void aCompletedBatchMustHaveCountedEveryItem() {
        assertThatThrownBy(() -> row(BatchStatus.COMPLETED, 3, 1, 1, Optional.of(T0)))
                .hasMessageStartingWith("batch_operations.completed_items + failed_items: 2 of 3 on a completed batch");
    }

    @Test
    void aFinishedBatchNeedsCompletedAtAndAnUnfinishedOneMustNotHaveIt() {
        assertThatThrownBy(() -> row(BatchStatus.FAILED, 3, 1, 1, Optional.empty()))
                .hasMessageStartingWith("batch_operations.completed_at: missing on a finished batch");
        assertThatThrownBy(() -> row(BatchStatus.RUNNING, 3, 1, 1, Optional.of(T0)))
                .hasMessageStartingWith("batch_operations.completed_at: set although the batch has not finished");
    }

    @Test
    void aPendingBatchHasNoCountedItems() {
        assertThatThrownBy(() -> row(BatchStatus.PENDING, 3, 1, 0, Optional.empty()))
                .hasMessageContaining("items counted before the batch started");
    }
}
