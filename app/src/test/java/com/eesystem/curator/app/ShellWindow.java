package com.eesystem.curator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.user.User;
import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.ui.review.ReviewDeskViewModel;
import com.eesystem.curator.ui.shell.CuratorApplication;
import com.eesystem.curator.ui.shell.ProfileChoice;
import com.eesystem.curator.ui.shell.ShellDependencies;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real Curator window for a TestFX test, on the composition {@code curator gui} uses: opened on a
 * workstation's store (or on given dependencies), closed the way the user closes it, read by node id.
 * The test owns the store and closes it after {@link #close()}.
 */
final class ShellWindow {

    final FxRobot robot = new FxRobot();
    private ExecutorService background;
    private Application application;
    private Stage stage;

    /** Call once per test class ({@code @BeforeAll}). */
    static void registerToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    /**
     * The window of {@code curator gui} on the workstation's store: it opens as the remembered (or the
     * only) profile, or asks who works.
     */
    void open(DataDirectory data, Workstation workstation) throws TimeoutException {
        background = ShellComposition.backgroundExecutor();
        show(ShellComposition.dependencies(data, workstation, background, frame -> {}));
    }

    /** As {@link #open(DataDirectory, Workstation)}, remembering {@code user} first so the window opens as them. */
    void openAs(DataDirectory data, Workstation workstation, User user) throws TimeoutException {
        workstation
                .store()
                .userPreferences()
                .put(
                        ShellComposition.localProfile(),
                        ProfileChoice.LAST_PROFILE_KEY,
                        user.id().toString());
        open(data, workstation);
        waitForShellOf(
                user.displayName() + " · " + user.roles().iterator().next().storedValue());
    }

    /** A window without a profile choice, acting as the editor profile of this computer's account. */
    void openSingleUser(DataDirectory data, LocalStore store) throws TimeoutException {
        background = ShellComposition.backgroundExecutor();
        show(ShellComposition.dependencies(data, store, background, frame -> {}));
    }

    private void show(ShellDependencies dependencies) throws TimeoutException {
        application = FxToolkit.setupApplication(() -> new CuratorApplication(dependencies));
        stage = FxToolkit.toolkitContext().getRegisteredStage();
        WaitForAsyncUtils.waitForFxEvents();
    }

    boolean isOpen() {
        return background != null;
    }

    /**
     * Closes the window as the user does (the editor saves what is pending), then waits for the
     * background work to end, so the test may read or close the store afterwards.
     */
    void close() throws TimeoutException, InterruptedException {
        if (background == null) {
            return;
        }
        // TestFX's cleanup alone keeps its primary stage showing
        robot.interact(() -> stage.hide());
        FxToolkit.cleanupApplication(application);
        background.shutdown();
        assertThat(background.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        background = null;
    }

    Stage stage() {
        return stage;
    }

    /** The text of the labeled node (label, button) found by {@code query}. */
    String text(String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    /** Writes the window as {@code name}.png (see {@link Screenshots}). */
    void screenshot(String name) throws Exception {
        Screenshots.take(stage.getScene(), name);
    }

    /** The menu-bar item with this id, searched in every menu. */
    MenuItem menuItem(String id) {
        return findMenuItem(id).orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    Optional<MenuItem> findMenuItem(String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId()))
                .findFirst();
    }

    /** Waits until the window works as {@code who} ("Rita Reviewer · reviewer"). */
    void waitForShellOf(String who) throws TimeoutException {
        waitFor(() -> robot.lookup("#shell-user")
                .tryQueryAs(Labeled.class)
                .map(label -> label.getText().equals(who))
                .orElse(false));
    }

    /**
     * Selects the first item in the review queue that {@code wanted} accepts, once the queue holds it,
     * and waits until the desk shows it.
     */
    ReviewDeskViewModel.Queued selectInQueue(Predicate<ContentItem> wanted) throws TimeoutException {
        ListView<ReviewDeskViewModel.Queued> queue =
                robot.lookup("#review-queue").queryListView();
        waitFor(() -> queue.getItems().stream().anyMatch(q -> wanted.test(q.item())));
        ReviewDeskViewModel.Queued queued = queue.getItems().stream()
                .filter(q -> wanted.test(q.item()))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> queue.getSelectionModel().select(queued));
        waitFor(() -> text("#review-heading").equals(queued.item().title()));
        return queued;
    }

    /** Waits up to 10 s for {@code condition}; a lookup failing meanwhile counts as "not yet". */
    static void waitFor(Supplier<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            try {
                return condition.get();
            } catch (RuntimeException notYet) {
                return false;
            }
        });
    }
}
