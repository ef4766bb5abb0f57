package com.eesystem.curator.app;

import com.eesystem.curator.domain.session.UserPreferences;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link UserPreferences} in a properties file in the data dir, until the local SQLite store's
 * user_preferences table takes over (then app wires that adapter instead). Every change rewrites the
 * file through a temporary file and an atomic move, so a crash leaves either the old or the new file,
 * never half of one.
 */
public final class PropertiesFilePreferences implements UserPreferences {

    public static final String FILE_NAME = "preferences.properties";
    private static final Logger log = LoggerFactory.getLogger(PropertiesFilePreferences.class);
    private static final char SEPARATOR = '/';

    private final Path file;
    private final Properties values = new Properties();

    private PropertiesFilePreferences(Path file) {
        this.file = file;
    }

    /** Opens (or starts) the preferences file in {@code directory}. */
    public static PropertiesFilePreferences in(Path directory, Clock clock) {
        PropertiesFilePreferences preferences = new PropertiesFilePreferences(directory.resolve(FILE_NAME));
        preferences.load(clock);
        return preferences;
    }

    public Path file() {
        return file;
    }

    private void load(Clock clock) {
        try (InputStream in = Files.newInputStream(file)) {
            values.load(in);
        } catch (NoSuchFileException firstStart) {
            // nothing remembered yet
        } catch (IOException | IllegalArgumentException unreadable) {
            values.clear();
            Path aside = file.resolveSibling(FILE_NAME + ".unreadable-"
                    + DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss")
                            .format(clock.instant().atOffset(ZoneOffset.UTC)));
            try {
                Files.move(file, aside);
            } catch (IOException moveFailed) {
                unreadable.addSuppressed(moveFailed);
            }
            // keep the old file for the user instead of overwriting it on the next change
            log.warn(
                    "Preferences file {} could not be read ({}); moved it to {} and started with defaults",
                    file,
                    unreadable.toString(),
                    aside);
        }
    }

    @Override
    public synchronized Optional<String> get(String userId, String key) {
        return Optional.ofNullable(values.getProperty(compositeKey(userId, key)));
    }

    @Override
    public synchronized void put(String userId, String key, String value) {
        Objects.requireNonNull(value, "value");
        String composite = compositeKey(userId, key);
        if (value.equals(values.getProperty(composite))) {
            return;
        }
        String before = values.getProperty(composite);
        values.setProperty(composite, value);
        try {
            write();
        } catch (IOException e) {
            // the file still holds the previous state; keep memory consistent with it
            if (before == null) {
                values.remove(composite);
            } else {
                values.setProperty(composite, before);
            }
            throw new UncheckedIOException("preferences: cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Map<String, String> all(String userId) {
        String prefix = prefix(userId);
        Map<String, String> result = new TreeMap<>();
        for (String name : values.stringPropertyNames()) {
            if (name.startsWith(prefix)) {
                result.put(name.substring(prefix.length()), values.getProperty(name));
            }
        }
        return result;
    }

    private void write() throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                values.store(out, "Curator preferences (user/key=value)");
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String compositeKey(String userId, String key) {
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("key: \"" + key + "\" is blank");
        }
        return prefix(userId) + key;
    }

    private static String prefix(String userId) {
        Objects.requireNonNull(userId, "userId");
        if (userId.isBlank() || userId.indexOf(SEPARATOR) >= 0) {
            throw new IllegalArgumentException("userId: \"" + userId + "\" must be non-blank and contain no '/'");
        }
        return userId + SEPARATOR;
    }
}
