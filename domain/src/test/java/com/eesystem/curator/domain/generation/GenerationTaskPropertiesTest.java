package com.eesystem.curator.domain.generation;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.platform.Platform;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Random move sequences against the generation task lifecycle. */
class GenerationTaskPropertiesTest {

    static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
    static final GenerationRequest REQUEST = GenerationRequest.of(ContentType.QUOTE, Platform.TWITTER, "Stillness");

    enum Move {
        START,
        COMPLETE,
        FAIL,
        FAIL_PERMANENTLY
    }

    @Provide
    Arbitrary<List<Move>> moves() {
        return Arbitraries.of(Move.class).list().ofMaxSize(50);
    }

    static GenerationTask apply(GenerationTask task, Move move, Instant now) {
        return switch (move) {
            case START -> task.start(now);
            case COMPLETE -> task.complete(GeneratedContent.of("Be still.", ""), now);
            case FAIL -> task.fail("attempt failed", now);
            case FAIL_PERMANENTLY -> task.failPermanently("refused", now);
        };
    }

    @Property
    void attemptsAreCountedPerStartAndNeverExceedMaxAttempts(
            @ForAll @IntRange(min = 1, max = 6) int maxAttempts, @ForAll("moves") List<Move> moves) {
        var task =
                GenerationTask.enqueued(GenerationTaskId.of(1), REQUEST, GenerationPriority.DEFAULT, maxAttempts, T0);
        int starts = 0;
        long tick = 0;
        for (Move move : moves) {
            GenerationTask before = task;
            try {
                task = apply(task, move, T0.plusSeconds(++tick));
                assertThat(GenerationTask.allows(before.status(), task.status()))
                        .isTrue();
                if (move == Move.START) {
                    starts++;
                }
            } catch (GenerationTaskTransitionRefused refused) {
                assertThat(refused.from()).isEqualTo(before.status());
                assertThat(task).isSameAs(before);
            }
            assertThat(task.attempts()).isEqualTo(starts).isLessThanOrEqualTo(maxAttempts);
            assertThat(task.updatedAt()).isAfterOrEqualTo(before.updatedAt());
        }
    }

    @Property
    void failingEveryAttemptEndsInFailedAfterExactlyMaxAttempts(@ForAll @IntRange(min = 1, max = 10) int maxAttempts) {
        var task =
                GenerationTask.enqueued(GenerationTaskId.of(1), REQUEST, GenerationPriority.DEFAULT, maxAttempts, T0);
        int starts = 0;
        while (task.status() == QueueStatus.PENDING) {
            task = task.start(T0).fail("timeout " + ++starts, T0);
        }

        assertThat(task.status()).isEqualTo(QueueStatus.FAILED);
        assertThat(starts).isEqualTo(maxAttempts);
        assertThat(task.errorMessage()).contains("timeout " + maxAttempts);
    }

    @Property
    void finishedTasksRefuseEveryMove(@ForAll("moves") List<Move> moves, @ForAll boolean complete) {
        var processing = GenerationTask.enqueued(GenerationTaskId.of(1), REQUEST, GenerationPriority.DEFAULT, 3, T0)
                .start(T0);
        var finished = complete
                ? processing.complete(GeneratedContent.of("Done.", ""), T0)
                : processing.failPermanently("no", T0);
        for (Move move : moves) {
            try {
                apply(finished, move, T0);
                throw new AssertionError(move + " was allowed on a " + finished.status() + " task");
            } catch (GenerationTaskTransitionRefused expected) {
                assertThat(expected.from()).isEqualTo(finished.status());
            }
        }
    }
}
