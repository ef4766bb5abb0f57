package com.eesystem.curator.app;

import com.eesystem.curator.app.config.ConnectionConfig;
import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.storage.local.LocalStoreCorrupt;
import com.eesystem.curator.storage.local.LocalStoreException;
import com.eesystem.curator.storage.local.LocalStoreSettings;
import com.eesystem.curator.ui.settings.SettingsPage;
import com.eesystem.curator.ui.shell.ShellDependencies;
import com.eesystem.curator.ui.shell.StartRefused;
import com.eesystem.curator.ui.shell.WorkspaceOpening;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The order in which {@code curator gui} starts, so the window never waits for the local store: the window
 * shows "Opening your workspace…" first; then the store opens and migrates, the demo is seeded and the
 * pages' ports are wired on the background executor, and the workspace replaces the placeholder. Only the checks
 * that must come before any use run then (migrations, the full integrity check after an unclean
 * shutdown); the store's quick check runs once the workspace shows, at low priority, and only after it
 * passed do backups and cleanup start. A damaged store found then replaces the workspace with the same
 * "restore from backup" offer as at start, and the store refuses writes until the user decides.
 */
public final class WorkspaceStart implements WorkspaceOpening, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceStart.class);

    private final DataDirectory dataDirectory;
    private final LocalStoreSettings settings;
    private final ExecutorService background;
    private final RestartRequest restart;
    private final Clock clock;
    private final Consumer<Duration> windowShown;
    private final Consumer<Duration> workspaceShown;
    private final boolean checkAfterOpening;
    private final AtomicReference<LocalStore> store = new AtomicReference<>();
    private final AtomicReference<TeamLink> team = new AtomicReference<>();
    private final CompletableFuture<ShellDependencies> opening;
    private final CompletableFuture<Void> windowUp = new CompletableFuture<>();
    private boolean closed;

    /**
     * What the start does besides opening.
     *
     * @param seedDemo whether an empty library gets the demo workspace
     * @param checkAfterOpening whether the store's deferred check (and then its maintenance) runs once the
     *     workspace shows; off only for measuring the start
     * @param connection the team servers to link to (read off the FX thread, so it is a supplier)
     */
    public record Options(boolean seedDemo, boolean checkAfterOpening, Supplier<ConnectionConfig> connection) {}

    /**
     * Prepares opening the workspace on {@code background} once the window's first frame is up; hand the
     * result to the window.
     *
     * @param background the window's background executor, shut down by {@link #close()}
     * @param windowShown told when the window's first frame (the placeholder) was laid out
     * @param workspaceShown told when the workspace's first frame was laid out
     */
    public WorkspaceStart(
            DataDirectory dataDirectory,
            LocalStoreSettings settings,
            Options options,
            ExecutorService background,
            RestartRequest restart,
            Clock clock,
            Consumer<Duration> windowShown,
            Consumer<Duration> workspaceShown) {
        this.dataDirectory = dataDirectory;
        this.settings = settings;
        this.background = background;
        this.restart = restart;
        this.clock = clock;
        this.windowShown = windowShown;
        this.workspaceShown = workspaceShown;
        this.checkAfterOpening = options.checkAfterOpening();
        // begun once the first frame is up: opened while the toolkit started, the store's work took CPU from the
        // window on this 2-core machine (first frame at 2.9-4.1 s of process CPU against 1.8-2.2 s,
        // docs/benchmarks.md "App start")
        this.opening = windowUp.thenApplyAsync(ignored -> openWorkspace(options), background);
    }

    private ShellDependencies openWorkspace(Options options) {
        long opened = System.nanoTime();
        try {
            store.set(LocalStore.openCheckingLater(settings, Clock.systemUTC()));
        } catch (LocalStoreException failure) {
            log.error(LogFiles.ALREADY_SHOWN, "The local store did not open", failure);
            throw StartProblems.refusal(failure, settings, restart, clock);
        }
        log.info("Local store open in {} ms", (System.nanoTime() - opened) / 1_000_000);
        Workstation workstation = Workstation.on(store.get(), clock);
        if (options.seedDemo()) {
            long seeding = System.nanoTime();
            int seeded = workstation.seedDemoIfEmpty();
            if (seeded > 0) {
                log.info("Demo workspace seeded in {} ms", (System.nanoTime() - seeding) / 1_000_000);
            }
        }
        team.set(TeamLink.start(options.connection().get(), store.get(), clock));
        return ShellComposition.dependencies(dataDirectory, workstation, background, workspaceShown)
                .withServers(team.get().status(), team.get())
                .withPage(
                        "settings",
                        context -> new SettingsPage(
                                context,
                                new WorkstationSettings(dataDirectory, store.get(), restart, clock),
                                new WorkstationDemo(workstation)));
    }

    @Override
    public ShellDependencies open() {
        try {
            return opening.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Whether the workspace is open (the store opened, the demo seeded, the pages wired). */
    public boolean isOpen() {
        return opening.isDone() && !opening.isCompletedExceptionally();
    }

    /** Why the workspace did not open, once it failed. */
    public Optional<RuntimeException> failure() {
        if (!opening.isCompletedExceptionally()) {
            return Optional.empty();
        }
        try {
            open();
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(e);
        }
    }

    @Override
    public void windowShown(Duration sinceJvmStart) {
        log.info("First window frame {} ms after JVM start", sinceJvmStart.toMillis());
        windowShown.accept(sinceJvmStart);
        windowUp.complete(null);
    }

    @Override
    public void opened(Consumer<StartRefused> refuse) {
        if (!checkAfterOpening) {
            return;
        }
        // the quick check reads every page (seconds on a big store): after the workspace's first frame, at low
        // priority, so it takes what the window leaves
        Thread.ofPlatform()
                .name("curator-start-check")
                .daemon(true)
                .priority(Thread.MIN_PRIORITY)
                .start(() -> checkThenMaintain(refuse));
    }

    private void checkThenMaintain(Consumer<StartRefused> refuse) {
        LocalStore opened = store.get();
        try {
            opened.checkAfterOpening();
        } catch (LocalStoreCorrupt damaged) {
            log.error(LogFiles.ALREADY_SHOWN, "The local store is damaged", damaged);
            refuse.accept(StartProblems.damagedAfterOpening(damaged, settings, restart, clock));
            return;
        } catch (RuntimeException e) {
            // e.g. the window closed, and the store with it, during the check: the next start checks again
            log.warn("The start check of the local store did not finish: {}", e.getMessage());
            return;
        }
        synchronized (this) {
            // snapshots and cleanup start only after the check passed, so a catch-up backup never delays the
            // window and a damaged file is never copied over the good backups
            if (!closed) {
                opened.startMaintenance();
            }
        }
    }

    /**
     * After the window closed: lets queued preference writes and saves finish, then closes the team link
     * and the store.
     */
    @Override
    public void close() throws InterruptedException {
        synchronized (this) {
            closed = true;
        }
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
}
