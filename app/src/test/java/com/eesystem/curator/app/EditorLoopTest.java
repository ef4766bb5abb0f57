package com.eesystem.curator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.compliance.ComplianceIssue;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentQuery;
import com.eesystem.curator.domain.content.ListedContent;
import com.eesystem.curator.domain.paging.PageRequest;
import com.eesystem.curator.ui.shell.CuratorApplication;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
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
 * The editor's main loop in the real window on a temp data dir: a new draft, a disease claim typed
 * into the caption is listed by the live check, a click selects it, the fix makes it go away, the
 * draft is saved to the local store and listed in the library table. Writes editor.png to
 * target/screenshots (and to {@code -Dcurator.screenshots}, e.g. docs/screenshots).
 */
class EditorLoopTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private ExecutorService background;
    private Workstation workstation;
    private Application application;
    private Stage stage;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        closeWindow();
        workstation.close();
    }

    private void closeWindow() throws Exception {
        if (background == null) {
            return;
        }
        // what the user's close does (TestFX's cleanup alone keeps its primary stage showing)
        robot.interact(() -> stage.hide());
        FxToolkit.cleanupApplication(application);
        background.shutdown();
        assertThat(background.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        background = null;
    }

    @Test
    void closingTheWindowSavesWhatWasTypedSinceTheLastSave() throws Exception {
        startWindow();
        robot.clickOn("#library-new-draft");
        WaitForAsyncUtils.waitForFxEvents();
        TextArea caption = robot.lookup("#editor-caption").queryAs(TextArea.class);
        // set at once and close at once: no autosave tick in between
        robot.interact(() -> caption.setText("Typed right before closing the window."));
        closeWindow();

        List<ContentItem> stored = workstation
                .editorServices()
                .library()
                .list(ContentQuery.all(), PageRequest.first(10))
                .items();
        assertThat(stored)
                .singleElement()
                .satisfies(
                        item -> assertThat(item.body().caption()).isEqualTo("Typed right before closing the window."));
    }

    private void startWindow() throws Exception {
        background = ShellComposition.backgroundExecutor();
        workstation = Workstation.open(new DataDirectory(dataDir), Clock.systemUTC(), "loop-editor");
        var dependencies =
                ShellComposition.dependencies(new DataDirectory(dataDir), workstation, background, frame -> {});
        application = FxToolkit.setupApplication(() -> new CuratorApplication(dependencies));
        stage = FxToolkit.toolkitContext().getRegisteredStage();
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nav-library");
    }

    @Test
    void typeAClaimSeeItFlaggedFixItSaveAndFindItInTheLibrary() throws Exception {
        startWindow();
        robot.clickOn("#library-new-draft");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#editor-caption");
        robot.write("Ten minutes of this light cures insomnia.");

        ListView<ComplianceIssue> issues = robot.lookup("#editor-issues").queryListView();
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> issues.getItems().stream().anyMatch(ComplianceIssue::critical));
        TextArea caption = robot.lookup("#editor-caption").queryAs(TextArea.class);
        ComplianceIssue claim = issues.getItems().getFirst();
        robot.interact(() -> issues.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(caption.getSelectedText())
                .isEqualTo(claim.excerptOf(caption.getText()))
                .contains("cures");
        screenshot("editor");

        robot.clickOn("#editor-caption");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("Ten quiet minutes in the light, every morning.");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> issues.getItems().stream().noneMatch(ComplianceIssue::critical));

        robot.clickOn("#editor-save");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> text("#editor-status").startsWith("Saved "));
        robot.clickOn("#editor-back");
        TableView<?> table = robot.lookup("#library-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        ContentItem listed = ((ListedContent) table.getItems().getFirst()).item();
        assertThat(listed.title()).isEqualTo("Ten quiet minutes in the light, every morning.");

        List<ContentItem> stored = workstation
                .editorServices()
                .library()
                .list(ContentQuery.all(), PageRequest.first(10))
                .items();
        assertThat(stored)
                .singleElement()
                .satisfies(item ->
                        assertThat(item.body().caption()).isEqualTo("Ten quiet minutes in the light, every morning."));
        screenshot("library-table");
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private void screenshot(String name) throws Exception {
        Scene scene = stage.getScene();
        WritableImage image =
                WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
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
            folders.add(path.isAbsolute() ? path : repositoryRoot().resolve(path));
        }
        for (Path folder : folders) {
            Files.createDirectories(folder);
            ImageIO.write(png, "png", folder.resolve(name + ".png").toFile());
        }
    }

    private static Path repositoryRoot() throws IOException {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.exists(folder.resolve("mvnw"))) {
                return folder;
            }
        }
        throw new IOException(
                "curator.screenshots: no mvnw above " + Path.of("").toAbsolutePath());
    }
}
