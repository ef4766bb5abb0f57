package com.eesystem.curator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentQuery;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.content.CreateDraft;
import com.eesystem.curator.domain.demo.DemoRecord;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.ui.settings.SettingsPage;
import com.eesystem.curator.ui.shell.CuratorApplication;
import com.eesystem.curator.ui.shell.ShellDependencies;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Settings → Demo workspace in the real window: "Clear demo" asks, clears only the demo, and says so. */
class DemoSettingsTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private ExecutorService background;
    private Application application;
    private LocalStore store;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        if (background != null) {
            FxToolkit.cleanupApplication(application);
            background.shutdown();
            assertThat(background.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
            store.close();
        }
    }

    @Test
    void clearDemoAsksThenRemovesOnlyTheDemo() throws Exception {
        DataDirectory data = new DataDirectory(dataDir);
        store = ShellComposition.openLocalStore(data);
        Workstation workstation = Workstation.on(store, Clock.systemUTC());
        assertThat(workstation.seedDemoIfEmpty()).isEqualTo(12);
        ContentItem mine = workstation
                .editorServices()
                .createDraft()
                .create(new CreateDraft.Command(
                        workstation.user(),
                        new ContentBody(
                                "My own post",
                                "",
                                ContentType.QUOTE,
                                List.of(Platform.INSTAGRAM),
                                "A quiet hour.",
                                "",
                                List.of(),
                                List.of(),
                                Map.of())))
                .orThrow();
        background = ShellComposition.backgroundExecutor();
        // the store overload opens as this computer's editor (no profile choice), like the workstation above
        ShellDependencies dependencies = ShellComposition.dependencies(data, store, background, shown -> {})
                .withPage(
                        "settings",
                        context -> new SettingsPage(
                                context,
                                new WorkstationSettings(data, store, new RestartRequest(() -> {}), Clock.systemUTC()),
                                new WorkstationDemo(workstation)));
        application = FxToolkit.setupApplication(() -> new CuratorApplication(dependencies));
        robot.clickOn("#nav-library");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#demo-banner")
                        .tryQuery()
                        .filter(javafx.scene.Node::isVisible)
                        .isPresent());
        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !robot.lookup("#settings-clear-demo").queryButton().isDisabled());
        assertThat(text("#settings-demo-state")).startsWith("You are looking at the demo workspace");

        // cancelling the confirmation keeps everything
        fireClear();
        robot.clickOn(robot.lookup(".dialog-pane .button")
                .match((Button button) -> button.getText().equals("Cancel"))
                .queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.contentLibrary().count(ContentQuery.all())).isEqualTo(13);

        fireClear();
        robot.clickOn(robot.lookup(".dialog-pane .button")
                .match((Button button) -> button.getText().equals("Clear demo"))
                .queryButton());
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> text("#settings-demo-message").startsWith("Cleared"));
        assertThat(text("#settings-demo-message"))
                .startsWith("Cleared: 12 posts, ")
                .endsWith(", 4 brand guidelines and 7 brand knowledge entries.");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> text("#settings-demo-state").startsWith("No demo workspace"));
        assertThat(robot.lookup("#settings-clear-demo").queryButton().isDisabled())
                .isTrue();
        assertThat(store.contentLibrary().find(mine.id())).isPresent();
        assertThat(store.contentLibrary().count(ContentQuery.all())).isEqualTo(1);
        assertThat(store.demoRecord().state()).isInstanceOf(DemoRecord.State.Cleared.class);

        robot.clickOn("#nav-library");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !robot.lookup("#demo-banner").query().isVisible());
    }

    /** The confirmation blocks in showAndWait: fire without waiting for it, then wait for the dialog. */
    private void fireClear() throws TimeoutException {
        javafx.application.Platform.runLater(
                () -> robot.lookup("#settings-clear-demo").queryButton().fire());
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }
}
