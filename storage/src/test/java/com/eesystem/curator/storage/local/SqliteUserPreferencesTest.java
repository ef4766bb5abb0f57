package com.eesystem.curator.storage.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.session.UserPreferences;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteUserPreferencesTest {

    @TempDir
    Path folder;

    LocalStoreFixture.MutableClock clock = LocalStoreFixture.clock();
    LocalStore store;
    UserPreferences preferences;

    @BeforeEach
    void open() {
        store = LocalStore.open(LocalStoreFixture.settings(folder), clock);
        preferences = store.userPreferences();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aStoredPreferenceIsReadBack() {
        preferences.put("u1", "theme", "dark");

        assertThat(preferences.get("u1", "theme")).contains("dark");
        assertThat(preferences.get("u1", "layout")).isEmpty();
    }

    @Test
    void puttingAgainReplacesTheValueInTheSameRow() throws SQLException {
        preferences.put("u1", "theme", "dark");
        clock.advance(Duration.ofMinutes(5));
        preferences.put("u1", "theme", "light");

        assertThat(preferences.get("u1", "theme")).contains("light");
        assertThat(LocalStoreFixture.query(
                        store.settings().database(),
                        "SELECT count(*), min(created_at), max(updated_at) FROM user_preferences"))
                .containsExactly(java.util.List.of("1", "2026-11-25 10:00:00.000", "2026-11-25 10:05:00.000"));
    }

    @Test
    void eachUserHasTheirOwnPreferences() {
        preferences.put("u1", "theme", "dark");
        preferences.put("u1", "editor.font", "14");
        preferences.put("u2", "theme", "light");

        assertThat(preferences.all("u1"))
                .containsExactly(java.util.Map.entry("editor.font", "14"), java.util.Map.entry("theme", "dark"));
        assertThat(preferences.all("u2")).containsOnly(java.util.Map.entry("theme", "light"));
    }

    @Test
    void preferencesSurviveReopening() {
        preferences.put("u1", "theme", "dark");
        store.close();

        store = LocalStore.open(LocalStoreFixture.settings(folder), clock);

        assertThat(store.userPreferences().get("u1", "theme")).contains("dark");
    }

    @Test
    void aBlankKeyIsRefusedByName() {
        assertThatThrownBy(() -> preferences.put("u1", " ", "x")).hasMessage("key: must not be blank");
    }
}
