package com.eesystem.curator.storage.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.content.ContentItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start check policy: quick_check normally, integrity_check after an unclean shutdown and weekly. */
class SqliteStartCheckTest {

    @TempDir
    Path folder;

    LocalStoreFixture.MutableClock clock = LocalStoreFixture.clock();

    @Test
    void aCleanlyClosedStoreGetsTheQuickCheckAndAWeekLaterTheFullOne() {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        try (LocalStore store = LocalStore.open(settings, clock)) {
            assertThat(store.startCheck().kind()).isEqualTo(StartCheck.Kind.NONE);
            assertThat(StartCheck.openMarker(settings.database())).exists();
        }
        assertThat(StartCheck.openMarker(settings.database()))
                .as("removed at close")
                .doesNotExist();
        clock.advance(Duration.ofDays(6));
        try (LocalStore store = LocalStore.open(settings, clock)) {
            assertThat(store.startCheck().kind()).isEqualTo(StartCheck.Kind.QUICK);
        }
        clock.advance(Duration.ofDays(1));
        try (LocalStore store = LocalStore.open(settings, clock)) {
            assertThat(store.startCheck().kind()).isEqualTo(StartCheck.Kind.FULL);
            assertThat(store.startCheck().reason()).contains("a week old");
        }
        try (LocalStore store = LocalStore.open(settings, clock)) {
            assertThat(store.startCheck().kind())
                    .as("the full check was recorded")
                    .isEqualTo(StartCheck.Kind.QUICK);
        }
    }

    @Test
    void aStoreThatWasNotClosedGetsTheFullCheckAndKeepsItsCommits() throws Exception {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        Path crashed = folder.resolve("crashed");
        Files.createDirectories(crashed);
        ContentItem saved = ContentSamples.draft("Saved", "before the crash", clock.instant());
        try (LocalStore store = LocalStore.open(settings, clock)) {
            store.contentLibrary().save(saved);
            // the files as a power cut leaves them: database, WAL, open marker, last full check
            for (String suffix : new String[] {"", "-wal", ".open", ".checked"}) {
                Path file = settings.database().resolveSibling("curator.db" + suffix);
                if (Files.exists(file)) {
                    Files.copy(file, crashed.resolve("curator.db" + suffix));
                }
            }
        }
        LocalStoreSettings crashedSettings = LocalStoreFixture.settings(crashed);

        try (LocalStore store = LocalStore.open(crashedSettings, clock)) {
            assertThat(store.startCheck().kind()).isEqualTo(StartCheck.Kind.FULL);
            assertThat(store.startCheck().reason()).contains("not closed cleanly");
            assertThat(store.contentLibrary().find(saved.id())).contains(saved);
        }
        try (LocalStore store = LocalStore.open(crashedSettings, clock)) {
            assertThat(store.startCheck().kind()).isEqualTo(StartCheck.Kind.QUICK);
        }
    }

    @Test
    void theQuickCheckStillFindsADamagedPageAndTheFileIsNotRecreated() throws Exception {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        try (LocalStore store = LocalStore.open(settings, clock)) {
            for (int i = 0; i < 200; i++) {
                store.contentLibrary().save(ContentSamples.draft("Item " + i, "caption " + i, clock.instant()));
            }
        }
        try (LocalStore store = LocalStore.open(settings, clock)) {
            assertThat(store.startCheck().kind()).isEqualTo(StartCheck.Kind.QUICK);
        }
        SqliteBadInputTest.scribble(settings.database(), 4096 * 3, 4096 * 6);
        byte[] damaged = Files.readAllBytes(settings.database());

        assertThatThrownBy(() -> LocalStore.open(settings, clock))
                .isInstanceOfSatisfying(
                        LocalStoreCorrupt.class,
                        corrupt -> assertThat(corrupt.checkOutput())
                                .isNotEqualTo("ok")
                                .isNotBlank())
                .hasMessageContaining(settings.database() + " is damaged; restore a backup");
        assertThat(Files.readAllBytes(settings.database()))
                .as("never recreated empty")
                .isEqualTo(damaged);
        assertThat(StartCheck.openMarker(settings.database()))
                .as("the next start checks fully again")
                .exists();
    }
}
