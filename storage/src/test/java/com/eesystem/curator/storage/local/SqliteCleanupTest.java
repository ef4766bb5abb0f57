package com.eesystem.curator.storage.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteCleanupTest {

    @TempDir
    Path folder;

    LocalStoreFixture.MutableClock clock = LocalStoreFixture.clock();

    /** Rows relative to 2026-11-25 10:00 (the fixture's start): some expired, some not. */
    private void seed(Path database) throws SQLException {
        LocalStoreFixture.execute(database, """
                INSERT INTO sessions (id, user_id, expires_at) VALUES
                  ('s-old', 'u1', '2026-11-25 09:59:59'), ('s-live', 'u1', '2026-11-25 10:30:00.000');
                """);
        LocalStoreFixture.execute(database, """
                INSERT INTO content_cache (key, value, content_type, expires_at) VALUES
                  ('c-old', '{}', 'ai_response', '2026-11-25 09:00:00.000'),
                  ('c-live', '{}', 'ai_response', '2026-11-26 09:00:00.000');
                """);
        LocalStoreFixture.execute(database, """
                INSERT INTO temp_content (id, content_type, platform, content_data, expires_at) VALUES
                  ('t-old', 'reel', 'tiktok', '{}', '2026-11-24 10:00:00.000'),
                  ('t-live', 'reel', 'tiktok', '{}', '2026-11-25 10:00:01.000');
                """);
        LocalStoreFixture.execute(database, """
                INSERT INTO generation_queue (content_type, platform, prompt_data, status, processed_at) VALUES
                  ('reel', 'tiktok', '{"n":1}', 'completed', '2026-11-10 10:00:00.000'),
                  ('reel', 'tiktok', '{"n":2}', 'failed', '2026-11-17 09:00:00.000'),
                  ('reel', 'tiktok', '{"n":3}', 'completed', '2026-11-24 10:00:00.000'),
                  ('reel', 'tiktok', '{"n":4}', 'pending', NULL),
                  ('reel', 'tiktok', '{"n":5}', 'processing', NULL);
                """);
    }

    @Test
    void cleanupRemovesExpiredRowsAndFinishedTasksPastTheRetention() throws SQLException {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        try (LocalStore store = LocalStore.open(settings, clock)) {
            seed(settings.database());

            CleanupReport report = store.cleanUp();

            assertThat(report).isEqualTo(new CleanupReport(1, 1, 1, 2, 0));
            assertThat(ids(settings.database(), "SELECT id FROM sessions")).containsExactly("s-live");
            assertThat(ids(settings.database(), "SELECT key FROM content_cache"))
                    .containsExactly("c-live");
            assertThat(ids(settings.database(), "SELECT id FROM temp_content")).containsExactly("t-live");
            assertThat(ids(settings.database(), "SELECT prompt_data FROM generation_queue ORDER BY id"))
                    .containsExactly("{\"n\":3}", "{\"n\":4}", "{\"n\":5}");
        }
    }

    @Test
    void theFinishedTaskRetentionIsConfigurable() throws SQLException {
        LocalStoreSettings settings =
                LocalStoreFixture.settings(folder).withFinishedQueueRetention(Duration.ofDays(30));
        try (LocalStore store = LocalStore.open(settings, clock)) {
            seed(settings.database());

            assertThat(store.cleanUp().finishedGenerationTasks()).isZero();
        }
    }

    @Test
    void openingTheStoreCleansUp() throws SQLException {
        LocalStoreSettings settings = LocalStoreFixture.settings(folder);
        LocalStore.open(settings, clock).close();
        seed(settings.database());
        clock.advance(Duration.ofDays(2));

        LocalStore.open(settings, clock).close();

        assertThat(ids(settings.database(), "SELECT id FROM sessions")).isEmpty();
        assertThat(ids(settings.database(), "SELECT key FROM content_cache")).isEmpty();
        assertThat(ids(settings.database(), "SELECT id FROM temp_content")).isEmpty();
    }

    private static List<String> ids(Path database, String sql) throws SQLException {
        return LocalStoreFixture.query(database, sql).stream()
                .map(List::getFirst)
                .toList();
    }
}
