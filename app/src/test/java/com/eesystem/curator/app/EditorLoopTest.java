package com.eesystem.curator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.compliance.ComplianceIssue;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentQuery;
import com.eesystem.curator.domain.content.ListedContent;
import com.eesystem.curator.domain.paging.PageRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor's main loop in the real window on a temp data dir: a new draft, a disease claim typed
 * into the caption is listed by the live check, a click selects it, the fix makes it go away, the
 * draft is saved to the local store and listed in the library table. Writes editor.png and
 * library-table.png (see {@link Screenshots}).
 */
class EditorLoopTest {

    @TempDir
    Path dataDir;

    private final ShellWindow window = new ShellWindow();
    private final FxRobot robot = window.robot;
    private Workstation workstation;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        ShellWindow.registerToolkit();
    }

    @AfterEach
    void stop() throws Exception {
        window.close();
        workstation.close();
    }

    @Test
    void closingTheWindowSavesWhatWasTypedSinceTheLastSave() throws Exception {
        startWindow();
        robot.clickOn("#library-new-draft");
        WaitForAsyncUtils.waitForFxEvents();
        TextArea caption = robot.lookup("#editor-caption").queryAs(TextArea.class);
        // set at once and close at once: no autosave tick in between
        robot.interact(() -> caption.setText("Typed right before closing the window."));
        window.close();

        assertThat(stored())
                .singleElement()
                .satisfies(
                        item -> assertThat(item.body().caption()).isEqualTo("Typed right before closing the window."));
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
        window.screenshot("editor");

        robot.clickOn("#editor-caption");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("Ten quiet minutes in the light, every morning.");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> issues.getItems().stream().noneMatch(ComplianceIssue::critical));

        robot.clickOn("#editor-save");
        ShellWindow.waitFor(() -> window.text("#editor-status").startsWith("Saved "));
        robot.clickOn("#editor-back");
        TableView<?> table = robot.lookup("#library-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        ContentItem listed = ((ListedContent) table.getItems().getFirst()).item();
        assertThat(listed.title()).isEqualTo("Ten quiet minutes in the light, every morning.");

        assertThat(stored())
                .singleElement()
                .satisfies(item ->
                        assertThat(item.body().caption()).isEqualTo("Ten quiet minutes in the light, every morning."));
        window.screenshot("library-table");
    }

    private void startWindow() throws Exception {
        workstation = Workstation.open(new DataDirectory(dataDir), Clock.systemUTC(), "loop-editor");
        window.open(new DataDirectory(dataDir), workstation);
        robot.clickOn("#nav-library");
    }

    private List<ContentItem> stored() {
        return workstation
                .editorServices()
                .library()
                .list(ContentQuery.all(), PageRequest.first(10))
                .items();
    }
}
