package com.eesystem.curator.app.cli;

import com.eesystem.curator.app.DataDirectory;
import com.eesystem.curator.app.LogFiles;
import com.eesystem.curator.app.RestartRequest;
import com.eesystem.curator.app.ShellComposition;
import com.eesystem.curator.app.StartProblems;
import com.eesystem.curator.app.TeamLink;
import com.eesystem.curator.app.Workstation;
import com.eesystem.curator.app.WorkstationDemo;
import com.eesystem.curator.app.WorkstationSettings;
import com.eesystem.curator.app.config.ConnectionConfig;
import com.eesystem.curator.app.config.ConnectionConfigException;
import com.eesystem.curator.app.config.ConnectionConfigFile;
import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.storage.local.LocalStoreException;
import com.eesystem.curator.ui.settings.SettingsPage;
import com.eesystem.curator.ui.shell.CuratorApplication;
import com.eesystem.curator.ui.shell.ShellDependencies;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "gui",
        mixinStandardHelpOptions = true,
        description = {
            "Open the Curator window (Library, Calendar, Templates, Review, Brand library, Settings).",
            "Works offline on the local store; the log goes to <data dir>/logs/curator.log."
        })
final class GuiCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(GuiCommand.class);

    /**
     * Curator runs JavaFX from the class path on purpose (the verified route, see
     * shared/recipes/javafx-testfx.md), and JavaFX warns about that on stderr at every start. Only that
     * one message is dropped; the logger is kept here so the filter is not collected with it.
     */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    static {
        JAVAFX_LOG.setFilter(record ->
                record.getMessage() == null || !record.getMessage().startsWith("Unsupported JavaFX configuration"));
    }

    @ParentCommand
    CuratorCommand parent;

    @Option(
            names = "--exit-when-shown",
            hidden = true,
            description =
                    "Print the milliseconds from JVM start to the first laid-out frame and close (for measuring).")
    boolean exitWhenShown;

    private volatile LocalStore openedStore;

    @Option(
            names = "--no-demo",
            description = "Do not put the demo workspace into an empty library on the first start.")
    boolean noDemo;

    @Override
    public Integer call() throws InterruptedException {
        DataDirectory dataDirectory = parent.dataDirectory();
        log.info("Opening the window; data dir {}", dataDirectory.root());
        Clock clock = Clock.systemDefaultZone();
        ExecutorService background = ShellComposition.backgroundExecutor();
        AtomicReference<LocalStore> store = new AtomicReference<>();
        AtomicReference<TeamLink> team = new AtomicReference<>();
        RestartRequest restart = new RestartRequest(Platform::exit);
        // the store opens (checks, migrates), the demo is seeded and the preferences are read while JavaFX starts
        CompletableFuture<ShellDependencies> opening = CompletableFuture.supplyAsync(
                () -> {
                    long opened = System.nanoTime();
                    try {
                        store.set(ShellComposition.openLocalStore(dataDirectory));
                        openedStore = store.get();
                    } catch (LocalStoreException failure) {
                        log.error(LogFiles.ALREADY_SHOWN, "The local store did not open", failure);
                        throw StartProblems.refusal(
                                failure, LocalStoreCommands.settings(dataDirectory), restart, clock);
                    }
                    log.info("Local store open in {} ms", (System.nanoTime() - opened) / 1_000_000);
                    Workstation workstation = Workstation.on(store.get(), clock);
                    if (!noDemo) {
                        long seeding = System.nanoTime();
                        int seeded = workstation.seedDemoIfEmpty();
                        if (seeded > 0) {
                            log.info("Demo workspace seeded in {} ms", (System.nanoTime() - seeding) / 1_000_000);
                        }
                    }
                    team.set(TeamLink.start(savedConnection(dataDirectory), store.get(), clock));
                    return ShellComposition.dependencies(dataDirectory, workstation, background, this::shown)
                            .withServers(team.get().status(), team.get())
                            .withPage(
                                    "settings",
                                    context -> new SettingsPage(
                                            context,
                                            new WorkstationSettings(dataDirectory, store.get(), restart, clock),
                                            new WorkstationDemo(workstation)));
                },
                background);
        try {
            CuratorApplication.launchWindow(opening::join);
        } catch (RuntimeException startFailed) {
            // a store that cannot open is the user's problem to read, not JavaFX's wrapper around it
            if (opening.isCompletedExceptionally()) {
                throw unwrap(opening);
            }
            throw startFailed;
        } finally {
            // let queued preference writes and saves finish before the store closes
            background.shutdown();
            if (!background.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("Background work still running 5 s after the window closed; closing the store anyway");
            }
            if (team.get() != null) {
                team.get().close();
            }
            if (store.get() != null) {
                store.get().close();
            }
        }
        log.info("Window closed");
        if (restart.pending().isPresent()) {
            return Relaunch.after(restart.pending().get(), dataDirectory, clock);
        }
        if (opening.isCompletedExceptionally()) {
            // the window showed why; a terminal gets the same sentence and a failing exit code
            RuntimeException refused = unwrap(opening);
            System.err.println("curator gui: " + refused.getMessage());
            return 1;
        }
        return 0;
    }

    /** The saved connection; a config that cannot be read leaves the window local-only, with a warning. */
    private static ConnectionConfig savedConnection(DataDirectory dataDirectory) {
        try {
            return ConnectionConfigFile.of(dataDirectory).load();
        } catch (ConnectionConfigException e) {
            log.warn("Working locally: the saved connection cannot be used: {}", e.getMessage());
            return ConnectionConfig.none();
        }
    }

    private static RuntimeException unwrap(CompletableFuture<?> failed) {
        try {
            failed.join();
            return new IllegalStateException("the window's start failed");
        } catch (CompletionException e) {
            return e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void shown(Duration sinceJvmStart) {
        log.info("First window frame {} ms after JVM start", sinceJvmStart.toMillis());
        // daily snapshots and cleanup start once the window is up, so a catch-up backup never delays it
        if (openedStore != null && !exitWhenShown) {
            openedStore.startMaintenance();
        }
        if (exitWhenShown) {
            // CPU time says more than wall time on a shared machine: it hardly grows with the load
            long cpuMillis = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class)
                            .getProcessCpuTime()
                    / 1_000_000;
            System.out.println("first-window-ms=" + sinceJvmStart.toMillis() + " cpu-ms=" + cpuMillis);
            Platform.exit();
        }
    }
}
