package com.eesystem.curator.storage.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.content.ContentItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
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

    @Test
    void openedForTheWindowTheQuickCheckWaitsUntilTheAppAsksForIt() {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        ContentItem saved = ContentSamples.draft("Saved", "kept", clock.instant());
        try (LocalStore store = LocalStore.open(settings, clock)) {
            store.contentLibrary().save(saved);
        }
        try (LocalStore store = LocalStore.openCheckingLater(settings, clock)) {
            assertThat(store.checkPending()).isTrue();
            assertThat(store.startCheck().reason()).isEqualTo("not opened");
            assertThat(store.contentLibrary().find(saved.id()))
                    .as("usable before the check")
                    .contains(saved);
            assertThatThrownBy(store::startMaintenance)
                    .as("no backup before the check passed")
                    .isInstanceOf(IllegalStateException.class);

            StartCheck check = store.checkAfterOpening();

            assertThat(check.kind()).isEqualTo(StartCheck.Kind.QUICK);
            assertThat(store.checkPending()).isFalse();
            assertThat(store.startCheck()).isEqualTo(check);
            assertThat(store.checkAfterOpening()).as("runs once").isSameAs(check);
            store.startMaintenance();
        }
        assertThat(StartCheck.openMarker(settings.database())).doesNotExist();
    }

    @Test
    void openedForTheWindowAfterAnUncleanShutdownTheFullCheckStillRunsBeforeUse() throws Exception {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        try (LocalStore store = LocalStore.open(settings, clock)) {
            store.contentLibrary().save(ContentSamples.draft("Saved", "before the crash", clock.instant()));
        }
        // the marker a killed process leaves behind
        Files.writeString(
                StartCheck.openMarker(settings.database()), clock.instant().toString());

        try (LocalStore store = LocalStore.openCheckingLater(settings, clock)) {
            assertThat(store.checkPending()).isFalse();
            assertThat(store.startCheck().kind()).isEqualTo(StartCheck.Kind.FULL);
            assertThat(store.startCheck().reason()).contains("not closed cleanly");
            assertThat(store.checkAfterOpening()).isEqualTo(store.startCheck());
        }
        clock.advance(Duration.ofDays(7));
        try (LocalStore store = LocalStore.openCheckingLater(settings, clock)) {
            assertThat(store.checkPending())
                    .as("the weekly full check can wait")
                    .isTrue();
            assertThat(store.checkAfterOpening().kind()).isEqualTo(StartCheck.Kind.FULL);
        }
        try (LocalStore store = LocalStore.open(settings, clock)) {
            assertThat(store.startCheck().kind())
                    .as("the later full check was recorded")
                    .isEqualTo(StartCheck.Kind.QUICK);
        }
    }

    @Test
    void damageFoundAfterOpeningStopsEveryWriteAndTheNextStartChecksBeforeUse() throws Exception {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        try (LocalStore store = LocalStore.open(settings, clock)) {
            store.contentLibrary().save(ContentSamples.draft("Saved", "before", clock.instant()));
        }
        damageWhereOpeningDoesNotRead(settings.database());

        try (LocalStore store = LocalStore.openCheckingLater(settings, clock)) {
            assertThatThrownBy(store::checkAfterOpening)
                    .isInstanceOf(LocalStoreCorrupt.class)
                    .hasMessageContaining(settings.database() + " is damaged");
            byte[] damaged = Files.readAllBytes(settings.database());

            assertThatThrownBy(() ->
                            store.contentLibrary().save(ContentSamples.draft("After", "the check", clock.instant())))
                    .as("no write onto a damaged file")
                    .isInstanceOf(LocalStoreCorrupt.class);
            store.startMaintenance();
            assertThat(Files.readAllBytes(settings.database())).isEqualTo(damaged);
        }
        assertThat(StartCheck.openMarker(settings.database()))
                .as("kept at close: the next start checks fully before use")
                .exists();
        assertThatThrownBy(() -> LocalStore.openCheckingLater(settings, clock)).isInstanceOf(LocalStoreCorrupt.class);
    }

    /**
     * A failing disk's damage in pages the open does not read: the rows of a table only this test has, so
     * the store opens and only a check (which reads every page) finds it.
     */
    static void damageWhereOpeningDoesNotRead(Path database) throws Exception {
        long before;
        long after;
        try (Connection connection = LocalStoreFixture.raw(database);
                Statement statement = connection.createStatement()) {
            before = pageCount(statement);
            statement.execute("CREATE TABLE test_ballast (id INTEGER PRIMARY KEY, payload BLOB)");
            statement.execute("INSERT INTO test_ballast (payload) SELECT randomblob(3000) FROM (WITH RECURSIVE"
                    + " n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40) SELECT i FROM n)");
            after = pageCount(statement);
        }
        // closing the last connection folded the WAL into the file: the ballast holds the pages it added
        SqliteBadInputTest.scribble(database, (before + (after - before) / 2) * 4096, 4096 * 4);
    }

    private static long pageCount(Statement statement) throws Exception {
        try (ResultSet row = statement.executeQuery("PRAGMA page_count")) {
            row.next();
            return row.getLong(1);
        }
    }
}
