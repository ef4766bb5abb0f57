package com.eesystem.curator.storage.local;

import com.eesystem.curator.storage.codec.JsonCodec;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.sqlite.ProgressHandler;

/**
 * Online backups of the open store. A snapshot is {@code VACUUM INTO} a new file, run on a read
 * connection so saves go on meanwhile; between snapshots an incremental backup writes the outbox rows
 * added since the last snapshot or segment as JSON Lines. The newest {@code backupsKept} snapshots are
 * kept, with the segments that follow them; snapshots taken before migrations are never pruned.
 */
public final class LocalBackups {

    static final String SCHEDULED = "scheduled";
    static final String MANUAL = "manual";

    private final LocalStoreSettings settings;
    private final LocalDatabase database;
    private final Clock clock;

    LocalBackups(LocalStoreSettings settings, LocalDatabase database, Clock clock) {
        this.settings = settings;
        this.database = database;
        this.clock = clock;
    }

    /** Takes a snapshot now and prunes old ones; {@code reason} goes into the name ("manual", "scheduled"). */
    public BackupFile snapshot(String reason) {
        return snapshot(reason, BackupProgress.NONE, () -> false);
    }

    /**
     * Takes a snapshot now, telling {@code progress} how far the copy has got (estimated from the size
     * of the file being written against the database's), and stops when {@code cancelled} says so. Saves
     * go on meanwhile; call it off the JavaFX thread.
     *
     * @throws BackupCancelled when cancelled; no file is left behind
     */
    public BackupFile snapshot(String reason, BackupProgress progress, BooleanSupplier cancelled) {
        createFolder();
        return database.read("backing up to " + settings.backups(), connection -> {
            // the sequence is read before the copy: the copy holds at least these rows, maybe a few more,
            // and replaying a segment row twice is harmless (the replay skips rows the snapshot holds)
            long sequence = lastOutboxSequence(connection);
            BackupFile file = BackupFile.snapshot(settings.backups(), clock.instant(), sequence, reason);
            Path partial = file.path().resolveSibling(file.path().getFileName() + ".partial");
            Files.deleteIfExists(partial);
            long expected = databaseBytes(connection);
            // SQLite calls the handler every few thousand VM steps of the VACUUM: the only place to look
            // at the cancel flag while it runs; a non-zero answer interrupts it (SQLITE_INTERRUPT)
            ProgressHandler.setHandler(connection, 20_000, new ProgressHandler() {
                private long lastReport;

                @Override
                protected int progress() {
                    if (cancelled.getAsBoolean()) {
                        return 1;
                    }
                    long now = System.nanoTime();
                    if (now - lastReport > 100_000_000L) {
                        lastReport = now;
                        progress.update(
                                BackupProgress.Step.COPYING, Math.min(0.99, bytes(partial) / (double) expected));
                    }
                    return 0;
                }
            });
            try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                progress.update(BackupProgress.Step.COPYING, 0);
                vacuum.setString(1, partial.toString());
                vacuum.execute();
            } catch (SQLException e) {
                Files.deleteIfExists(partial);
                if (cancelled.getAsBoolean()) {
                    throw new BackupCancelled("the backup to " + file.path().getFileName());
                }
                throw e;
            } finally {
                ProgressHandler.clearHandler(connection);
            }
            if (cancelled.getAsBoolean()) {
                Files.deleteIfExists(partial);
                throw new BackupCancelled("the backup to " + file.path().getFileName());
            }
            Files.move(partial, file.path(), StandardCopyOption.ATOMIC_MOVE);
            prune();
            progress.update(BackupProgress.Step.DONE, 1);
            return file;
        });
    }

    /** Every snapshot and segment with its size, oldest first: the list the Settings page shows. */
    public List<BackupEntry> entries() {
        return list().stream()
                .map(file -> new BackupEntry(file, bytes(file.path())))
                .toList();
    }

    /** Writes the outbox rows since the newest snapshot or segment; empty when there are none. */
    public Optional<BackupFile> incremental() {
        createFolder();
        long after = list().stream().mapToLong(BackupFile::outboxSequence).max().orElse(0);
        return database.read("writing an incremental backup", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT sequence, entity, entity_id, operation, payload, hlc, device_id, local_only FROM outbox"
                            + " WHERE sequence > ? ORDER BY sequence")) {
                select.setLong(1, after);
                try (ResultSet rows = select.executeQuery()) {
                    Path partial = settings.backups().resolve("segment.jsonl.partial");
                    long first = -1;
                    long last = -1;
                    try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                        while (rows.next()) {
                            last = rows.getLong(1);
                            first = first < 0 ? last : first;
                            out.write(line(rows));
                            out.newLine();
                        }
                    }
                    if (first < 0) {
                        Files.delete(partial);
                        return Optional.empty();
                    }
                    BackupFile segment = BackupFile.segment(settings.backups(), clock.instant(), first, last);
                    Files.move(partial, segment.path(), StandardCopyOption.ATOMIC_MOVE);
                    return Optional.of(segment);
                }
            }
        });
    }

    /** Every snapshot and segment in the backups folder, oldest first. */
    public List<BackupFile> list() {
        return list(settings.backups());
    }

    /** Every backup in {@code folder}, oldest first; works without an open store (restore). */
    public static List<BackupFile> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(BackupFile::parse)
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparing(BackupFile::takenAt).thenComparing(BackupFile::outboxSequence))
                    .toList();
        } catch (IOException e) {
            throw new LocalStoreUnavailable(folder, "listing backups failed: " + e.getMessage(), e);
        }
    }

    /** The newest snapshot, if any. */
    public Optional<BackupFile> latestSnapshot() {
        return list().stream().filter(f -> f.kind() == BackupFile.Kind.SNAPSHOT).reduce((first, second) -> second);
    }

    private void prune() throws IOException {
        List<BackupFile> snapshots = list().stream()
                .filter(f -> f.kind() == BackupFile.Kind.SNAPSHOT && !f.reason().startsWith("before-"))
                .toList();
        int surplus = snapshots.size() - settings.backupsKept();
        if (surplus <= 0) {
            return;
        }
        for (BackupFile old : snapshots.subList(0, surplus)) {
            Files.deleteIfExists(old.path());
        }
        long oldestKeptSequence = snapshots.get(surplus).outboxSequence();
        for (BackupFile segment : list()) {
            if (segment.kind() == BackupFile.Kind.OUTBOX_SEGMENT && segment.outboxSequence() <= oldestKeptSequence) {
                Files.deleteIfExists(segment.path());
            }
        }
    }

    private static long databaseBytes(java.sql.Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()");
                ResultSet row = select.executeQuery()) {
            return row.next() ? Math.max(1, row.getLong(1)) : 1;
        }
    }

    private static long bytes(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0; // being moved or deleted right now: the size is only for display
        }
    }

    private static long lastOutboxSequence(java.sql.Connection connection) throws java.sql.SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT coalesce(max(sequence), 0) FROM outbox");
                ResultSet row = select.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    private static String line(ResultSet row) throws java.sql.SQLException {
        JsonCodec codec = JsonCodec.instance();
        ObjectNode node = codec.mapper().createObjectNode();
        node.put("sequence", row.getLong(1));
        node.put("entity", row.getString(2));
        node.put("entity_id", row.getString(3));
        node.put("operation", row.getString(4));
        node.set("payload", codec.tree(row.getString(5)));
        node.put("hlc", row.getString(6));
        node.put("device_id", row.getString(7));
        if (row.getInt(8) == 1) {
            node.put("local_only", true); // written only when set: earlier segments have no such field
        }
        return codec.write(node);
    }

    private void createFolder() {
        try {
            Files.createDirectories(settings.backups());
        } catch (IOException e) {
            throw new LocalStoreUnavailable(
                    settings.database(), "backup folder " + settings.backups() + " cannot be created: " + e, e);
        }
    }
}
