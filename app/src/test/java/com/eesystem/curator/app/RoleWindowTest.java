package com.eesystem.curator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.brand.BrandKnowledge;
import com.eesystem.curator.domain.brand.KnowledgeType;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentQuery;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.paging.PageRequest;
import com.eesystem.curator.domain.user.Role;
import com.eesystem.curator.domain.user.User;
import com.eesystem.curator.ui.page.Shortcuts;
import com.eesystem.curator.ui.review.ReviewDeskViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The role decides what the window offers, on the demo workspace: an editor gets New draft, Save,
 * Submit and Find in the menus with their shortcuts (named in the tooltips too) and no decisions; a
 * reviewer gets the Review menu with Approve (Ctrl+Shift+A), Request changes (Ctrl+Shift+R) and Reject
 * (Ctrl+Shift+J), named in the desk's button tooltips too, and no New draft, Save, Submit or bulk
 * actions; only an admin gets the brand-guideline form. The domain refuses the same things anyway
 * (ReviewDeskViewModelTest, DraftEditorViewModelTest).
 */
class RoleWindowTest {

    @TempDir
    Path dataDir;

    private final ShellWindow window = new ShellWindow();
    private final FxRobot robot = window.robot;
    private Workstation workstation;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        ShellWindow.registerToolkit();
    }

    @BeforeEach
    void demo() {
        workstation = Workstation.open(new DataDirectory(dataDir), Clock.systemUTC(), "Eve Editor");
        workstation.seedDemoIfEmpty();
    }

    @AfterEach
    void stop() throws Exception {
        window.close();
        workstation.close();
    }

    @Test
    void anEditorGetsTheWritingCommandsWithTheirShortcutsAndNoDecisions() throws Exception {
        window.openAs(new DataDirectory(dataDir), workstation, workstation.user());
        robot.clickOn("#nav-library");
        ShellWindow.waitFor(() -> window.text("#library-summary").equals("12 items"));

        MenuItem newDraft = window.menuItem("menu-new-draft");
        MenuItem save = window.menuItem("menu-save");
        MenuItem submit = window.menuItem("menu-submit");
        MenuItem find = window.menuItem("menu-find");
        assertThat(newDraft.getAccelerator()).isEqualTo(Shortcuts.NEW_DRAFT);
        assertThat(save.getAccelerator()).isEqualTo(Shortcuts.SAVE);
        assertThat(submit.getAccelerator()).isEqualTo(Shortcuts.SUBMIT);
        assertThat(find.getAccelerator()).isEqualTo(Shortcuts.SEARCH);
        assertThat(newDraft.getAccelerator().getDisplayText()).isIn("Ctrl+N", "⌘N");
        assertThat(tooltip("#library-new-draft")).endsWith("(" + Shortcuts.NEW_DRAFT.getDisplayText() + ")");
        assertThat(robot.lookup("#library-search")
                        .queryAs(TextInputControl.class)
                        .getPromptText())
                .endsWith("(" + Shortcuts.SEARCH.getDisplayText() + ")");
        assertThat(robot.lookup("#library-bulk-submit").tryQuery()).isPresent();
        assertThat(robot.lookup("#library-bulk-archive").tryQuery()).isPresent();
        assertThat(window.findMenuItem("menu-approve"))
                .as("an editor decides nothing")
                .isEmpty();
        assertThat(window.findMenuItem("menu-request-changes")).isEmpty();
        assertThat(window.findMenuItem("menu-reject")).isEmpty();

        // New draft, Save and Submit from the menu do what they say
        robot.interact(newDraft::fire);
        ShellWindow.waitFor(() -> shown("#draft-editor"));
        assertThat(tooltip("#editor-save")).contains("(" + Shortcuts.SAVE.getDisplayText() + ")");
        assertThat(tooltip("#editor-submit")).endsWith("(" + Shortcuts.SUBMIT.getDisplayText() + ")");
        TextInputControl caption = robot.lookup("#editor-caption").queryAs(TextInputControl.class);
        robot.interact(() -> caption.setText("An hour of quiet light on Sunday afternoons."));
        assertThat(save.isDisable()).isFalse();
        robot.interact(save::fire);
        ShellWindow.waitFor(() -> window.text("#editor-status").startsWith("Saved "));
        assertThat(stored("An hour of quiet light on Sunday afternoons.").status())
                .isEqualTo(ContentStatus.DRAFT);
        robot.interact(submit::fire);
        ShellWindow.waitFor(() -> window.text("#editor-status").startsWith("Submitted for review"));
        assertThat(stored("An hour of quiet light on Sunday afternoons.").status())
                .isEqualTo(ContentStatus.IN_REVIEW);

        // Find goes back to the library with the caret in the search field
        robot.interact(find::fire);
        Node search = robot.lookup("#library-search").query();
        ShellWindow.waitFor(() -> search.getScene() != null && search.getScene().getFocusOwner() == search);

        // the review desk offers an editor no decision, and the Approve shortcut does nothing
        robot.clickOn("#nav-review");
        ContentItem studio = selectInQueue("Studio tour");
        assertThat(robot.lookup("#review-approve").tryQuery()).isEmpty();
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.J);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(find(studio).status()).isEqualTo(ContentStatus.IN_REVIEW);
    }

    @Test
    void aReviewerApprovesFromTheReviewMenuAndIsOfferedNoWriting() throws Exception {
        User reviewer = profile(Workstation.DEMO_REVIEWER);
        window.openAs(new DataDirectory(dataDir), workstation, reviewer);
        robot.clickOn("#nav-library");
        ShellWindow.waitFor(() -> window.text("#library-summary").equals("12 items"));

        assertThat(robot.lookup("#library-new-draft").tryQuery()).isEmpty();
        assertThat(robot.lookup("#library-bulk-submit").tryQuery()).isEmpty();
        assertThat(robot.lookup("#library-bulk-archive").tryQuery()).isEmpty();
        assertThat(window.findMenuItem("menu-new-draft")).isEmpty();
        assertThat(window.findMenuItem("menu-save")).isEmpty();
        assertThat(window.findMenuItem("menu-submit")).isEmpty();
        assertThat(window.findMenuItem("menu-find")).as("everyone searches").isPresent();
        robot.push(KeyCode.CONTROL, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#draft-editor").tryQuery().filter(node -> node.getScene() != null))
                .as("Ctrl+N opens no editor for a reviewer")
                .isEmpty();

        // an opened item is read, not edited
        Node firstRow = robot.lookup(".table-row-cell")
                .match(node -> node instanceof TableRow<?> row && row.getIndex() == 0 && row.getItem() != null)
                .query();
        robot.doubleClickOn(firstRow);
        ShellWindow.waitFor(() -> shown("#draft-editor"));
        assertThat(robot.lookup("#editor-caption")
                        .queryAs(TextInputControl.class)
                        .isEditable())
                .isFalse();
        assertThat(robot.lookup("#editor-save").tryQuery()).isEmpty();
        assertThat(robot.lookup("#editor-submit").tryQuery()).isEmpty();
        robot.clickOn("#editor-back");

        MenuItem approve = window.menuItem("menu-approve");
        assertThat(approve.getAccelerator()).isEqualTo(Shortcuts.APPROVE);
        assertThat(approve.getAccelerator().getDisplayText()).isIn("Ctrl+Shift+A", "⇧⌘A");
        assertThat(approve.isDisable()).as("the desk is not on screen").isTrue();
        MenuItem changes = window.menuItem("menu-request-changes");
        MenuItem reject = window.menuItem("menu-reject");
        assertThat(changes.getAccelerator()).isEqualTo(Shortcuts.REQUEST_CHANGES);
        assertThat(changes.getAccelerator().getDisplayText()).isIn("Ctrl+Shift+R", "⇧⌘R");
        assertThat(reject.getAccelerator()).isEqualTo(Shortcuts.REJECT);
        assertThat(reject.getAccelerator().getDisplayText()).isIn("Ctrl+Shift+J", "⇧⌘J");
        assertThat(changes.isDisable()).isTrue();
        assertThat(reject.isDisable()).isTrue();

        robot.clickOn("#nav-review");
        ListView<ReviewDeskViewModel.Queued> queue =
                robot.lookup("#review-queue").queryListView();
        ShellWindow.waitFor(() -> !queue.getItems().isEmpty());
        assertThat(queue.getItems().getFirst().item().title())
                .as("the demo's critical item leads the queue")
                .isEqualTo("Pain relief claim (critical, in review)");
        ContentItem studio = selectInQueue("Studio tour");
        window.screenshot("review-desk-demo");
        assertThat(tooltip("#review-approve")).endsWith("(" + Shortcuts.APPROVE.getDisplayText() + ")");
        ShellWindow.waitFor(() -> !approve.isDisable());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        ShellWindow.waitFor(() -> !window.text("#review-result").isEmpty());
        assertThat(window.text("#review-result"))
                .isEqualTo("Studio tour: approved (revision " + studio.revision() + ").");
        assertThat(find(studio).status()).isEqualTo(ContentStatus.APPROVED);

        // Request changes and Reject by shortcut: refused without a comment, done with the one typed
        assertThat(tooltip("#review-request-changes")).endsWith("(" + Shortcuts.REQUEST_CHANGES.getDisplayText() + ")");
        assertThat(tooltip("#review-reject")).endsWith("(" + Shortcuts.REJECT.getDisplayText() + ")");
        ContentItem weekend = selectInQueue("Weekend hours");
        ShellWindow.waitFor(() -> !changes.isDisable());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        ShellWindow.waitFor(() -> window.text("#review-result").startsWith("Could not request changes"));
        assertThat(find(weekend).status()).isEqualTo(ContentStatus.IN_REVIEW);
        robot.clickOn("#review-comment").write("Say which Saturdays.");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        ShellWindow.waitFor(() -> window.text("#review-result")
                .equals("Weekend hours: changes requested (revision " + weekend.revision() + ")."));
        assertThat(find(weekend).status()).isEqualTo(ContentStatus.DRAFT);
        assertThat(find(weekend).complianceNotes()).isEqualTo("Say which Saturdays.");

        ContentItem video = selectInQueue("Behind the scenes video");
        ShellWindow.waitFor(() -> !reject.isDisable());
        robot.clickOn("#review-comment").write("Not this month.");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.J);
        ShellWindow.waitFor(() -> window.text("#review-result")
                .equals("Behind the scenes video: rejected (revision " + video.revision() + ")."));
        assertThat(find(video).status()).isEqualTo(ContentStatus.DRAFT);
        assertThat(find(video).complianceNotes()).isEqualTo("Not this month.");

        // the brand rules are an admin's: a reviewer reads them
        robot.clickOn("#nav-brand");
        ShellWindow.waitFor(
                () -> robot.lookup("#guideline-read-only").tryQuery().isPresent());
        assertThat(robot.lookup("#guideline-save").query().isVisible()).isFalse();
    }

    @Test
    void anAdminGetsEveryCommand() throws Exception {
        User admin = LocalProfiles.named(workstation.store().userProfiles(), "Ana Admin", Role.ADMIN);
        window.openAs(new DataDirectory(dataDir), workstation, admin);
        robot.clickOn("#nav-library");
        ShellWindow.waitFor(() -> window.text("#library-summary").equals("12 items"));

        assertThat(robot.lookup("#library-new-draft").tryQuery()).isPresent();
        assertThat(window.findMenuItem("menu-new-draft")).isPresent();
        assertThat(window.findMenuItem("menu-submit")).isPresent();
        assertThat(window.findMenuItem("menu-approve")).isPresent();
        robot.clickOn("#nav-brand");
        ShellWindow.waitFor(() -> robot.lookup("#guideline-save").query().isVisible());
        assertThat(robot.lookup("#guideline-read-only").tryQuery()).isEmpty();

        // the demo's brand knowledge, approved claims among it, and a keyword search over it
        TabPane tabs = robot.lookup("#brand-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        ListView<BrandKnowledge> knowledge = robot.lookup("#knowledge-list").queryListView();
        ShellWindow.waitFor(() -> knowledge.getItems().size() == 7);
        window.screenshot("brand-knowledge");
        robot.clickOn("#knowledge-search").write("relax");
        ShellWindow.waitFor(() -> window.text("#knowledge-count").equals("2 entries match"));
        assertThat(knowledge.getItems())
                .extracting(BrandKnowledge::knowledgeType)
                .containsOnly(KnowledgeType.CLAIM);
    }

    private User profile(String name) {
        return workstation.store().userProfiles().all().stream()
                .filter(user -> user.displayName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private String tooltip(String query) {
        return robot.lookup(query).queryAs(Control.class).getTooltip().getText();
    }

    private boolean shown(String query) {
        return robot.lookup(query)
                .tryQuery()
                .filter(node -> node.getScene() != null)
                .isPresent();
    }

    private ContentItem selectInQueue(String title) throws TimeoutException {
        return window.selectInQueue(item -> item.title().equals(title)).item();
    }

    private ContentItem find(ContentItem item) {
        return workstation.editorServices().library().find(item.id()).orElseThrow();
    }

    private ContentItem stored(String caption) {
        return workstation.editorServices().library().list(ContentQuery.all(), PageRequest.first(50)).items().stream()
                .filter(item -> item.body().caption().equals(caption))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no item with caption " + caption));
    }
}
