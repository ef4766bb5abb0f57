package com.eesystem.curator.ui.page;

import com.eesystem.curator.domain.session.UserPreferences;
import com.eesystem.curator.ui.theme.ThemeSwitch;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * What the shell shares with every page.
 *
 * @param background where view models run their {@code javafx.concurrent.Task}s (never the FX thread)
 * @param preferences the user's remembered choices
 * @param userId whose preferences and work these are
 * @param clock the time source for "today", "last sync 5 min ago"
 * @param themes the one place that switches light/dark
 * @param dataDirectory the folder with the local store, logs and backups (shown in Settings)
 */
public record PageContext(
        Executor background,
        UserPreferences preferences,
        String userId,
        Clock clock,
        ThemeSwitch themes,
        Path dataDirectory) {

    public PageContext {
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(themes, "themes");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
    }
}
