package com.eesystem.curator.ui.shell;

import com.eesystem.curator.domain.session.UserPreferences;
import com.eesystem.curator.domain.sync.SyncStatusSource;
import com.eesystem.curator.ui.page.Page;
import com.eesystem.curator.ui.page.PageFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Everything the window needs, built by the composition root ({@code app}) and handed in: the ports
 * it reads and writes through, the executor for background work, and the pages in navigation order.
 *
 * @param preferences the user's remembered choices (theme, last page); written from the background executor
 * @param remembered the user's preferences as read before the window opened, off the FX thread (a store
 *     adapter may refuse I/O on it), so the window opens in the remembered theme and on the last page
 * @param syncStatus what the status bar shows about the team servers
 * @param background runs view models' tasks off the FX thread; owned (and shut down) by the caller
 * @param clock the time source
 * @param userId whose preferences these are
 * @param dataDirectory where the local data lives (shown in Settings)
 * @param pages the pages in navigation order; the n-th gets Ctrl+n
 * @param firstFrameShown told once, on the FX thread, how long after JVM start the window was laid out
 * @param serverLinks the live layer's state and "Sync now" for the status bar ({@link ServerLinks#none()}
 *     when no server is configured)
 * @param profiles the local profiles to choose from at start, each getting its own pages; null: no
 *     choice, the window shows {@code pages}
 */
public record ShellDependencies(
        UserPreferences preferences,
        Map<String, String> remembered,
        SyncStatusSource syncStatus,
        Executor background,
        Clock clock,
        String userId,
        Path dataDirectory,
        List<PageFactory> pages,
        Consumer<Duration> firstFrameShown,
        ServerLinks serverLinks,
        ProfileChoice profiles) {

    public ShellDependencies {
        Objects.requireNonNull(preferences, "preferences");
        remembered = Map.copyOf(remembered);
        Objects.requireNonNull(syncStatus, "syncStatus");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(firstFrameShown, "firstFrameShown");
        Objects.requireNonNull(serverLinks, "serverLinks");
        if (userId.isBlank()) {
            throw new IllegalArgumentException("userId: \"" + userId + "\" is blank");
        }
        pages = List.copyOf(pages);
        if (pages.isEmpty() || pages.size() > 9) {
            throw new IllegalArgumentException("pages: " + pages.size() + " given, the shell shows 1 to 9 (Ctrl+1..9)");
        }
    }

    /** The same window on these team-server links and their sync status. */
    public ShellDependencies withServers(SyncStatusSource status, ServerLinks links) {
        return toBuilder().syncStatus(status).serverLinks(links).build();
    }

    /**
     * The same window with the page whose id is {@code id} built by {@code replacement} instead (the
     * original factory is still asked, to learn the id; pages are cheap to build).
     */
    public ShellDependencies withPage(String id, PageFactory replacement) {
        ProfileChoice replacedChoice = profiles == null
                ? null
                : new ProfileChoice(
                        profiles.profiles(),
                        profiles.known(),
                        user -> replacing(profiles.pagesFor().apply(user), id, replacement));
        return toBuilder()
                .pages(replacing(pages, id, replacement))
                .profiles(replacedChoice)
                .build();
    }

    /** A builder holding these dependencies, to change some of them. */
    public Builder toBuilder() {
        Builder builder = new Builder(preferences, syncStatus, background, userId, dataDirectory, pages);
        builder.remembered = remembered;
        builder.clock = clock;
        builder.firstFrameShown = firstFrameShown;
        builder.serverLinks = serverLinks;
        builder.profiles = profiles;
        return builder;
    }

    /** Collects the dependencies; {@link #build()} validates them as the record does. */
    public static final class Builder {
        private UserPreferences preferences;
        private SyncStatusSource syncStatus;
        private Executor background;
        private String userId;
        private Path dataDirectory;
        private List<PageFactory> pages;
        private Map<String, String> remembered = Map.of();
        private Clock clock = Clock.systemDefaultZone();
        private Consumer<Duration> firstFrameShown = shown -> {};
        private ServerLinks serverLinks = ServerLinks.none();
        private ProfileChoice profiles;

        /**
         * From what every window needs; the rest default to: nothing remembered, the system clock, no
         * first-frame report, no team servers ({@link ServerLinks#none()}) and no profile choice.
         */
        public Builder(
                UserPreferences preferences,
                SyncStatusSource syncStatus,
                Executor background,
                String userId,
                Path dataDirectory,
                List<PageFactory> pages) {
            this.preferences = preferences;
            this.syncStatus = syncStatus;
            this.background = background;
            this.userId = userId;
            this.dataDirectory = dataDirectory;
            this.pages = pages;
        }

        public Builder remembered(Map<String, String> remembered) {
            this.remembered = remembered;
            return this;
        }

        public Builder syncStatus(SyncStatusSource syncStatus) {
            this.syncStatus = syncStatus;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder pages(List<PageFactory> pages) {
            this.pages = pages;
            return this;
        }

        public Builder firstFrameShown(Consumer<Duration> firstFrameShown) {
            this.firstFrameShown = firstFrameShown;
            return this;
        }

        public Builder serverLinks(ServerLinks serverLinks) {
            this.serverLinks = serverLinks;
            return this;
        }

        /** @param profiles null: no choice at start */
        public Builder profiles(ProfileChoice profiles) {
            this.profiles = profiles;
            return this;
        }

        public ShellDependencies build() {
            return new ShellDependencies(
                    preferences,
                    remembered,
                    syncStatus,
                    background,
                    clock,
                    userId,
                    dataDirectory,
                    pages,
                    firstFrameShown,
                    serverLinks,
                    profiles);
        }
    }

    private static List<PageFactory> replacing(List<PageFactory> factories, String id, PageFactory replacement) {
        return factories.stream()
                .<PageFactory>map(factory -> context -> {
                    Page page = factory.create(context);
                    return page.id().equals(id) ? replacement.create(context) : page;
                })
                .toList();
    }

    /** The standard navigation: Library, Calendar, Templates, Review, Brand library, Settings. */
    public static List<PageFactory> standardPages() {
        return StandardPages.ALL;
    }

    static void requireDistinctIds(List<String> ids) {
        if (new HashSet<>(ids).size() != ids.size()) {
            throw new IllegalArgumentException("pages: ids " + ids + " are not distinct");
        }
    }
}
