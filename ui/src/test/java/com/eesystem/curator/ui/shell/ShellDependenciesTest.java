package com.eesystem.curator.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.session.UserPreferences;
import com.eesystem.curator.domain.sync.SyncStatus;
import com.eesystem.curator.domain.sync.SyncStatusSource;
import com.eesystem.curator.ui.page.PageFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ShellDependenciesTest {

    /** Never called: these tests only construct the record. */
    private static final UserPreferences PREFERENCES = new UserPreferences() {
        @Override
        public Optional<String> get(String userId, String key) {
            throw new AssertionError("not used");
        }

        @Override
        public void put(String userId, String key, String value) {
            throw new AssertionError("not used");
        }

        @Override
        public Map<String, String> all(String userId) {
            throw new AssertionError("not used");
        }
    };

    private static final SyncStatusSource SYNC = new SyncStatusSource() {
        @Override
        public SyncStatus current() {
            throw new AssertionError("not used");
        }

        @Override
        public AutoCloseable subscribe(Consumer<SyncStatus> listener) {
            throw new AssertionError("not used");
        }
    };

    private static ShellDependencies with(String userId, List<PageFactory> pages) {
        return new ShellDependencies.Builder(PREFERENCES, SYNC, Runnable::run, userId, Path.of("data"), pages)
                .clock(Clock.systemUTC())
                .build();
    }

    @Test
    void theStandardNavigationHasTheSixPagesInOrder() {
        assertThat(ShellDependencies.standardPages()).hasSize(6);
        assertThat(with("anna", ShellDependencies.standardPages()).pages()).hasSize(6);
    }

    @Test
    void noPagesOrMoreThanTheNineShortcutsAreRefusedWithTheCount() {
        assertThatThrownBy(() -> with("anna", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pages: 0 given");
        List<PageFactory> ten =
                Collections.nCopies(10, ShellDependencies.standardPages().getFirst());
        assertThatThrownBy(() -> with("anna", ten)).hasMessageContaining("pages: 10 given, the shell shows 1 to 9");
    }

    @Test
    void aBlankUserIsRefusedByName() {
        assertThatThrownBy(() -> with(" ", ShellDependencies.standardPages()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("userId: \" \" is blank");
    }

    @Test
    void twoPagesWithTheSameIdAreRefusedNamingTheIds() {
        assertThatThrownBy(() -> ShellDependencies.requireDistinctIds(List.of("library", "review", "library")))
                .hasMessageContaining("[library, review, library]");
    }

    @Test
    void aWitherChangesWhatItNamesAndKeepsTheRest() {
        ShellDependencies before = new ShellDependencies.Builder(
                        PREFERENCES, SYNC, Runnable::run, "anna", Path.of("data"), ShellDependencies.standardPages())
                .remembered(Map.of("ui.shell.page", "review"))
                .build();
        ServerLinks links = ServerLinks.none();

        ShellDependencies after = before.withServers(SYNC, links);

        assertThat(after.serverLinks()).isSameAs(links).isNotSameAs(before.serverLinks());
        assertThat(after)
                .extracting(
                        ShellDependencies::preferences,
                        ShellDependencies::remembered,
                        ShellDependencies::background,
                        ShellDependencies::clock,
                        ShellDependencies::userId,
                        ShellDependencies::dataDirectory,
                        ShellDependencies::pages,
                        ShellDependencies::firstFrameShown)
                .containsExactly(
                        before.preferences(),
                        before.remembered(),
                        before.background(),
                        before.clock(),
                        before.userId(),
                        before.dataDirectory(),
                        before.pages(),
                        before.firstFrameShown());
        assertThat(after.remembered()).containsEntry("ui.shell.page", "review");
        assertThat(before.withPage("review", ShellDependencies.standardPages().getFirst())
                        .pages())
                .hasSize(6);
    }
}
