package com.eesystem.curator.app;

import com.eesystem.curator.domain.session.UserPreferences;
import com.eesystem.curator.domain.user.UserProfiles;
import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.storage.local.LocalStoreSettings;
import com.eesystem.curator.storage.sync.SqliteSyncConflicts;
import com.eesystem.curator.ui.brand.BrandLibraryPage;
import com.eesystem.curator.ui.demo.DemoBannerPage;
import com.eesystem.curator.ui.library.LibraryPage;
import com.eesystem.curator.ui.page.PageFactory;
import com.eesystem.curator.ui.review.ReviewDeskPage;
import com.eesystem.curator.ui.shell.ProfileChoice;
import com.eesystem.curator.ui.shell.ShellDependencies;
import com.eesystem.curator.ui.sync.SyncConflictsPage;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Builds what the window needs from the open local store: its preferences (user_preferences), the
 * local profiles to choose from at start, the editorial use cases acting as the chosen profile (the
 * Library page with the draft editor and the Review desk run on them) and, until the sync engine's
 * status replaces it, a local-only sync status. Later capabilities swap their real pages into the
 * standard list here.
 */
public final class ShellComposition {
    private ShellComposition() {}

    /**
     * A window without a profile choice, acting as the editor profile of this computer's account
     * (embedding and tests of single pages; {@code curator gui} asks who works).
     *
     * @param store the open local store; the caller closes it after the window closed and the
     *     background executor finished
     * @param background runs the window's background tasks; the caller shuts it down after the window closed
     * @param firstFrameShown told how long after JVM start the window was first laid out
     */
    public static ShellDependencies dependencies(
            DataDirectory dataDirectory,
            LocalStore store,
            ExecutorService background,
            Consumer<Duration> firstFrameShown) {
        return dependencies(
                dataDirectory,
                Workstation.on(store, Clock.systemDefaultZone(), localProfile()),
                background,
                firstFrameShown,
                false);
    }

    /**
     * The window of {@code curator gui}: it opens as the remembered (or only) local profile, or asks who
     * works, and builds the pages for that person.
     *
     * @param workstation the use cases on the open local store; the caller closes the store after the
     *     window closed and the background executor finished
     */
    public static ShellDependencies dependencies(
            DataDirectory dataDirectory,
            Workstation workstation,
            ExecutorService background,
            Consumer<Duration> firstFrameShown) {
        return dependencies(dataDirectory, workstation, background, firstFrameShown, true);
    }

    private static ShellDependencies dependencies(
            DataDirectory dataDirectory,
            Workstation workstation,
            ExecutorService background,
            Consumer<Duration> firstFrameShown,
            boolean chooseProfile) {
        Clock clock = Clock.systemDefaultZone();
        String userId = localProfile();
        UserPreferences preferences = workstation.store().userPreferences();
        UserProfiles profiles = new AuditedUserProfiles(
                workstation.store().userProfiles(),
                new EchoedAuditLog(workstation.store().auditLog()),
                clock);
        return new ShellDependencies.Builder(
                        preferences,
                        new LocalOnlySyncStatusSource(),
                        background,
                        userId,
                        dataDirectory.root(),
                        pagesFor(workstation))
                // read here, on the launching thread: the window must not do I/O on the FX thread
                .remembered(preferences.all(userId))
                .clock(clock)
                .firstFrameShown(firstFrameShown)
                .profiles(
                        chooseProfile
                                ? new ProfileChoice(profiles, profiles.all(), user -> pagesFor(workstation.as(user)))
                                : null)
                .build();
    }

    /**
     * The standard pages with the Library (and its editor), the Review desk and the Brand library acting as
     * the workstation's user, and the sync conflicts to resolve.
     */
    static List<PageFactory> pagesFor(Workstation workstation) {
        List<PageFactory> pages = new ArrayList<>(ShellDependencies.standardPages());
        WorkstationDemo demo = new WorkstationDemo(workstation);
        pages.set(
                0,
                context -> new DemoBannerPage(
                        new LibraryPage(context, workstation.editorServices()), demo::present, context.background()));
        pages.set(3, context -> new ReviewDeskPage(context, workstation.reviewServices()));
        // brand library (helper compliance): guidelines listed and, for admins, edited; a save re-checks drafts
        pages.set(
                4,
                context -> new BrandLibraryPage(
                        context, BrandLibraryComposition.services(workstation, Clock.systemUTC())));
        // last, so the pages before it keep their Ctrl+1..6
        pages.add(context ->
                new SyncConflictsPage(context, new SqliteSyncConflicts(workstation.store(), Clock.systemUTC())));
        return pages;
    }

    /** Opens (checks, migrates) the local store of the data dir; call it off the FX thread. */
    public static LocalStore openLocalStore(DataDirectory dataDirectory) {
        return LocalStore.open(
                LocalStoreSettings.defaults(dataDirectory.localDatabase(), dataDirectory.backups()), Clock.systemUTC());
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
     * The OS account: whose preferences (theme, last page, last chosen profile) the window keeps, and the
     * name of the editor profile of starts that choose none.
     */
    static String localProfile() {
        String name = System.getProperty("user.name", "");
        String safe = name.replace('/', '_').strip();
        return safe.isEmpty() ? "local" : safe;
    }
}
