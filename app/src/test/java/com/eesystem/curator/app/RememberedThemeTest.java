package com.eesystem.curator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.ui.theme.ThemeSwitch;
import com.eesystem.curator.ui.theme.ThemeSwitch.Appearance;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the theme switch reads what the local store remembers (no window needed for that). */
class RememberedThemeTest {

    @TempDir
    Path dataDir;

    /** Each call opens the store afresh, as each start of Curator does. */
    private <T> T withStore(Function<LocalStore, T> work) {
        try (LocalStore store = ShellComposition.openLocalStore(new DataDirectory(dataDir))) {
            return work.apply(store);
        }
    }

    private void remember(Consumer<LocalStore> work) {
        withStore(store -> {
            work.accept(store);
            return null;
        });
    }

    private Appearance startingAppearanceOf(String userId) {
        return withStore(store -> new ThemeSwitch(
                        store.userPreferences(),
                        userId,
                        Runnable::run,
                        store.userPreferences().all(userId))
                .appearance());
    }

    @Test
    void aFirstStartIsLight() {
        assertThat(startingAppearanceOf("anna")).isEqualTo(Appearance.LIGHT);
    }

    @Test
    void theRememberedDarkThemeIsReadForTheSameUserOnly() {
        remember(store -> store.userPreferences().put("anna", ThemeSwitch.PREFERENCE_KEY, "dark"));

        assertThat(startingAppearanceOf("anna")).isEqualTo(Appearance.DARK);
        assertThat(startingAppearanceOf("ben")).isEqualTo(Appearance.LIGHT);
    }

    @Test
    void anUnknownRememberedValueFallsBackToLightAndIsKeptUntilTheUserChooses() {
        remember(store -> store.userPreferences().put("anna", ThemeSwitch.PREFERENCE_KEY, "purple"));

        assertThat(startingAppearanceOf("anna")).isEqualTo(Appearance.LIGHT);
        Optional<String> kept = withStore(store -> store.userPreferences().get("anna", ThemeSwitch.PREFERENCE_KEY));
        assertThat(kept).contains("purple");
    }
}
