package com.eesystem.curator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.content.ContentQuery;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.paging.PageRequest;
import com.eesystem.curator.ui.review.ReviewQueueViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The review queue over the demo workspace in a real local store. */
class ReviewQueueViewModelTest {

    @TempDir
    Path dataDir;

    Workstation workstation;
    ReviewQueueViewModel queue;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        workstation = Workstation.open(new DataDirectory(dataDir), Clock.systemUTC(), "test-editor");
        queue = new ReviewQueueViewModel(
                workstation.editorServices().library(),
                workstation.editorServices().engine(),
                DraftEditorViewModelTest.SAME_THREAD);
    }

    @AfterEach
    void close() {
        workstation.close();
    }

    @Test
    void theQueueHoldsEveryItemInReviewLongestWaitingFirst() {
        workstation.seedDemoIfEmpty();
        long inReview = workstation
                .editorServices()
                .library()
                .count(ContentQuery.all().withStatuses(Set.of(ContentStatus.IN_REVIEW)));
        assertThat(inReview).isPositive();

        queue.refresh();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(queue.queueProperty()).hasSize((int) inReview);
        assertThat(queue.queueProperty()).allMatch(q -> q.item().status() == ContentStatus.IN_REVIEW);
        assertThat(queue.queueProperty()).extracting(q -> q.item().updatedAt()).isSorted();
        // submission refused the critical claims, so none waits with a critical finding
        assertThat(queue.queueProperty()).noneMatch(ReviewQueueViewModel.Queued::critical);
        assertThat(workstation
                        .editorServices()
                        .library()
                        .list(ContentQuery.all().withStatuses(Set.of(ContentStatus.DRAFT)), PageRequest.first(20))
                        .items())
                .extracting(item -> item.title())
                .contains("Sleep claim (needs a fix)");
    }
}
