package com.eesystem.curator.domain.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.platform.Platform;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GenerationTaskTest {

    static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
    static final GenerationRequest REQUEST = GenerationRequest.of(ContentType.REEL, Platform.INSTAGRAM, "Calm evening");
    static final GeneratedContent RESULT = GeneratedContent.of("Wind down with us tonight.", "");

    static GenerationTask pending() {
        return GenerationTask.enqueued(GenerationTaskId.of(7), REQUEST, GenerationPriority.DEFAULT, 3, T0);
    }

    @Test
    void startingCountsAnAttempt() {
        var started = pending().start(T0.plusSeconds(1));

        assertThat(started.status()).isEqualTo(QueueStatus.PROCESSING);
        assertThat(started.attempts()).isEqualTo(1);
        assertThat(started.updatedAt()).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void completingStoresTheResultAndProcessedAt() {
        var done = pending().start(T0).complete(RESULT, T0.plusSeconds(5));

        assertThat(done.status()).isEqualTo(QueueStatus.COMPLETED);
        assertThat(done.result()).contains(RESULT);
        assertThat(done.processedAt()).contains(T0.plusSeconds(5));
        assertThat(done.errorMessage()).isEmpty();
    }

    @Test
    void aFailureWithAttemptsLeftGoesBackToPendingKeepingTheError() {
        var retried = pending().start(T0).fail("model timed out", T0.plusSeconds(2));

        assertThat(retried.status()).isEqualTo(QueueStatus.PENDING);
        assertThat(retried.attempts()).isEqualTo(1);
        assertThat(retried.attemptsLeft()).isEqualTo(2);
        assertThat(retried.errorMessage()).contains("model timed out");
        assertThat(retried.processedAt()).isEmpty();
    }

    @Test
    void theFailureThatUsesTheLastAttemptEndsInFailed() {
        var task = pending();
        for (int attempt = 1; attempt < 3; attempt++) {
            task = task.start(T0).fail("attempt " + attempt, T0);
        }
        var failed = task.start(T0).fail("model timed out again", T0.plusSeconds(9));

        assertThat(failed.status()).isEqualTo(QueueStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.errorMessage()).contains("model timed out again");
        assertThat(failed.processedAt()).contains(T0.plusSeconds(9));
    }

    @Test
    void aPermanentFailureEndsInFailedAtOnce() {
        var failed = pending().start(T0).failPermanently("prompt refused by the model", T0);

        assertThat(failed.status()).isEqualTo(QueueStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
    }

    @Test
    void aRetryThatCompletesClearsTheOldError() {
        var done = pending().start(T0).fail("timeout", T0).start(T0).complete(RESULT, T0);

        assertThat(done.errorMessage()).isEmpty();
        assertThat(done.attempts()).isEqualTo(2);
    }

    static GenerationTask in(QueueStatus status) {
        return switch (status) {
            case PENDING -> pending();
            case PROCESSING -> pending().start(T0);
            case COMPLETED -> pending().start(T0).complete(RESULT, T0);
            case FAILED -> pending().start(T0).failPermanently("boom", T0);
        };
    }

    enum Move {
        START(Set.of(QueueStatus.PENDING)),
        COMPLETE(Set.of(QueueStatus.PROCESSING)),
        FAIL(Set.of(QueueStatus.PROCESSING)),
        FAIL_PERMANENTLY(Set.of(QueueStatus.PROCESSING));

        final Set<QueueStatus> allowedFrom;

        Move(Set<QueueStatus> allowedFrom) {
            this.allowedFrom = allowedFrom;
        }

        GenerationTask apply(GenerationTask task) {
            return switch (this) {
                case START -> task.start(T0);
                case COMPLETE -> task.complete(RESULT, T0);
                case FAIL -> task.fail("error", T0);
                case FAIL_PERMANENTLY -> task.failPermanently("error", T0);
            };
        }
    }

    static Stream<Arguments> everyMoveFromEveryStatus() {
        return Arrays.stream(Move.values())
                .flatMap(move -> Arrays.stream(QueueStatus.values()).map(status -> Arguments.of(move, status)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyMoveFromEveryStatus")
    void eachMoveIsAllowedExactlyFromItsSourceStatus(Move move, QueueStatus from) {
        var task = in(from);
        if (move.allowedFrom.contains(from)) {
            var next = move.apply(task);
            assertThat(GenerationTask.allows(from, next.status())).isTrue();
        } else {
            assertThatThrownBy(() -> move.apply(task))
                    .isInstanceOf(GenerationTaskTransitionRefused.class)
                    .hasMessageContaining("generation task 7")
                    .hasMessageContaining("from " + from.storedValue())
                    .satisfies(e -> assertThat(((GenerationTaskTransitionRefused) e).from())
                            .isEqualTo(from));
        }
    }

    static Stream<Arguments> transitionTable() {
        Set<String> allowed =
                Set.of("PENDING>PROCESSING", "PROCESSING>PENDING", "PROCESSING>COMPLETED", "PROCESSING>FAILED");
        return EnumSet.allOf(QueueStatus.class).stream()
                .flatMap(from -> EnumSet.allOf(QueueStatus.class).stream()
                        .map(to -> Arguments.of(from, to, allowed.contains(from + ">" + to))));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("transitionTable")
    void theTransitionTableMatchesTheSpec(QueueStatus from, QueueStatus to, boolean allowed) {
        assertThat(GenerationTask.allows(from, to)).isEqualTo(allowed);
    }

    @Test
    void attemptsAboveMaxAttemptsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new GenerationTask(
                        GenerationTaskId.of(1),
                        REQUEST,
                        GenerationPriority.DEFAULT,
                        QueueStatus.PROCESSING,
                        4,
                        3,
                        Optional.empty(),
                        Optional.empty(),
                        T0,
                        T0,
                        Optional.empty()))
                .hasMessageStartingWith("generation_queue.attempts: 4 is outside 0..max_attempts 3");
    }

    @Test
    void aPendingTaskWithNoAttemptsLeftIsRefused() {
        assertThatThrownBy(() -> new GenerationTask(
                        GenerationTaskId.of(1),
                        REQUEST,
                        GenerationPriority.DEFAULT,
                        QueueStatus.PENDING,
                        3,
                        3,
                        Optional.of("x"),
                        Optional.empty(),
                        T0,
                        T0,
                        Optional.empty()))
                .hasMessageContaining("equals max_attempts on a pending task");
    }

    @Test
    void aCompletedTaskWithoutResultIsRefused() {
        assertThatThrownBy(() -> new GenerationTask(
                        GenerationTaskId.of(1),
                        REQUEST,
                        GenerationPriority.DEFAULT,
                        QueueStatus.COMPLETED,
                        1,
                        3,
                        Optional.empty(),
                        Optional.empty(),
                        T0,
                        T0,
                        Optional.of(T0)))
                .hasMessageStartingWith("generation_queue.result_data: missing on a completed task");
    }

    @Test
    void aFailedTaskWithoutErrorMessageIsRefused() {
        assertThatThrownBy(() -> new GenerationTask(
                        GenerationTaskId.of(1),
                        REQUEST,
                        GenerationPriority.DEFAULT,
                        QueueStatus.FAILED,
                        3,
                        3,
                        Optional.empty(),
                        Optional.empty(),
                        T0,
                        T0,
                        Optional.of(T0)))
                .hasMessageStartingWith("generation_queue.error_message: missing on a failed task");
    }

    @Test
    void anUnfinishedTaskWithProcessedAtIsRefused() {
        assertThatThrownBy(() -> new GenerationTask(
                        GenerationTaskId.of(1),
                        REQUEST,
                        GenerationPriority.DEFAULT,
                        QueueStatus.PENDING,
                        0,
                        3,
                        Optional.empty(),
                        Optional.empty(),
                        T0,
                        T0,
                        Optional.of(T0)))
                .hasMessageStartingWith("generation_queue.processed_at: set although the task has not finished");
    }

    @Test
    void maxAttemptsBelowOneIsRefused() {
        assertThatThrownBy(() ->
                        GenerationTask.enqueued(GenerationTaskId.of(1), REQUEST, GenerationPriority.DEFAULT, 0, T0))
                .hasMessageStartingWith("generation_queue.max_attempts: 0 is outside 1..100");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {-1, 0, 11, 100})
    void priorityOutsideOneToTenIsRefusedNamingTheValue(int value) {
        assertThatThrownBy(() -> GenerationPriority.of(value))
                .hasMessage("priority: " + value + " is outside 1..10 (higher is more urgent)");
    }

    @Test
    void higherPriorityIsMoreUrgent() {
        assertThat(GenerationPriority.of(9).isMoreUrgentThan(GenerationPriority.of(2)))
                .isTrue();
        assertThat(GenerationPriority.DEFAULT.value()).isEqualTo(5);
    }

    @Test
    void timestampsOfOneRowNeverRunBackwards() {
        var started = pending().start(T0.plusSeconds(60));
        var failed = started.fail("x", T0.plusSeconds(10));

        assertThat(failed.updatedAt()).isEqualTo(T0.plusSeconds(60));
    }
}
