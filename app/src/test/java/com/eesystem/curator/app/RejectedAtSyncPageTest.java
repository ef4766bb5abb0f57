package com.eesystem.curator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.review.ReviewDecisionId;
import com.eesystem.curator.domain.sync.DeviceId;
import com.eesystem.curator.domain.sync.RejectedChange;
import com.eesystem.curator.domain.user.UserId;
import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.storage.local.LocalStoreSettings;
import com.eesystem.curator.storage.local.SqliteReviewRecords.Rejection;
import com.eesystem.curator.storage.sync.SqliteSyncConflicts;
import com.eesystem.curator.ui.page.PageContext;
import com.eesystem.curator.ui.sync.SyncConflictsPage;
import com.eesystem.curator.ui.theme.ThemeSwitch;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The conflicts page lists the pulled decisions that were rejected at sync, naming item, reviewer and reason. */
class RejectedAtSyncPageTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private final Clock clock = Clock.systemUTC();
    private LocalStore store;
    private ExecutorService background;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.hideStage();
        background.shutdown();
        assertThat(background.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        store.close();
    }

    @Test
    void aDecisionWhoseSignatureDidNotVerifyIsListedNewestFirst() throws Exception {
        store = LocalStore.open(
                LocalStoreSettings.defaults(folder.resolve("curator.db"), folder.resolve("backups")), clock);
        background = Executors.newSingleThreadExecutor();
        ContentId content = ContentId.random();
        UserId reviewer = UserId.random();
        String older = reject(
                1,
                ReviewDecisionId.random(),
                content,
                reviewer,
                "reviewer " + reviewer + " has no registered public key (unknown key)");
        String newer = reject(2, ReviewDecisionId.random(), content, reviewer, "the signature does not verify");

        PageContext context = new PageContext(
                background,
                store.userPreferences(),
                "rejection-reader",
                clock,
                new ThemeSwitch(store.userPreferences(), "rejection-reader", background, Map.of()),
                folder);
        SyncConflictsPage page = WaitForAsyncUtils.asyncFx(
                        () -> new SyncConflictsPage(context, new SqliteSyncConflicts(store, clock)))
                .get(10, TimeUnit.SECONDS);
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(new StackPane(page.view()), 1000, 640));
            stage.show();
        });
        robot.interact(page::shown);
        ListView<RejectedChange> rejected = robot.lookup("#rejected-list").queryListView();
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> rejected.getItems().size() == 2);

        assertThat(rejected.getItems()).extracting(RejectedChange::describe).containsExactly(newer, older);
        assertThat(newer)
                .contains("content:" + content)
                .contains("by " + reviewer)
                .endsWith("was rejected: the signature does not verify");
    }

    private String reject(long sequence, ReviewDecisionId decision, ContentId content, UserId reviewer, String why) {
        Rejection rejection = new Rejection(
                DeviceId.of("00000000-0000-0000-0000-0000000000b2"),
                sequence,
                "review_decisions",
                decision.toString(),
                "content:" + content,
                reviewer.toString(),
                why,
                "{}",
                Instant.now().plusMillis(sequence));
        store.reviewRecords().reject(rejection);
        return rejection.describe();
    }
}
