package com.eesystem.curator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentQuery;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.content.CreateDraft;
import com.eesystem.curator.domain.content.ListedContent;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.storage.local.LocalStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The library and the draft editor in the real window on a demo workspace: filters, keyword search,
 * column sort, status chips, opening an item, undo/redo in the editor, New draft from any page and
 * bulk submit. Writes library-filtered.png and editor-undo.png (see {@link Screenshots}).
 */
class LibraryWindowTest {

    @TempDir
    Path dataDir;

    private final ShellWindow window = new ShellWindow();
    private final FxRobot robot = window.robot;
    private LocalStore store;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        ShellWindow.registerToolkit();
    }

    @AfterEach
    void closeWindow() throws TimeoutException, InterruptedException {
        window.close();
        if (store != null) {
            store.close();
        }
    }

    @Test
    void filtersSearchAndSortRunInTheStoreAndChipsShowEachStatus() throws Exception {
        startShell();
        waitFor(() -> summary().equals("12 items"));
        assertThat(chipTexts()).contains("in review", "draft", "pending");

        robot.clickOn("#library-search").write("insomn");
        waitFor(() -> summary().equals("1 of 12 items match"));
        waitFor(() -> visibleTitles().equals(List.of("Sleep claim (needs a fix)")));

        robot.interact(() ->
                robot.lookup("#library-search").queryAs(TextInputControl.class).clear());
        waitFor(() -> summary().equals("12 items"));
        CheckComboBox<ContentStatus> status = checkBox("#library-status-filter");
        robot.interact(() -> status.getCheckModel().check(ContentStatus.DRAFT));
        waitFor(() -> summary().equals("4 of 12 items match"));
        waitFor(() -> visibleRows().size() == 4);
        assertThat(visibleRows()).allMatch(row -> row.item().status() == ContentStatus.DRAFT);
        window.screenshot("library-filtered");

        robot.clickOn("#library-column-title");
        waitFor(() -> visibleTitles().getFirst().equals("Doctor endorsement (needs a fix)"));
        assertThat(visibleTitles()).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        robot.clickOn("#library-column-title");
        waitFor(() -> visibleTitles().getFirst().equals("Thread: what to expect"));
        assertThat(visibleTitles().reversed()).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void anOpenedItemIsEditedWithUndoAndRedoAcrossFields() throws Exception {
        startShell();
        waitFor(() -> summary().equals("12 items"));
        robot.clickOn("#library-search").write("Weekend");
        waitFor(() -> summary().equals("1 of 12 items match"));
        waitFor(() -> visibleTitles().equals(List.of("Weekend hours")));

        // Enter on the focused row opens it (a double-click's two clicks can fall apart on a loaded machine;
        // RoleWindowTest opens by double-click)
        robot.clickOn(firstRow());
        waitFor(() -> robot.lookup("#library-table")
                        .queryAs(TableView.class)
                        .getFocusModel()
                        .getFocusedIndex()
                == 0);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#draft-editor").tryQuery().isPresent());
        TextInputControl title = robot.lookup("#editor-title").queryAs(TextInputControl.class);
        TextInputControl caption = robot.lookup("#editor-caption").queryAs(TextInputControl.class);
        assertThat(title.getText()).isEqualTo("Weekend hours");
        String original = caption.getText();

        // each edit arrives as one change: typing key by key makes one undo step only while the keys
        // come less than a second apart (EditHistory.BURST_MILLIS), which a loaded machine breaks
        robot.clickOn(caption);
        robot.interact(() -> caption.appendText(" Bring a friend."));
        robot.clickOn(title);
        robot.interact(() -> title.appendText(" in May"));
        assertThat(title.getText()).isEqualTo("Weekend hours in May");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(title.getText()).isEqualTo("Weekend hours");
        assertThat(caption.getText()).isEqualTo(original + " Bring a friend.");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(caption.getText()).as("undo crosses into the caption").isEqualTo(original);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(caption.getText()).isEqualTo(original + " Bring a friend.");
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        assertThat(title.getText()).as("Ctrl+Y redoes too").isEqualTo("Weekend hours in May");

        MenuItem undo = menuItem("menu-undo");
        assertThat(undo.getAccelerator().getDisplayText()).isIn("Ctrl+Z", "⌘Z");
        assertThat(undo.isDisable()).isFalse();
        assertThat(menuItem("menu-redo").isDisable()).as("nothing left to redo").isTrue();
        robot.interact(undo::fire);
        assertThat(title.getText()).isEqualTo("Weekend hours");
        window.screenshot("editor-undo");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        Workstation workstation = Workstation.on(store, Clock.systemUTC(), ShellComposition.localProfile());
        waitFor(() ->
                workstation.editorServices().listing().rows(ContentQuery.all().withKeywords("friend"), 0, 5).stream()
                        .anyMatch(row -> row.item().title().equals("Weekend hours")));
    }

    @Test
    void newDraftOpensTheEditorFromEveryPage() throws Exception {
        startShell();
        waitFor(() -> summary().equals("12 items"));
        MenuItem newDraft = menuItem("menu-new-draft");
        assertThat(newDraft.isDisable()).isFalse();
        assertThat(newDraft.getAccelerator().getDisplayText()).isIn("Ctrl+N", "⌘N");

        robot.clickOn("#nav-calendar");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#draft-editor").tryQuery()).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#draft-editor")
                .tryQuery()
                .filter(node -> node.getScene() != null)
                .isPresent());
        assertThat(robot.lookup("#editor-title").queryAs(TextInputControl.class).getText())
                .isEmpty();

        robot.clickOn("#editor-back");
        robot.clickOn("#nav-review");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(newDraft::fire);
        waitFor(() -> robot.lookup("#draft-editor")
                .tryQuery()
                .filter(node -> node.getScene() != null)
                .isPresent());
    }

    @Test
    void bulkSubmitOfTheSelectedDraftsSaysWhatWasRefusedAndWhy() throws Exception {
        startShell();
        waitFor(() -> summary().equals("12 items"));
        CheckComboBox<ContentStatus> status = checkBox("#library-status-filter");
        robot.interact(() -> status.getCheckModel().check(ContentStatus.DRAFT));
        waitFor(() -> summary().equals("4 of 12 items match"));
        waitFor(() -> visibleRows().size() == 4);

        robot.clickOn(firstRow());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        assertThat(robot.lookup("#library-table")
                        .queryAs(TableView.class)
                        .getSelectionModel()
                        .getSelectedIndices())
                .hasSize(4);
        robot.clickOn("#library-bulk-submit");

        waitFor(() -> summary().equals("2 of 12 items match"));
        Label result = robot.lookup("#library-bulk-summary").queryAs(Label.class);
        assertThat(result.getText())
                .startsWith("2 submitted, 2 refused: '")
                .contains("(needs a fix)' failed the ")
                .endsWith("(and 1 more, listed below)");
        waitFor(() -> visibleRows().size() == 2);
        assertThat(visibleRows())
                .allMatch(row -> row.compliance() == com.eesystem.curator.domain.content.ComplianceStatus.REJECTED);
    }

    @Test
    void aBulkSubmitShowsItsProgressAndACancelKeepsWhatWasDone() throws Exception {
        store = ShellComposition.openLocalStore(new DataDirectory(dataDir));
        Workstation writer = Workstation.on(store, Clock.systemUTC(), ShellComposition.localProfile());
        int drafts = 150;
        for (int i = 1; i <= drafts; i++) {
            writer.editorServices()
                    .createDraft()
                    .create(new CreateDraft.Command(
                            writer.user(),
                            ContentBody.of(
                                    "Room note " + i,
                                    ContentType.QUOTE,
                                    List.of(Platform.FACEBOOK),
                                    "Room " + i + " is quiet on Sunday afternoons.")))
                    .orThrow();
        }
        window.openSingleUser(new DataDirectory(dataDir), store);
        waitFor(() -> summary().equals("150 items"));
        robot.clickOn(firstRow());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);

        // Cancel is pressed as soon as the first item is done: the rest must be left as they were
        ProgressBar progress = robot.lookup("#library-bulk-progress").queryAs(ProgressBar.class);
        Button cancel = robot.lookup("#library-bulk-cancel").queryButton();
        AtomicBoolean shownWhileRunning = new AtomicBoolean();
        robot.interact(() -> progress.progressProperty().addListener((o, was, now) -> {
            if (now.doubleValue() > 0 && !shownWhileRunning.get()) {
                shownWhileRunning.set(progress.getParent().isVisible() && cancel.isVisible());
                cancel.fire();
            }
        }));
        robot.clickOn("#library-bulk-submit");

        Label result = robot.lookup("#library-bulk-summary").queryAs(Label.class);
        waitFor(() -> result.getText().contains("cancelled"));
        assertThat(shownWhileRunning)
                .as("progress bar and Cancel show while it runs")
                .isTrue();
        Matcher counts = Pattern.compile("(\\d+) submitted; cancelled: (\\d+) left as they were")
                .matcher(result.getText());
        assertThat(counts.matches()).as(result.getText()).isTrue();
        int done = Integer.parseInt(counts.group(1));
        int left = Integer.parseInt(counts.group(2));
        assertThat(done).isPositive();
        assertThat(left).isPositive();
        assertThat(done + left).isEqualTo(drafts);
        var library = writer.editorServices().library();
        assertThat(library.count(ContentQuery.all().withStatuses(Set.of(ContentStatus.IN_REVIEW))))
                .as("what was done before the cancel stays done")
                .isEqualTo(done);
        assertThat(library.count(ContentQuery.all().withStatuses(Set.of(ContentStatus.DRAFT))))
                .isEqualTo(left);
        assertThat(progress.getParent().isVisible()).isFalse();
        window.screenshot("library-bulk-cancelled");
    }

    private void startShell() throws TimeoutException {
        store = ShellComposition.openLocalStore(new DataDirectory(dataDir));
        Workstation.on(store, Clock.systemUTC(), ShellComposition.localProfile())
                .seedDemoIfEmpty();
        window.openSingleUser(new DataDirectory(dataDir), store);
    }

    private String summary() {
        return robot.lookup("#library-summary").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private <T> CheckComboBox<T> checkBox(String query) {
        return robot.lookup(query).queryAs(CheckComboBox.class);
    }

    private MenuItem menuItem(String id) {
        return window.menuItem(id);
    }

    private Node firstRow() {
        return robot.lookup(".table-row-cell")
                .match(node -> node instanceof TableRow<?> row
                        && row.isVisible()
                        && row.getIndex() == 0
                        && row.getItem() != null)
                .query();
    }

    /** The loaded rows the table shows, top to bottom. */
    private List<ListedContent> visibleRows() {
        List<TableRow<?>> rows = new ArrayList<>();
        for (Node node : robot.lookup(".table-row-cell").queryAll()) {
            if (node instanceof TableRow<?> row && row.isVisible() && !row.isEmpty() && row.getItem() != null) {
                rows.add(row);
            }
        }
        rows.sort((a, b) -> Integer.compare(a.getIndex(), b.getIndex()));
        return rows.stream().map(row -> (ListedContent) row.getItem()).toList();
    }

    private List<String> visibleTitles() {
        return visibleRows().stream().map(row -> row.item().title()).toList();
    }

    private List<String> chipTexts() {
        return robot.lookup(".status-chip").queryAllAs(Label.class).stream()
                .filter(Node::isVisible)
                .map(Label::getText)
                .distinct()
                .toList();
    }

    private static void waitFor(Supplier<Boolean> condition) throws TimeoutException {
        ShellWindow.waitFor(condition);
    }
}
