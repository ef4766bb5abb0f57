package com.eesystem.curator.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Curator keeps its local store, logs, backups and keys. Follows each OS's convention (XDG on
 * Linux, AppData on Windows, Application Support on macOS); {@code --data-dir} or
 * {@code CURATOR_DATA_DIR} override it, in that order.
 */
public record DataDirectory(Path root) {

    public static final String ENVIRONMENT_VARIABLE = "CURATOR_DATA_DIR";
    private static final String APP_FOLDER = "Curator";

    public DataDirectory {
        root = root.toAbsolutePath().normalize();
    }

    /** Resolves the data dir from the flag (may be null), the environment and the OS convention. */
    public static DataDirectory resolve(Path flag, Map<String, String> environment, String osName, Path userHome) {
        if (flag != null) {
            return new DataDirectory(flag);
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new DataDirectory(Path.of(fromEnvironment));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = environment.get("APPDATA");
            Path base = appData != null && !appData.isBlank()
                    ? Path.of(appData)
                    : userHome.resolve("AppData").resolve("Roaming");
            return new DataDirectory(base.resolve(APP_FOLDER));
        }
        if (os.contains("mac")) {
            return new DataDirectory(
                    userHome.resolve("Library").resolve("Application Support").resolve(APP_FOLDER));
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : userHome.resolve(".local").resolve("share");
        return new DataDirectory(base.resolve("curator"));
    }

    /** Resolves for this process: its environment, OS and home. */
    public static DataDirectory forThisProcess(Path flag) {
        return resolve(flag, System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    /** Creates the directory (and parents) if missing. */
    public DataDirectory ensureExists() {
        try {
            Files.createDirectories(root);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("data dir " + root + " cannot be created: " + e.getMessage(), e);
        }
        return this;
    }

    public Path localDatabase() {
        return root.resolve("curator.db");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path backups() {
        return root.resolve("backups");
    }

    public Path keys() {
        return root.resolve("keys");
    }
}
