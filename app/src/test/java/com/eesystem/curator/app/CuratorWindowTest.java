package com.eesystem.curator.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.ui.shell.CuratorApplication;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real window the way {@code ./curator gui} does (same composition, a temp data dir),
 * visits every page, switches the theme and restarts the shell on the same data dir. Writes a
 * screenshot of every page to target/screenshots, and also to the folder named by
 * {@code -Dcurator.screenshots} (e.g. docs/screenshots, relative to the repository root).
 */
class CuratorWindowTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private final AtomicReference<Duration> firstFrame = new AtomicReference<>();
    private ExecutorService background;
    private Stage stage;
    private Application application;
    private LocalStore store;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindow() throws TimeoutException, InterruptedException {
        stopShell();
    }

    @Test
    void everyPageShowsItsEmptyStateAndTheThemeSurvivesARestart() throws Exception {
        startShell();
        assertThat(firstFrame.get()).isPositive();
        waitForText("Offline — working on this computer");
        assertThat(visibleText("#status-pending")).isEqualTo("No pending changes");
        assertThat(visibleText("#status-last-sync")).isEqualTo("Never synced");

        visit("library", "No content yet — create a draft (Ctrl+N)");
        visit("calendar", "Nothing scheduled this week");
        visit("templates", "No templates yet");
        visit("review", "Nothing waits for review");
        visit("brand", "The brand library is empty");
        visit("conflicts", "No conflicts");
        visit("settings", "Not configured — Curator works offline on this computer");
        assertThat(robot.lookup("#settings-data-dir").queryAs(TextField.class).getText())
                .isEqualTo(dataDir.toAbsolutePath().normalize().toString());

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheet());
        robot.clickOn("#theme-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        screenshot("main-window-dark");

        stopShell();
        startShell();

        assertThat(Application.getUserAgentStylesheet())
                .as("the dark theme was remembered in the local store %s", dataDir.resolve("curator.db"))
                .isEqualTo(new PrimerDark().getUserAgentStylesheet());
        assertThat(visibleText("#theme-toggle")).isEqualTo("☀ Light theme");
        assertThat(isShown("#page-settings")).as("reopens on the last page").isTrue();

        robot.clickOn("#appearance-light");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheet());
        robot.clickOn("#nav-library");
        WaitForAsyncUtils.waitForFxEvents();
        screenshot("main-window");
    }

    @Test
    void theMenuShortcutsNavigate() throws Exception {
        startShell();

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(isShown("#page-review")).isTrue();

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(isShown("#page-calendar")).isTrue();
        String thisWeek = visibleText("#calendar-heading");
        robot.clickOn("#calendar-next");
        assertThat(visibleText("#calendar-heading")).isNotEqualTo(thisWeek).startsWith("Week of ");
        robot.clickOn("#calendar-today");
        assertThat(visibleText("#calendar-heading")).isEqualTo(thisWeek);

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
    }

    private void startShell() throws TimeoutException {
        store = ShellComposition.openLocalStore(new DataDirectory(dataDir));
        background = ShellComposition.backgroundExecutor();
        var dependencies =
                ShellComposition.dependencies(new DataDirectory(dataDir), store, background, firstFrame::set);
        application = FxToolkit.setupApplication(() -> new CuratorApplication(dependencies));
        stage = FxToolkit.toolkitContext().getRegisteredStage();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void stopShell() throws TimeoutException, InterruptedException {
        if (background == null) {
            return;
        }
        FxToolkit.cleanupApplication(application);
        background.shutdown();
        assertThat(background.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        background = null;
        store.close();
    }

    private void visit(String page, String emptyState) throws Exception {
        robot.clickOn("#nav-" + page);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(isShown("#page-" + page)).as("page %s is shown", page).isTrue();
        assertThat(visibleTexts()).as("visible texts on %s", page).contains(emptyState);
        screenshot(page);
    }

    private boolean isShown(String query) {
        return robot.lookup(query)
                .tryQuery()
                .filter(CuratorWindowTest::treeVisible)
                .filter(node -> node.getScene() != null)
                .isPresent();
    }

    private String visibleText(String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private void waitForText(String text) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> visibleTexts().contains(text));
    }

    private List<String> visibleTexts() {
        List<String> texts = new ArrayList<>();
        for (Node node : robot.lookup(node -> node instanceof Labeled).queryAll()) {
            if (treeVisible(node) && node.getScene() == stage.getScene()) {
                texts.add(((Labeled) node).getText());
            }
        }
        return texts;
    }

    private static boolean treeVisible(Node node) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (!current.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void screenshot(String name) throws Exception {
        Screenshots.take(stage.getScene(), name);
    }
}
