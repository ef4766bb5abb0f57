package com.eesystem.curator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.storage.local.LocalStoreCorrupt;
import com.eesystem.curator.storage.local.LocalStoreException;
import com.eesystem.curator.ui.shell.CuratorApplication;
import com.eesystem.curator.ui.shell.StartRefused;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
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

/**
 * A damaged local store at start: the window says so in plain words and offers the newest good backup;
 * taking the offer restores it (the damaged file kept aside) and asks for a restart. Never an empty store.
 */
class DamagedStoreStartTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private final AtomicInteger restarts = new AtomicInteger();
    private Application application;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws TimeoutException {
        if (application != null) {
            FxToolkit.cleanupApplication(application);
        }
    }

    @Test
    void theWindowOffersTheNewestGoodBackupAndRestoresIt() throws Exception {
        DataDirectory data = new DataDirectory(dataDir);
        long items;
        try (LocalStore store = ShellComposition.openLocalStore(data)) {
            Workstation.on(store, Clock.systemUTC()).seedDemoIfEmpty();
            items = total(store);
            store.backups().snapshot("manual");
        }
        damage(data.localDatabase());

        StartRefused refused = refusalAtStart(data);
        assertThat(refused.getMessage()).contains("is damaged").contains("did not replace it");
        assertThat(refused.offer()).isPresent();
        assertThat(refused.offer().get().label()).startsWith("Restore from backup ");

        application = FxToolkit.setupApplication(() -> new CuratorApplication(() -> {
            throw refused;
        }));
        // the window shows first and asks for the workspace off the FX thread; the refusal replaces it
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> robot.lookup("#start-refused-message").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#start-refused-message")).isEqualTo(refused.getMessage());
        Button offer = robot.lookup("#start-refused-offer").queryButton();
        assertThat(offer.getText()).isEqualTo(refused.offer().get().label());

        robot.clickOn(offer);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> restarts.get() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text("#start-refused-outcome"))
                .startsWith("Restored the backup of ")
                .contains("kept in");
        try (LocalStore reopened = ShellComposition.openLocalStore(data)) {
            assertThat(total(reopened)).isEqualTo(items).isPositive();
        }
        try (var kept = Files.list(data.backups())) {
            assertThat(kept.map(path -> path.getFileName().toString())).anyMatch(name -> name.startsWith("replaced-"));
        }
    }

    @Test
    void withoutABackupItSaysSoAndOffersNothing() throws Exception {
        DataDirectory data = new DataDirectory(dataDir);
        try (LocalStore store = ShellComposition.openLocalStore(data)) {
            Workstation.on(store, Clock.systemUTC()).seedDemoIfEmpty();
        }
        damage(data.localDatabase());
        long sizeBefore = Files.size(data.localDatabase());

        StartRefused refused = refusalAtStart(data);

        assertThat(refused.offer()).isEmpty();
        assertThat(refused.getMessage()).contains("no usable backup");
        assertThat(Files.size(data.localDatabase())).as("never recreated empty").isEqualTo(sizeBefore);
    }

    private StartRefused refusalAtStart(DataDirectory data) {
        RestartRequest restart = new RestartRequest(restarts::incrementAndGet);
        LocalStoreException failure = (LocalStoreException) org.assertj.core.api.Assertions.catchThrowable(
                () -> ShellComposition.openLocalStore(data).close());
        assertThat(failure).isInstanceOf(LocalStoreCorrupt.class);
        return StartProblems.refusal(
                failure,
                com.eesystem.curator.storage.local.LocalStoreSettings.defaults(data.localDatabase(), data.backups()),
                restart,
                Clock.systemUTC());
    }

    /** Overwrites pages in the middle of the file, as a failing disk would. */
    private static void damage(Path database) throws Exception {
        Files.deleteIfExists(Path.of(database + "-wal"));
        Files.deleteIfExists(Path.of(database + "-shm"));
        try (RandomAccessFile file = new RandomAccessFile(database.toFile(), "rw")) {
            long length = file.length();
            for (long offset = 4096; offset < length; offset += 8192) {
                file.seek(offset);
                file.write(new byte[1024]);
                file.write("garbage".repeat(100).getBytes());
            }
        }
    }

    private static long total(LocalStore store) {
        return store.contentLibrary().countByStatus().values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }
}
