package com.eesystem.curator.domain.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Any sequence of moves, allowed or not, leaves a batch in a valid state with consistent counts. */
class BatchOperationPropertiesTest {

    static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    enum Move {
        START,
        SUCCEED,
        FAIL_ITEM,
        RECORD_MANY,
        COMPLETE,
        ABORT
    }

    @Provide
    Arbitrary<List<Move>> moves() {
        return Arbitraries.of(Move.class).list().ofMaxSize(40);
    }

    @Property
    void countsNeverExceedTheTotalAndRefusalsChangeNothing(
            @ForAll @IntRange(min = 0, max = 12) int total, @ForAll("moves") List<Move> moves) {
        var batch = BatchOperation.pending(BatchId.of("p"), OperationType.CONTENT_GENERATION, total, Map.of(), T0);
        int succeeded = 0;
        int failed = 0;
        long tick = 0;
        for (Move move : moves) {
            Instant now = T0.plusSeconds(++tick);
            BatchOperation before = batch;
            try {
                batch = switch (move) {
                    case START -> batch.start(now);
                    case SUCCEED -> batch.itemCompleted(now);
                    case FAIL_ITEM -> batch.itemFailed(now);
                    case RECORD_MANY -> batch.record(2, 1, now);
                    case COMPLETE -> batch.complete(Map.of(), now);
                    case ABORT -> batch.fail("aborted", now);
                };
                assertThat(batch.status() == before.status() || BatchOperation.allows(before.status(), batch.status()))
                        .isTrue();
                succeeded = batch.completedItems();
                failed = batch.failedItems();
            } catch (BatchTransitionRefused refused) {
                assertThat(refused.from()).isEqualTo(before.status());
                assertThat(batch).isSameAs(before);
            }
            assertThat(batch.completedItems() + batch.failedItems()).isLessThanOrEqualTo(total);
            assertThat(batch.completedItems()).isEqualTo(succeeded);
            assertThat(batch.failedItems()).isEqualTo(failed);
            assertThat(batch.completedAt().isPresent()).isEqualTo(batch.isFinished());
        }
        if (batch.status() == BatchStatus.COMPLETED) {
            assertThat(batch.remainingItems()).isZero();
        }
    }

    @Property
    void countsOnlyGrowWhileRunning(@ForAll("moves") List<Move> moves) {
        var batch = BatchOperation.pending(BatchId.of("p"), OperationType.PUBLICATION, 20, Map.of(), T0);
        for (Move move : moves) {
            BatchOperation before = batch;
            try {
                batch = switch (move) {
                    case START -> batch.start(T0);
                    case SUCCEED -> batch.itemCompleted(T0);
                    case FAIL_ITEM -> batch.itemFailed(T0);
                    case RECORD_MANY -> batch.record(2, 1, T0);
                    case COMPLETE -> batch.complete(Map.of(), T0);
                    case ABORT -> batch.fail("aborted", T0);
                };
            } catch (BatchTransitionRefused refused) {
                // a refused move leaves the batch as it was
            }
            assertThat(batch.completedItems()).isGreaterThanOrEqualTo(before.completedItems());
            assertThat(batch.failedItems()).isGreaterThanOrEqualTo(before.failedItems());
            if (before.isFinished()) {
                assertThat(batch).isEqualTo(before);
            }
        }
    }
}
