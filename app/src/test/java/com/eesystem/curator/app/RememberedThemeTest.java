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

    private ThemeSwitch themeFor(String userId) {
        PropertiesFilePreferences preferences = preferences();
        return new ThemeSwitch(preferences, userId, Runnable::run, preferences.all(userId));
    }

    @Test
    void aFirstStartIsLight() {
        assertThat(themeFor("anna").appearance()).isEqualTo(Appearance.LIGHT);
    }

    @Test
    void theRememberedDarkThemeIsReadForTheSameUserOnly() {
        preferences().put("anna", ThemeSwitch.PREFERENCE_KEY, "dark");

        assertThat(themeFor("anna").appearance()).isEqualTo(Appearance.DARK);
        assertThat(themeFor("ben").appearance()).isEqualTo(Appearance.LIGHT);
    }

    @Test
    void anUnknownRememberedValueFallsBackToLightAndIsKeptUntilTheUserChooses() {
        preferences().put("anna", ThemeSwitch.PREFERENCE_KEY, "purple");

        assertThat(themeFor("anna").appearance()).isEqualTo(Appearance.LIGHT);
        assertThat(preferences().get("anna", ThemeSwitch.PREFERENCE_KEY)).contains("purple");
    }
}
