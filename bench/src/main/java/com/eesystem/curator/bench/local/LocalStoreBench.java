package com.eesystem.curator.bench.local;

import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.user.UserId;
import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.storage.local.LocalStoreSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;

/** Shared set-up of the local-store benchmarks: a store in a temp dir and realistic drafts. */
final class LocalStoreBench {

    static final UserId AUTHOR = UserId.parse("00000000-0000-0000-0000-00000000be01");
    private static final String[] COMMON = {
        "sleep", "energy", "calm", "morning", "ritual", "breath", "light", "wellness", "focus", "recovery",
        "balance", "water", "sunrise", "evening", "rest", "stress", "mindful", "routine", "nature", "walk"
    };
    /**
     * A 5,000-word vocabulary drawn with a Zipf-like skew (a few words common, most rare), as in real
     * captions; the first 20 are real wellness words, the rest synthetic.
     */
    private static final String[] WORDS = vocabulary(5_000);

    private static String[] vocabulary(int size) {
        String[] words = new String[size];
        for (int i = 0; i < size; i++) {
            words[i] = i < COMMON.length ? COMMON[i] : "w" + Integer.toString(i * 7919 % 1_000_003, 36) + "x";
        }
        return words;
    }

    /** A word index with probability roughly proportional to 1 / (rank + 1). */
    static String word(SplittableRandom random) {
        double u = random.nextDouble();
        int index = (int) Math.floor(Math.pow(WORDS.length + 1, u)) - 1;
        return WORDS[Math.min(Math.max(index, 0), WORDS.length - 1)];
    }

    /** A word chosen uniformly from the vocabulary: what a user might look for. */
    static String queryWord(SplittableRandom random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private LocalStoreBench() {}

    static Path tempFolder(String name) {
        try {
            return Files.createTempDirectory("curator-bench-" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LocalStore open(Path folder) {
        return LocalStore.open(
                LocalStoreSettings.defaults(folder.resolve("curator.db"), folder.resolve("backups")),
                Clock.systemUTC());
    }

    /**
     * The raw baseline's database: {@code file} with the store's journal pragmas (WAL, synchronous=NORMAL)
     * and SQLite's defaults otherwise, holding a bare table {@code plain (id, body)} without indexes.
     */
    static Connection plainTable(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        Connection raw = config.createConnection("jdbc:sqlite:" + file);
        try (Statement statement = raw.createStatement()) {
            statement.execute("CREATE TABLE plain (id TEXT PRIMARY KEY, body TEXT NOT NULL)");
        }
        return raw;
    }

    static ContentItem draft(SplittableRandom random, Instant at) {
        String title = sentence(random, 4);
        ContentBody body = new ContentBody(
                title,
                sentence(random, 20),
                ContentType.REEL,
                List.of(Platform.INSTAGRAM),
                sentence(random, 30),
                sentence(random, 80),
                List.of(word(random), word(random)),
                List.of("a calm room at sunrise"),
                Map.of());
        return ContentItem.draft(
                new ContentId(new java.util.UUID(random.nextLong(), random.nextLong())), AUTHOR, body, at);
    }

    static String sentence(SplittableRandom random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(word(random));
        }
        return text.toString();
    }

    static void deleteRecursively(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
