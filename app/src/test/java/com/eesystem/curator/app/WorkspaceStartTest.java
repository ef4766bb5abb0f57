package com.eesystem.curator.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.app.config.ConnectionConfig;
import com.eesystem.curator.storage.local.BackupFile;
import com.eesystem.curator.storage.local.LocalBackups;
import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.storage.local.LocalStoreCorrupt;
import com.eesystem.curator.storage.local.LocalStoreSettings;
import com.eesystem.curator.ui.shell.CuratorApplication;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The start order of {@code curator gui} ({@link WorkspaceStart}): the window shows before the local store
 * has opened, the workspace fills it afterwards, and the store's check, run after the workspace showed,
 * still ends in the "restore from backup" offer when the file is damaged.
 */
class WorkspaceStartTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private final AtomicInteger restarts = new AtomicInteger();
    private final AtomicReference<Duration> windowFrame = new AtomicReference<>();
    private final AtomicReference<Duration> workspaceFrame = new AtomicReference<>();
    private final RestartRequest restart = new RestartRequest(restarts::incrementAndGet);
    private Application application;
    private WorkspaceStart start;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (application != null) {
            FxToolkit.cleanupApplication(application);
        }
        if (start != null) {
            start.close();
        }
    }

    @Test
    void theWindowShowsWhileTheStoreIsStillOpeningAndTheWorkspaceFillsItAfterwards() throws Exception {
        DataDirectory data = new DataDirectory(dataDir);
        try (LocalStore store = ShellComposition.openLocalStore(data)) {
            Workstation.on(store, Clock.systemUTC()).seedDemoIfEmpty();
        }
        // another program holds the store's write lock: opening the store waits for it (as for a slow disk)
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + data.localDatabase())) {
            other.setAutoCommit(false);
            try (Statement statement = other.createStatement()) {
                statement.execute("INSERT INTO sync_state (key, value) VALUES ('held', 'by another program')");
            }
            start = begin(data, settings(data).withBusyTimeout(Duration.ofSeconds(120)));
            application = FxToolkit.setupApplication(() -> new CuratorApplication(start));

            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> windowFrame.get() != null);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#opening-workspace-message")
                            .queryAs(Text.class)
                            .getText())
                    .isEqualTo("Opening your workspace…");
            assertThat(start.isOpen())
                    .as("the store is still waiting for the lock")
                    .isFalse();
            assertThat(workspaceFrame.get()).isNull();

            other.rollback();
        }
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> workspaceFrame.get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(start.isOpen()).isTrue();
        assertThat(robot.lookup("#opening-workspace").tryQuery()).isEmpty();
        // the demo added a reviewer beside this account's editor: the window asks who works
        assertThat(robot.lookup("#profile-chooser").tryQuery()).isPresent();
        assertThat(workspaceFrame.get()).isGreaterThan(windowFrame.get());
        // backups start only once the check after opening passed: the day's first snapshot proves both
        WaitForAsyncUtils.waitFor(
                120,
                TimeUnit.SECONDS,
                () -> LocalBackups.list(data.backups()).stream()
                        .anyMatch(file -> file.kind() == BackupFile.Kind.SNAPSHOT
                                && file.reason().equals("scheduled")));
    }

    @Test
    void aDamagedStoreFoundAfterTheWorkspaceShowedOffersTheNewestGoodBackup() throws Exception {
        DataDirectory data = new DataDirectory(dataDir);
        BackupFile backup;
        try (LocalStore store = ShellComposition.openLocalStore(data)) {
            Workstation.on(store, Clock.systemUTC()).seedDemoIfEmpty();
            backup = store.backups().snapshot("manual");
        }
        damagePagesNoStartReads(data.localDatabase());

        start = begin(data, settings(data));
        application = FxToolkit.setupApplication(() -> new CuratorApplication(start));
        WaitForAsyncUtils.waitFor(
                120,
                TimeUnit.SECONDS,
                () -> robot.lookup("#start-refused-offer").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(workspaceFrame.get())
                .as("the workspace showed before the check")
                .isNotNull();
        assertThat(robot.lookup("#start-refused-message").queryAs(Labeled.class).getText())
                .contains("is damaged")
                .contains("after the window opened")
                .contains("did not replace it");
        Button offer = robot.lookup("#start-refused-offer").queryButton();
        assertThat(offer.getText()).startsWith("Restore from backup ");

        robot.clickOn(offer);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> restarts.get() == 1);
        assertThat(restart.pending()).contains(new RestartRequest.Pending.RestoreThenRestart(backup.path()));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> text("#start-refused-outcome").startsWith("Curator closes, restores the backup of "));

        FxToolkit.cleanupApplication(application);
        application = null;
        start.close();
        start = null;
        assertThatThrownBy(() -> LocalStore.openCheckingLater(settings(data), Clock.systemUTC()))
                .as("the next start checks fully before any use")
                .isInstanceOf(LocalStoreCorrupt.class);
    }

    private WorkspaceStart begin(DataDirectory data, LocalStoreSettings settings) {
        return new WorkspaceStart(
                data,
                settings,
                new WorkspaceStart.Options(true, true, ConnectionConfig::none),
                ShellComposition.backgroundExecutor(),
                restart,
                Clock.systemDefaultZone(),
                windowFrame::set,
                workspaceFrame::set);
    }

    private static LocalStoreSettings settings(DataDirectory data) {
        return LocalStoreSettings.defaults(data.localDatabase(), data.backups());
    }

    /**
     * A failing disk's damage where opening the workspace does not read: rows of a table only this test
     * has, so the store opens and only the check (which reads every page) finds it.
     */
    private static void damagePagesNoStartReads(Path database) throws Exception {
        long before;
        long after;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                Statement statement = connection.createStatement()) {
            before = pageCount(statement);
            statement.execute("CREATE TABLE test_ballast (id INTEGER PRIMARY KEY, payload BLOB)");
            statement.execute(
                    "INSERT INTO test_ballast (payload) SELECT randomblob(3000) FROM"
                            + " (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40) SELECT i FROM n)");
            after = pageCount(statement);
        }
        // the closing connection folded the WAL into the file; the ballast's pages are the ones it added
        byte[] garbage = new byte[4096 * 4];
        new Random(42).nextBytes(garbage);
        try (RandomAccessFile file = new RandomAccessFile(database.toFile(), "rw")) {
            file.seek((before + (after - before) / 2) * 4096);
            file.write(garbage);
        }
    }

    private static long pageCount(Statement statement) throws Exception {
        try (ResultSet row = statement.executeQuery("PRAGMA page_count")) {
            row.next();
            return row.getLong(1);
        }
    }

    private String text(String query) {
        Node node = robot.lookup(query).query();
        return ((Labeled) node).getText();
    }
}
