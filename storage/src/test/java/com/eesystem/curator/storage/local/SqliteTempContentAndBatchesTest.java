package com.eesystem.curator.storage.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.batch.BatchId;
import com.eesystem.curator.domain.batch.BatchOperation;
import com.eesystem.curator.domain.batch.BatchOperations;
import com.eesystem.curator.domain.batch.OperationType;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.generation.GeneratedContent;
import com.eesystem.curator.domain.generation.TempContent;
import com.eesystem.curator.domain.generation.TempContentId;
import com.eesystem.curator.domain.generation.TempContentStore;
import com.eesystem.curator.domain.platform.Platform;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteTempContentAndBatchesTest {

    @TempDir
    Path folder;

    LocalStoreFixture.MutableClock clock = LocalStoreFixture.clock();
    LocalStore store;
    TempContentStore temp;
    BatchOperations batches;

    @BeforeEach
    void open() {
        store = LocalStore.open(LocalStoreFixture.settings(folder), clock);
        temp = store.tempContent();
        batches = store.batchOperations();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private TempContent generated(String id, Duration life) {
        return new TempContent(
                TempContentId.of(id),
                ContentType.REEL,
                Platform.TIKTOK,
                new GeneratedContent("Caption about calm", "a sunrise", Map.of("model", "local")),
                List.of(URI.create("https://cdn.example.com/" + id + ".mp4")),
                Map.of("prompt", "calm mornings"),
                clock.instant().plus(life),
                clock.instant());
    }

    @Test
    void generatedContentIsKeptUntilItExpires() {
        TempContent content = generated("t1", Duration.ofHours(2));
        temp.put(content);

        assertThat(temp.find(TempContentId.of("t1"))).contains(content);
        assertThat(temp.recent(5)).containsExactly(content);
        clock.advance(Duration.ofHours(2));
        assertThat(temp.find(TempContentId.of("t1"))).isEmpty();
        assertThat(temp.removeExpired()).isOne();
    }

    @Test
    void removedContentIsGone() {
        temp.put(generated("t1", Duration.ofHours(2)));

        temp.remove(TempContentId.of("t1"));

        assertThat(temp.recent(5)).isEmpty();
    }

    @Test
    void aBatchSurvivesReopeningWithItsProgress() {
        BatchOperation batch = BatchOperation.pending(
                BatchId.of("b1"), OperationType.COMPLIANCE_CHECK, 10, Map.of("source", "cli"), clock.instant());
        batches.save(batch);
        clock.advance(Duration.ofMinutes(1));
        BatchOperation running = batch.start(clock.instant()).record(3, 1, clock.instant());
        batches.save(running);
        store.close();

        store = LocalStore.open(LocalStoreFixture.settings(folder), clock);

        assertThat(store.batchOperations().find(BatchId.of("b1"))).contains(running);
        assertThat(store.batchOperations().unfinished()).containsExactly(running);
        assertThat(store.batchOperations().recent(3)).containsExactly(running);
    }
}
