package com.eesystem.curator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.ui.theme.ThemeSwitch;
import com.eesystem.curator.ui.theme.ThemeSwitch.Appearance;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the theme switch reads what the preferences file remembers (no window needed for that). */
class RememberedThemeTest {

    @TempDir
    Path dataDir;

    private PropertiesFilePreferences preferences() {
        return PropertiesFilePreferences.in(dataDir, Clock.systemUTC());
    }

    @Test
    void aFirstStartIsLight() {
        assertThat(new ThemeSwitch(preferences(), "anna", Runnable::run).appearance())
                .isEqualTo(Appearance.LIGHT);
    }

    @Test
    void theRememberedDarkThemeIsReadForTheSameUserOnly() {
        preferences().put("anna", ThemeSwitch.PREFERENCE_KEY, "dark");

        assertThat(new ThemeSwitch(preferences(), "anna", Runnable::run).appearance())
                .isEqualTo(Appearance.DARK);
        assertThat(new ThemeSwitch(preferences(), "ben", Runnable::run).appearance())
                .isEqualTo(Appearance.LIGHT);
    }

    @Test
    void anUnknownRememberedValueFallsBackToLightAndIsKeptUntilTheUserChooses() {
        preferences().put("anna", ThemeSwitch.PREFERENCE_KEY, "purple");

        assertThat(new ThemeSwitch(preferences(), "anna", Runnable::run).appearance())
                .isEqualTo(Appearance.LIGHT);
        assertThat(preferences().get("anna", ThemeSwitch.PREFERENCE_KEY)).contains("purple");
    }
}
