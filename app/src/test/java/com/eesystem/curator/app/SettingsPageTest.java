package com.eesystem.curator.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.eesystem.curator.app.config.ConnectionConfigFile;
import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.ui.settings.SettingsPage;
import com.eesystem.curator.ui.shell.CuratorApplication;
import com.eesystem.curator.ui.shell.ShellDependencies;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Settings page in the real window on a real store: the team-server form saves encrypted and tests
 * in plain words, the backups list backs up and restores (checked, confirmed, then a restart), the
 * look follows the system when asked. Writes docs/screenshots/settings-team-servers.png with -Dcurator.screenshots.
 */
class SettingsPageTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private final AtomicInteger windowCloses = new AtomicInteger();
    private ExecutorService background;
    private Application application;
    private Stage stage;
    private LocalStore store;
    private RestartRequest restart;

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

    private void start() throws TimeoutException {
        DataDirectory data = new DataDirectory(dataDir);
        store = ShellComposition.openLocalStore(data);
        background = ShellComposition.backgroundExecutor();
        restart = new RestartRequest(windowCloses::incrementAndGet);
        ShellDependencies dependencies = ShellComposition.dependencies(data, store, background, shown -> {})
                .withPage(
                        "settings",
                        context -> new SettingsPage(
                                context, new WorkstationSettings(data, store, restart, Clock.systemUTC())));
        application = FxToolkit.setupApplication(() -> new CuratorApplication(dependencies));
        stage = FxToolkit.toolkitContext().getRegisteredStage();
        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aCassandraConnectionIsSavedEncryptedAndAnUnreachableHostIsNamed() throws Exception {
        start();
        assertThat(texts()).contains("Not configured — Curator works offline on this computer");

        press("#settings-team-cassandra");
        write("#settings-contact-points", "127.0.0.1:1");
        write("#settings-username", "curator");
        write("#settings-password", "cassandra-S3cret");
        write("#settings-keyspace", "team");
        press("#settings-test");
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> !text("#settings-test-result").equals("Connecting…"));

        assertThat(text("#settings-test-result"))
                .startsWith("Cassandra 127.0.0.1:1: host unreachable")
                .contains("cannot reach the team store");

        press("#settings-save");
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> text("#settings-connection-message").startsWith("Saved"));
        String onDisk = Files.readString(dataDir.resolve(ConnectionConfigFile.FILE_NAME));
        assertThat(onDisk).contains("127.0.0.1:1").doesNotContain("cassandra-S3cret");
        assertThat(robot.lookup("#settings-password").queryAs(TextField.class).getPromptText())
                .isEqualTo("saved — leave empty to keep it");
        var saved = ConnectionConfigFile.of(new DataDirectory(dataDir)).load();
        assertThat(saved.teamStore().orElseThrow().keyspace()).isEqualTo("team");
        robot.interact(() -> robot.lookup("#page-settings .scroll-pane")
                .queryAs(javafx.scene.control.ScrollPane.class)
                .setVvalue(0.55));
        WaitForAsyncUtils.waitForFxEvents();
        screenshot("settings-team-servers");
    }

    @Test
    void aRunningTestCanBeCancelled() throws Exception {
        start();
        press("#settings-team-cassandra");
        // a non-routable address: the connection attempt hangs until the driver's 5 s connect timeout
        write("#settings-contact-points", "10.255.255.1:9042");
        press("#settings-test");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#settings-test-cancel").query().isVisible()).isTrue();
        assertThat(robot.lookup("#settings-test").queryButton().isDisabled()).isTrue();

        press("#settings-test-cancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text("#settings-test-result")).isEqualTo("Test cancelled.");
        assertThat(robot.lookup("#settings-test").queryButton().isDisabled()).isFalse();
    }

    @Test
    void aBadFieldIsRefusedNamingIt() throws Exception {
        start();
        press("#settings-team-cassandra");
        write("#settings-contact-points", "db.example:notaport");
        press("#settings-save");
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> !text("#settings-connection-message").isEmpty());

        assertThat(text("#settings-connection-message"))
                .isEqualTo("Contact points: \"db.example:notaport\" is not host:port");
        assertThat(dataDir.resolve(ConnectionConfigFile.FILE_NAME)).doesNotExist();
    }

    @Test
    void backUpNowListsTheSnapshotAndRestoreChecksItThenRestarts() throws Exception {
        start();
        press("#settings-backup-now");
        @SuppressWarnings("unchecked")
        ListView<Object> list = robot.lookup("#settings-backups").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        assertThat(text("#settings-backup-message"))
                .startsWith("Backed up: curator-")
                .endsWith("-manual.db");

        robot.interact(() -> list.getSelectionModel().select(0));
        // the confirmation blocks in showAndWait: fire without waiting for it
        javafx.application.Platform.runLater(
                () -> ((Button) robot.lookup("#settings-restore").query()).fire());
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".dialog-pane .button")
                .match((Button button) -> button.getText().equals("OK"))
                .queryButton());
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> restart.pending().isPresent()
                        || text("#settings-backup-message").startsWith("Not restored"));

        assertThat(text("#settings-backup-message")).doesNotStartWith("Not restored");
        assertThat(windowCloses).hasValue(1);
        var pending =
                (RestartRequest.Pending.RestoreThenRestart) restart.pending().orElseThrow();
        assertThat(list.getItems().getFirst().toString())
                .contains(pending.backup().getFileName().toString());
        assertThat(pending.backup()).exists().startsWith(dataDir.resolve("backups"));
        try (var folders = Files.list(dataDir.resolve("backups"))) {
            assertThat(folders.map(path -> path.getFileName().toString()))
                    .as("the trial restore leaves nothing behind")
                    .allMatch(name -> name.startsWith("curator-"));
        }
    }

    @Test
    void aDamagedBackupIsRefusedAndNothingRestarts() throws Exception {
        start();
        press("#settings-backup-now");
        @SuppressWarnings("unchecked")
        ListView<Object> list = robot.lookup("#settings-backups").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        try (var files = Files.list(dataDir.resolve("backups"))) {
            Path snapshot = files.filter(path -> path.toString().endsWith(".db"))
                    .findFirst()
                    .orElseThrow();
            Files.write(snapshot, new byte[4096]); // zeros: not a database any more
        }

        robot.interact(() -> list.getSelectionModel().select(0));
        // the confirmation blocks in showAndWait: fire without waiting for it
        javafx.application.Platform.runLater(
                () -> ((Button) robot.lookup("#settings-restore").query()).fire());
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".dialog-pane .button")
                .match((Button button) -> button.getText().equals("OK"))
                .queryButton());
        WaitForAsyncUtils.waitFor(
                15, TimeUnit.SECONDS, () -> text("#settings-backup-message").startsWith("Not restored"));

        assertThat(text("#settings-backup-message")).contains("damaged");
        assertThat(restart.pending()).isEmpty();
        assertThat(windowCloses).hasValue(0);
    }

    @Test
    void theSystemLookFollowsTheComputerAndIsRemembered() throws Exception {
        start();
        press("#appearance-dark");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());

        press("#appearance-system");
        WaitForAsyncUtils.waitForFxEvents();

        // headless JavaFX reports a light system scheme
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheet());
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> "system"
                        .equals(store.userPreferences()
                                .all(ShellComposition.localProfile())
                                .get("ui.theme")));
    }

    @Test
    void whileSystemIsChosenTheLookFollowsTheSystemsChanges() throws Exception {
        start();
        var scheme = new javafx.beans.property.SimpleObjectProperty<>(javafx.application.ColorScheme.LIGHT);
        var themes = WaitForAsyncUtils.asyncFx(() -> new com.eesystem.curator.ui.theme.ThemeSwitch(
                        store.userPreferences(),
                        "someone",
                        Runnable::run,
                        java.util.Map.of("ui.theme", "system"),
                        scheme))
                .get();
        assertThat(themes.isDark()).isFalse();

        robot.interact(() -> scheme.set(javafx.application.ColorScheme.DARK));
        assertThat(themes.isDark()).isTrue();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());

        robot.interact(() -> themes.select(com.eesystem.curator.ui.theme.ThemeSwitch.Appearance.LIGHT));
        robot.interact(() -> scheme.set(javafx.application.ColorScheme.DARK));
        assertThat(themes.isDark()).as("a chosen look ignores the system").isFalse();
    }

    /** Fires the control even when the page is scrolled so that it is out of sight. */
    private void press(String query) {
        robot.interact(
                () -> ((javafx.scene.control.ButtonBase) robot.lookup(query).query()).fire());
    }

    private void write(String query, String text) {
        robot.interact(() -> robot.lookup(query).queryAs(TextField.class).setText(text));
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (Node node : robot.lookup(node -> node instanceof Labeled).queryAll()) {
            if (node.isVisible() && node.getScene() == stage.getScene()) {
                texts.add(((Labeled) node).getText());
            }
        }
        return texts;
    }

    private void screenshot(String name) throws Exception {
        WritableImage image =
                WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        BufferedImage png =
                new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                png.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        List<Path> folders = new ArrayList<>(List.of(Path.of("target", "screenshots")));
        String requested = System.getProperty("curator.screenshots", "");
        if (!requested.isBlank()) {
            Path path = Path.of(requested);
            folders.add(path.isAbsolute() ? path : Path.of("..").resolve(path));
        }
        for (Path folder : folders) {
            Files.createDirectories(folder);
            ImageIO.write(png, "png", folder.resolve(name + ".png").toFile());
        }
    }
}
