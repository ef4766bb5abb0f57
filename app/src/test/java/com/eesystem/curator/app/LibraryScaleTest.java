package com.eesystem.curator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.content.ListedContent;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.user.UserId;
import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.ui.library.LibraryViewModel;
import com.eesystem.curator.ui.shell.CuratorApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
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
 * The library window over 100,000 items: the table shows the count from the store, jumps to the last
 * row (its page is read on demand, not the 99,800 rows before it) and a keyword search narrows it, with
 * the right rows on screen each time.
 */
class LibraryScaleTest {

    static final int ITEMS = 100_000;
    private static final Instant FIRST = Instant.parse("2026-01-01T00:00:00Z");
    private static final UserId AUTHOR = UserId.parse("00000000-0000-0000-0000-00000000a001");

    /** One seeded data dir for both tests (seeding 100k rows is most of their time); neither changes it. */
    @TempDir
    static Path dataDir;

    private final FxRobot robot = new FxRobot();
    private ExecutorService background;
    private Application application;
    private LocalStore store;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        try (LocalStore seeding = ShellComposition.openLocalStore(new DataDirectory(dataDir))) {
            seed(seeding, ITEMS);
        }
    }

    @AfterEach
    void closeWindow() throws TimeoutException, InterruptedException {
        if (background == null) {
            return;
        }
        if (application != null) {
            FxToolkit.cleanupApplication(application);
        }
        background.shutdown();
        assertThat(background.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        store.close();
    }

    @Test
    void aHundredThousandItemsScrollToTheEndAndSearch() throws Exception {
        store = ShellComposition.openLocalStore(new DataDirectory(dataDir));
        background = ShellComposition.backgroundExecutor();
        var dependencies = ShellComposition.dependencies(new DataDirectory(dataDir), store, background, frame -> {});
        application = FxToolkit.setupApplication(() -> new CuratorApplication(dependencies));
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        waitFor(() -> summary().equals("100,000 items"));
        TableView<?> table = robot.lookup("#library-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(ITEMS);
        // newest first: the last item seeded heads the table
        waitFor(() -> !visibleTitles().isEmpty());
        assertThat(visibleTitles().getFirst()).isEqualTo(title(ITEMS - 1));

        robot.clickOn(firstRow());
        robot.press(KeyCode.END).release(KeyCode.END);
        // the rows on screen are the oldest items in order, ending with the first one seeded
        waitFor(() -> {
            List<String> bottom = visibleTitles();
            return bottom.size() > 5 && bottom.equals(expectedFromOldest(bottom.size()));
        });
        Screenshots.take(stage.getScene(), "library-100k-end");

        robot.clickOn("#library-search").write("n05000");
        waitFor(() -> summary().equals("10 of 100,000 items match"));
        List<String> found = List.of(
                title(50_009),
                title(50_008),
                title(50_007),
                title(50_006),
                title(50_005),
                title(50_004),
                title(50_003),
                title(50_002),
                title(50_001),
                title(50_000));
        waitFor(() -> visibleTitles().equals(found));
        assertThat(table.getItems()).hasSize(10);
    }

    @Test
    void theCsvExportStreamsAllHundredThousandRowsWithProgressAndACancelKeepsTheOldFile() throws Exception {
        store = ShellComposition.openLocalStore(new DataDirectory(dataDir));
        background = ShellComposition.backgroundExecutor();
        Workstation workstation = Workstation.on(store, Clock.systemUTC(), ShellComposition.localProfile());
        LibraryViewModel library = new LibraryViewModel(workstation.editorServices(), background);
        robot.interact(library::refresh);
        waitFor(() -> library.summaryProperty().get().equals("100,000 items"));
        Path target = Files.createTempDirectory(dataDir, "export").resolve("library.csv");
        Files.writeString(target, "an older export\r\n");

        robot.interact(() -> {
            library.exportCsv(target);
            library.cancelExport();
        });
        waitFor(() -> !library.exportingProperty().get());
        assertThat(library.exportMessageProperty().get()).isEqualTo("Export cancelled; nothing was written");
        waitFor(() -> !Files.exists(target.resolveSibling("library.csv.part")));
        assertThat(Files.readString(target)).isEqualTo("an older export\r\n");

        List<Double> progress = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            library.exportProgressProperty().addListener((o, was, now) -> progress.add(now.doubleValue()));
            library.exportCsv(target);
        });
        waitFor(() -> !library.exportingProperty().get());
        assertThat(library.exportMessageProperty().get()).isEqualTo("Exported 100,000 rows to library.csv");
        assertThat(progress).anyMatch(value -> value > 0 && value < 1).contains(1.0);
        try (var lines = Files.lines(target)) {
            assertThat(lines.count()).isEqualTo(ITEMS + 1);
        }
        try (var lines = Files.lines(target)) {
            assertThat(lines.skip(1).findFirst().orElseThrow())
                    .as("newest first, as the table shows it")
                    .contains("," + title(ITEMS - 1) + ",");
        }
    }

    /** The titles of the {@code count} oldest items, in the table's order (newest first). */
    private static List<String> expectedFromOldest(int count) {
        List<String> titles = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            titles.add(title(i));
        }
        return titles;
    }

    static String title(int index) {
        return String.format("Post n%06d", index);
    }

    /** Item {@code i} is updated i seconds after the first, so "newest first" is descending i. */
    static void seed(LocalStore store, int items) {
        int batch = 10_000;
        for (int from = 0; from < items; from += batch) {
            List<ContentItem> chunk = new ArrayList<>(batch);
            for (int i = from; i < Math.min(items, from + batch); i++) {
                Instant at = FIRST.plusSeconds(i);
                ContentBody body = new ContentBody(
                        title(i),
                        "",
                        ContentType.values()[i % ContentType.values().length],
                        List.of(Platform.values()[i % Platform.values().length]),
                        "Ten quiet minutes of light, morning number " + i + ".",
                        "",
                        List.of("calm"),
                        List.of(),
                        Map.of());
                chunk.add(ContentItem.draft(ContentId.random(), AUTHOR, body, at));
            }
            assertThat(store.importNewContent(chunk)).isEqualTo(chunk.size());
        }
    }

    private String summary() {
        return robot.lookup("#library-summary").queryAs(Label.class).getText();
    }

    private Node firstRow() {
        return robot.lookup(".table-row-cell")
                .match(node -> node instanceof TableRow<?> row && row.getIndex() == 0 && row.getItem() != null)
                .query();
    }

    /** The titles of the loaded rows fully inside the table's viewport, top to bottom. */
    private List<String> visibleTitles() {
        List<TableRow<?>> rows = new ArrayList<>();
        for (Node node : robot.lookup(".table-row-cell").queryAll()) {
            if (node instanceof TableRow<?> row && row.isVisible() && !row.isEmpty() && row.getItem() != null) {
                rows.add(row);
            }
        }
        rows.sort((a, b) -> Integer.compare(a.getIndex(), b.getIndex()));
        return rows.stream()
                .map(row -> ((ListedContent) row.getItem()).item().title())
                .toList();
    }

    private static void waitFor(Supplier<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            try {
                return condition.get();
            } catch (RuntimeException notYet) {
                return false;
            }
        });
    }
}
