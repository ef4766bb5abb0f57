package com.eesystem.curator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.sync.SyncConflict;
import com.eesystem.curator.domain.user.UserId;
import com.eesystem.curator.storage.codec.JsonCodec;
import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.storage.local.LocalStoreSettings;
import com.eesystem.curator.storage.local.SqliteSyncedRows;
import com.eesystem.curator.storage.sync.SqliteSyncConflicts;
import com.eesystem.curator.ui.page.PageContext;
import com.eesystem.curator.ui.sync.SyncConflictsPage;
import com.eesystem.curator.ui.theme.ThemeSwitch;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The conflicts page on a real local store: both versions side by side, and each choice ends in the
 * item's text (as a new local edit waiting in the outbox) with the conflict gone.
 */
class SyncConflictsPageTest {

    private static final String THEIR_STAMP = "000001764072000000-0000000003@00000000-0000-0000-0000-0000000000b2";

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private final Clock clock = Clock.systemUTC();
    private LocalStore store;
    private ExecutorService background;
    private ContentItem captionItem;
    private ContentItem titleItem;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void openStoreWithTwoConflicts() throws Exception {
        store = LocalStore.open(
                LocalStoreSettings.defaults(folder.resolve("curator.db"), folder.resolve("backups")), clock);
        background = Executors.newSingleThreadExecutor();
        captionItem = saved("Morning light", "Ann's caption: calm mornings.");
        titleItem = saved("Evening routine", "A caption nobody disputes.");
        SqliteSyncedRows rows = SqliteSyncedRows.of(store, clock);
        rows.inTransaction("recording two conflicts", tx -> {
            tx.addConflict(
                    new SqliteSyncedRows.RowKey(
                            "content_library", captionItem.id().toString()),
                    "body.caption",
                    json(captionItem.body().caption()),
                    json("Ben's caption: quiet evenings."),
                    THEIR_STAMP);
            tx.addConflict(
                    new SqliteSyncedRows.RowKey(
                            "content_library", titleItem.id().toString()),
                    "body.title",
                    json(titleItem.body().title()),
                    json("Evening ritual"),
                    THEIR_STAMP);
            return null;
        });

        PageContext context = new PageContext(
                background,
                store.userPreferences(),
                "conflict-tester",
                clock,
                new ThemeSwitch(store.userPreferences(), "conflict-tester", background, Map.of()),
                folder);
        SyncConflictsPage page = WaitForAsyncUtils.asyncFx(
                        () -> new SyncConflictsPage(context, new SqliteSyncConflicts(store, clock)))
                .get(10, TimeUnit.SECONDS);
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(new StackPane(page.view()), 1000, 640));
            stage.show();
        });
        robot.interact(page::shown);
        ListView<SyncConflict> list = robot.lookup("#conflict-list").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupStage(Stage::hide);
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
        store.close();
    }

    @Test
    void showsBothVersionsSideBySideAndKeepsTheirs() throws Exception {
        selectConflictOf("Morning light");
        assertThat(area("#conflict-mine").getText()).isEqualTo("Ann's caption: calm mornings.");
        assertThat(area("#conflict-theirs").getText()).isEqualTo("Ben's caption: quiet evenings.");
        long pendingBefore = store.outbox().pendingCount();

        robot.clickOn("#keep-theirs");

        waitUntilOpenConflicts(1);
        assertThat(store.contentLibrary()
                        .find(captionItem.id())
                        .orElseThrow()
                        .body()
                        .caption())
                .isEqualTo("Ben's caption: quiet evenings.");
        assertThat(store.outbox().pendingCount())
                .as("the choice is an edit that syncs")
                .isEqualTo(pendingBefore + 1);
        assertThat(robot.lookup("#conflict-message").queryAs(Label.class).getText())
                .contains("Kept the chosen caption of \"Morning light\"");
    }

    @Test
    void keepMineChangesNothingButClosesTheConflict() throws Exception {
        selectConflictOf("Evening routine");
        long pendingBefore = store.outbox().pendingCount();

        robot.clickOn("#keep-mine");

        waitUntilOpenConflicts(1);
        assertThat(store.contentLibrary()
                        .find(titleItem.id())
                        .orElseThrow()
                        .body()
                        .title())
                .isEqualTo("Evening routine");
        assertThat(store.outbox().pendingCount()).isEqualTo(pendingBefore);
    }

    @Test
    void anEditedMergeBecomesTheText() throws Exception {
        selectConflictOf("Morning light");
        TextArea merged = area("#conflict-merged");
        robot.interact(() -> merged.setText("Calm mornings, quiet evenings."));

        robot.clickOn("#save-merged");

        waitUntilOpenConflicts(1);
        assertThat(store.contentLibrary()
                        .find(captionItem.id())
                        .orElseThrow()
                        .body()
                        .caption())
                .isEqualTo("Calm mornings, quiet evenings.");
        robot.clickOn("#keep-mine");
        waitUntilOpenConflicts(0);
        assertThat(robot.lookup("#conflict-list").queryListView().getItems()).isEmpty();
    }

    private void selectConflictOf(String title) {
        ListView<SyncConflict> list = robot.lookup("#conflict-list").queryListView();
        robot.interact(() -> list.getSelectionModel()
                .select(list.getItems().stream()
                        .filter(c -> c.itemTitle().equals(title))
                        .findFirst()
                        .orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitUntilOpenConflicts(int count) throws Exception {
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> new SqliteSyncConflicts(store, clock).open().size() == count);
        ListView<SyncConflict> list = robot.lookup("#conflict-list").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == count);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TextArea area(String id) {
        return robot.lookup(id).queryAs(TextArea.class);
    }

    private ContentItem saved(String title, String caption) {
        ContentItem item = ContentItem.draft(
                ContentId.random(),
                UserId.parse("00000000-0000-0000-0000-00000000a001"),
                new ContentBody(
                        title,
                        "A description",
                        ContentType.REEL,
                        List.of(Platform.INSTAGRAM),
                        caption,
                        "Scene 1",
                        List.of("wellness"),
                        List.of("a calm room"),
                        Map.of()),
                Instant.now());
        store.contentLibrary().save(item);
        return item;
    }

    private static String json(String text) {
        return JsonCodec.instance().write(text);
    }
}
