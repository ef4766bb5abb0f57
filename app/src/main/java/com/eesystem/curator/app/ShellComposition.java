package com.eesystem.curator.app;

import com.eesystem.curator.ui.shell.ShellDependencies;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Builds what the window needs from the data dir. Today: preferences in a properties file and a
 * local-only sync status; the SQLite store's preferences and the sync engine's status replace them
 * here, and later capabilities swap their real pages into the standard list here.
 */
public final class ShellComposition {
    private ShellComposition() {}

    /**
     * @param background runs the window's background tasks; the caller shuts it down after the window closed
     * @param firstFrameShown told how long after JVM start the window was first laid out
     */
    public static ShellDependencies dependencies(
            DataDirectory dataDirectory, ExecutorService background, Consumer<Duration> firstFrameShown) {
        Clock clock = Clock.systemDefaultZone();
        String userId = localProfile();
        PropertiesFilePreferences preferences = PropertiesFilePreferences.in(dataDirectory.root(), clock);
        return new ShellDependencies(
                preferences,
                // read here, on the launching thread: the window must not do I/O on the FX thread
                preferences.all(userId),
                new LocalOnlySyncStatusSource(),
                background,
                clock,
                userId,
                dataDirectory.root(),
                ShellDependencies.standardPages(),
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
