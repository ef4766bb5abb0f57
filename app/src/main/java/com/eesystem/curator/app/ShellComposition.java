package com.eesystem.curator.app;

import com.eesystem.curator.ui.library.LibraryPage;
import com.eesystem.curator.ui.page.PageFactory;
import com.eesystem.curator.ui.review.ReviewDeskPage;
import com.eesystem.curator.ui.shell.ShellDependencies;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Builds what the window needs from the data dir: the local store with the editorial use cases
 * (the Library page with the draft editor runs on them), preferences in a properties file and a
 * local-only sync status. The preferences stay in the file because the shell reads and writes the
 * theme on the FX thread, which the SQLite store refuses; the sync engine's status replaces the
 * local-only one here, and later capabilities swap their real pages into the standard list here.
 */
public final class ShellComposition {
    private ShellComposition() {}

    /**
     * @param background runs the window's background tasks; the caller shuts it down after the window closed
     * @param firstFrameShown told how long after JVM start the window was first laid out
     */
    public static ShellDependencies dependencies(
            DataDirectory dataDirectory, ExecutorService background, Consumer<Duration> firstFrameShown) {
        Workstation workstation = Workstation.open(dataDirectory, Clock.systemDefaultZone(), localProfile());
        // callers of this short form do not own the store; it closes with the JVM
        Runtime.getRuntime().addShutdownHook(new Thread(workstation::close, "curator-store-close"));
        return dependencies(dataDirectory, workstation, background, firstFrameShown);
    }

    /**
     * @param workstation the opened local store and use cases; the caller closes it after the window
     */
    public static ShellDependencies dependencies(
            DataDirectory dataDirectory,
            Workstation workstation,
            ExecutorService background,
            Consumer<Duration> firstFrameShown) {
        return dependencies(dataDirectory, () -> workstation, background, firstFrameShown);
    }

    /**
     * @param workstation the store being opened: asked for when the window builds its pages, so opening
     *     the store overlaps the JavaFX toolkit's start
     */
    public static ShellDependencies dependencies(
            DataDirectory dataDirectory,
            Supplier<Workstation> workstation,
            ExecutorService background,
            Consumer<Duration> firstFrameShown) {
        Clock clock = Clock.systemDefaultZone();
        List<PageFactory> pages = new ArrayList<>(ShellDependencies.standardPages());
        pages.set(0, context -> new LibraryPage(context, workstation.get().editorServices()));
        pages.set(3, context -> new ReviewDeskPage(context, workstation.get().editorServices()));
        return new ShellDependencies(
                PropertiesFilePreferences.in(dataDirectory.root(), clock),
                new LocalOnlySyncStatusSource(),
                background,
                clock,
                localProfile(),
                dataDirectory.root(),
                pages,
                firstFrameShown);
    }

    /** Two threads: UI background work is I/O against local files, and the machine may have two cores. */
    public static ExecutorService backgroundExecutor() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = task -> {
            Thread thread = new Thread(task, "curator-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return Executors.newFixedThreadPool(2, threads);
    }

    /**
     * The local profile the preferences belong to: the OS account, until the workstation's user and
     * role choice at start replaces it.
     */
    static String localProfile() {
        String name = System.getProperty("user.name", "");
        String safe = name.replace('/', '_').strip();
        return safe.isEmpty() ? "local" : safe;
    }
}
