package com.eesystem.curator.storage.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.generation.GeneratedContent;
import com.eesystem.curator.domain.generation.GenerationPriority;
import com.eesystem.curator.domain.generation.GenerationQueue;
import com.eesystem.curator.domain.generation.GenerationRequest;
import com.eesystem.curator.domain.generation.GenerationTask;
import com.eesystem.curator.domain.generation.GenerationTaskTransitionRefused;
import com.eesystem.curator.domain.generation.QueueStatus;
import com.eesystem.curator.domain.platform.Platform;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteGenerationQueueTest {

    @TempDir
    Path folder;

    LocalStoreFixture.MutableClock clock = LocalStoreFixture.clock();
    LocalStore store;
    GenerationQueue queue;

    @BeforeEach
    void open() {
        store = LocalStore.open(LocalStoreFixture.settings(folder), clock);
        queue = store.generationQueue();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private GenerationTask enqueue(String prompt, int priority) {
        clock.advance(Duration.ofSeconds(1));
        return queue.enqueue(
                GenerationRequest.of(ContentType.REEL, Platform.TIKTOK, prompt), new GenerationPriority(priority));
    }

    @Test
    void claimsTakeTheHighestPriorityThenTheOldest() {
        GenerationTask low = enqueue("low", 2);
        GenerationTask urgentOld = enqueue("urgent old", 9);
        GenerationTask urgentNew = enqueue("urgent new", 9);

        assertThat(queue.withStatus(QueueStatus.PENDING, 10))
                .extracting(GenerationTask::id)
                .containsExactly(urgentOld.id(), urgentNew.id(), low.id());
        assertThat(queue.claimNext()).hasValueSatisfying(task -> {
            assertThat(task.id()).isEqualTo(urgentOld.id());
            assertThat(task.status()).isEqualTo(QueueStatus.PROCESSING);
            assertThat(task.attempts()).isOne();
        });
        assertThat(queue.find(urgentOld.id()).orElseThrow().status()).isEqualTo(QueueStatus.PROCESSING);
    }

    @Test
    void aCompletedTaskKeepsItsResult() {
        GenerationTask task = enqueue("calm morning reel", 5);
        queue.claimNext();

        GenerationTask done = queue.complete(task.id(), GeneratedContent.of("Caption", "sunrise"));

        assertThat(queue.find(task.id())).contains(done);
        assertThat(done.result()).contains(GeneratedContent.of("Caption", "sunrise"));
        assertThatThrownBy(() -> queue.complete(task.id(), GeneratedContent.of("again", "x")))
                .isInstanceOf(GenerationTaskTransitionRefused.class);
    }

    @Test
    void failuresRetryUntilTheLastAttempt() {
        GenerationTask task = enqueue("flaky", 5);
        for (int attempt = 1; attempt <= GenerationTask.DEFAULT_MAX_ATTEMPTS; attempt++) {
            queue.claimNext().orElseThrow();
            queue.fail(task.id(), "model timed out (" + attempt + ")");
        }

        GenerationTask failed = queue.find(task.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(QueueStatus.FAILED);
        assertThat(failed.errorMessage()).contains("model timed out (3)");
        assertThat(queue.claimNext()).isEmpty();
    }

    @Test
    void stalledTasksAreRecoveredAndOldFinishedOnesRemoved() {
        GenerationTask stalled = enqueue("stalled", 5);
        queue.claimNext();
        clock.advance(Duration.ofHours(1));

        assertThat(queue.recoverStalled(clock.instant().minus(Duration.ofMinutes(10))))
                .isOne();
        assertThat(queue.find(stalled.id()).orElseThrow().status()).isEqualTo(QueueStatus.PENDING);
        queue.claimNext();
        queue.complete(stalled.id(), GeneratedContent.of("done", "x"));
        clock.advance(Duration.ofDays(2));
        assertThat(queue.removeFinishedBefore(clock.instant().minus(Duration.ofDays(1))))
                .isOne();
        assertThat(queue.find(stalled.id())).isEmpty();
    }

    @Test
    void concurrentClaimsNeverShareATask() throws Exception {
        for (int i = 0; i < 40; i++) {
            enqueue("task " + i, 1 + i % 10);
        }
        Set<Long> claimed = ConcurrentHashMap.newKeySet();
        ExecutorService workers = Executors.newFixedThreadPool(4);
        List<Future<Integer>> results = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            results.add(workers.submit(() -> {
                int mine = 0;
                for (Optional<GenerationTask> next = queue.claimNext(); next.isPresent(); next = queue.claimNext()) {
                    assertThat(claimed.add(next.get().id().value())).isTrue();
                    mine++;
                }
                return mine;
            }));
        }
        int total = 0;
        for (Future<Integer> result : results) {
            total += result.get();
        }
        workers.shutdown();

        assertThat(total).isEqualTo(40);
        assertThat(claimed).hasSize(40);
    }
}
