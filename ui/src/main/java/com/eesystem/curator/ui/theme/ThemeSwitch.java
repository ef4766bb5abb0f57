package com.eesystem.curator.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.eesystem.curator.domain.session.UserPreferences;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that switches Curator between its light and dark look (AtlantaFX Primer), or lets it
 * follow the operating system, and
 * remembers the choice in the user's preferences, so the next start opens in the same look.
 */
public final class ThemeSwitch {

    /** The preference key under which the appearance is remembered. */
    public static final String PREFERENCE_KEY = "ui.theme";

    private static final Logger log = LoggerFactory.getLogger(ThemeSwitch.class);
    private static final String CONTROLSFX_BRIDGE = stylesheet("controlsfx-bridge.css");

    /** The looks Curator offers; SYSTEM follows the operating system's light/dark setting. */
    public enum Appearance {
        LIGHT("Light"),
        DARK("Dark"),
        SYSTEM("System");

        private final String displayName;

        Appearance(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }

        String storedValue() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Appearance fromStored(String value) {
            for (Appearance appearance : values()) {
                if (appearance.storedValue().equals(value)) {
                    return appearance;
                }
            }
            throw new IllegalArgumentException(
                    PREFERENCE_KEY + ": \"" + value + "\" is not one of light, dark, system");
        }
    }

    private static final String LIGHT_STYLESHEET = new PrimerLight().getUserAgentStylesheet();
    private static final String DARK_STYLESHEET = new PrimerDark().getUserAgentStylesheet();

    private final UserPreferences preferences;
    private final String userId;
    private final Executor background;
    private final ReadOnlyObjectWrapper<Appearance> appearance = new ReadOnlyObjectWrapper<>(this, "appearance");
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(this, "dark");
    private final ObservableValue<ColorScheme> systemScheme;

    /**
     * @param remembered the user's preferences read before the window opened (no I/O here: this runs
     *     on the FX thread), so the window opens in the remembered look rather than flashing light first
     */
    public ThemeSwitch(
            UserPreferences preferences, String userId, Executor background, Map<String, String> remembered) {
        this(preferences, userId, background, remembered, systemColorScheme());
    }

    /**
     * @param systemScheme the operating system's light/dark setting, followed while SYSTEM is chosen
     *     (JavaFX's platform preferences in the app; a plain property in tests)
     */
    public ThemeSwitch(
            UserPreferences preferences,
            String userId,
            Executor background,
            Map<String, String> remembered,
            ObservableValue<ColorScheme> systemScheme) {
        this.preferences = Objects.requireNonNull(preferences, "preferences");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.background = Objects.requireNonNull(background, "background");
        this.systemScheme = Objects.requireNonNull(systemScheme, "systemScheme");
        appearance.set(rememberedAppearance(remembered));
        dark.set(isDark(appearance.get()));
        systemScheme.addListener((property, before, now) -> {
            if (appearance.get() == Appearance.SYSTEM) {
                applyLook();
            }
        });
    }

    private static ObservableValue<ColorScheme> systemColorScheme() {
        try {
            return Platform.getPreferences().colorSchemeProperty();
        } catch (IllegalStateException toolkitNotStarted) {
            // outside a running JavaFX toolkit (tests of the remembered choice) the system look is light
            return new SimpleObjectProperty<>(ColorScheme.LIGHT);
        }
    }

    private boolean isDark(Appearance chosen) {
        return switch (chosen) {
            case LIGHT -> false;
            case DARK -> true;
            case SYSTEM -> systemScheme.getValue() == ColorScheme.DARK;
        };
    }

    /** Whether the window is dark now: DARK chosen, or SYSTEM while the system is dark. */
    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    public boolean isDark() {
        return dark.get();
    }

    private static Appearance rememberedAppearance(Map<String, String> remembered) {
        return Optional.ofNullable(remembered.get(PREFERENCE_KEY))
                .map(value -> {
                    try {
                        return Appearance.fromStored(value);
                    } catch (IllegalArgumentException unknown) {
                        log.warn("Ignoring the remembered theme: {}", unknown.getMessage());
                        return Appearance.LIGHT;
                    }
                })
                .orElse(Appearance.LIGHT);
    }

    public ReadOnlyObjectProperty<Appearance> appearanceProperty() {
        return appearance.getReadOnlyProperty();
    }

    public Appearance appearance() {
        return appearance.get();
    }

    /** Installs the current look for the whole application and adds Curator's stylesheets to the scene. */
    public void style(Scene scene) {
        Application.setUserAgentStylesheet(dark.get() ? DARK_STYLESHEET : LIGHT_STYLESHEET);
        if (!scene.getStylesheets().contains(CONTROLSFX_BRIDGE)) {
            scene.getStylesheets().add(CONTROLSFX_BRIDGE);
        }
    }

    /** Switches to {@code next} now and remembers it in the background. Call on the FX thread. */
    public void select(Appearance next) {
        Objects.requireNonNull(next, "next");
        if (next == appearance()) {
            return;
        }
        appearance.set(next);
        applyLook();
        String stored = next.storedValue();
        background.execute(() -> remember(stored));
    }

    /** The look on screen flips: light becomes dark and dark becomes light (leaving SYSTEM). */
    public void toggle() {
        select(isDark() ? Appearance.LIGHT : Appearance.DARK);
    }

    private void applyLook() {
        dark.set(isDark(appearance.get()));
        Application.setUserAgentStylesheet(dark.get() ? DARK_STYLESHEET : LIGHT_STYLESHEET);
    }

    private void remember(String stored) {
        try {
            preferences.put(userId, PREFERENCE_KEY, stored);
        } catch (RuntimeException e) {
            // the look already changed on screen; losing the memory of it costs one click next start
            log.warn("Could not remember the theme {}: {}", stored, e.toString());
        }
    }

    static String stylesheet(String name) {
        var url = ThemeSwitch.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("stylesheet " + name + " is missing from the ui jar");
        }
        return url.toExternalForm();
    }
}
