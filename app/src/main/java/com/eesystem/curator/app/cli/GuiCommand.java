package com.eesystem.curator.app.cli;

import com.eesystem.curator.app.DataDirectory;
import com.eesystem.curator.app.RestartRequest;
import com.eesystem.curator.app.ShellComposition;
import com.eesystem.curator.app.WorkspaceStart;
import com.eesystem.curator.app.config.ConnectionConfig;
import com.eesystem.curator.app.config.ConnectionConfigException;
import com.eesystem.curator.app.config.ConnectionConfigFile;
import com.eesystem.curator.ui.shell.CuratorApplication;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
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
            description = "Print the milliseconds from JVM start to the first laid-out frame and to the workspace,"
                    + " with the process CPU time, and close (for measuring).")
    boolean exitWhenShown;

    private volatile Duration firstFrame = Duration.ZERO;
    private volatile long firstFrameCpu;
    private volatile long firstFrameAt;

    @Option(
            names = "--no-demo",
            description = "Do not put the demo workspace into an empty library on the first start.")
    boolean noDemo;

    @Override
    public Integer call() throws InterruptedException {
        DataDirectory dataDirectory = parent.dataDirectory();
        log.info("Opening the window; data dir {}", dataDirectory.root());
        Clock clock = Clock.systemDefaultZone();
        RestartRequest restart = new RestartRequest(Platform::exit);
        // the window shows a placeholder first; the store opens, the demo is seeded and the pages are wired after it
        WorkspaceStart start = new WorkspaceStart(
                dataDirectory,
                LocalStoreCommands.settings(dataDirectory),
                new WorkspaceStart.Options(!noDemo, !exitWhenShown, () -> savedConnection(dataDirectory)),
                ShellComposition.backgroundExecutor(),
                restart,
                clock,
                this::windowShown,
                this::workspaceShown);
        try {
            CuratorApplication.launchWindow(start);
        } finally {
            start.close();
        }
        log.info("Window closed");
        if (restart.pending().isPresent()) {
            return Relaunch.after(restart.pending().get(), dataDirectory, clock);
        }
        if (start.failure().isPresent()) {
            // the window showed why; a terminal gets the same sentence and a failing exit code
            System.err.println("curator gui: " + start.failure().get().getMessage());
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

    private void windowShown(Duration sinceJvmStart) {
        firstFrame = sinceJvmStart;
        firstFrameCpu = processCpuMillis();
        firstFrameAt = System.currentTimeMillis();
    }

    /** The workspace (pages, status bar) was first laid out. */
    private void workspaceShown(Duration sinceJvmStart) {
        log.info("Workspace shown {} ms after JVM start", sinceJvmStart.toMillis());
        if (exitWhenShown) {
            // CPU time says more than wall time on a shared machine: it hardly grows with the load
            // bin/measure-start sets CURATOR_LAUNCHED_AT (epoch ms) before ./curator, which spends time of its own
            String launchedAt = System.getenv("CURATOR_LAUNCHED_AT");
            String sinceLaunch = launchedAt == null || !launchedAt.matches("\\d{1,15}")
                    ? ""
                    : " launch-ms=" + (firstFrameAt - Long.parseLong(launchedAt));
            System.out.println("first-window-ms=" + firstFrame.toMillis() + " cpu-ms=" + firstFrameCpu
                    + " workspace-ms=" + sinceJvmStart.toMillis() + " workspace-cpu-ms=" + processCpuMillis()
                    + sinceLaunch);
            Platform.exit();
        }
    }

    private static long processCpuMillis() {
        return ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class).getProcessCpuTime() / 1_000_000;
    }
}
