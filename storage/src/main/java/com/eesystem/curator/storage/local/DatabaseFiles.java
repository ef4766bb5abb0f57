package com.eesystem.curator.storage.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** The SQLite file and its WAL companions, handled as one when files are swapped. */
final class DatabaseFiles {

    private DatabaseFiles() {}

    static List<Path> companions(Path database) {
        return List.of(
                database.resolveSibling(database.getFileName() + "-wal"),
                database.resolveSibling(database.getFileName() + "-shm"),
                database.resolveSibling(database.getFileName() + "-journal"));
    }

    static boolean holdsData(Path database) throws IOException {
        return Files.exists(database) && Files.size(database) > 0;
    }

    /**
     * Replaces {@code database} (and drops its WAL companions) with a copy of {@code source}. The copy is
     * written next to the target first and then moved over it, so a crash midway leaves either file
     * whole.
     */
    static void replaceWithCopyOf(Path source, Path database) throws IOException {
        Path staging = database.resolveSibling(database.getFileName() + ".incoming");
        Files.copy(source, staging, StandardCopyOption.REPLACE_EXISTING);
        for (Path companion : companions(database)) {
            Files.deleteIfExists(companion);
        }
        move(staging, database);
    }

    /** Moves the database and its companions into {@code folder}, keeping their names. */
    static void moveAside(Path database, Path folder) throws IOException {
        Files.createDirectories(folder);
        if (Files.exists(database)) {
            move(database, folder.resolve(database.getFileName()));
        }
        for (Path companion : companions(database)) {
            if (Files.exists(companion)) {
                move(companion, folder.resolve(companion.getFileName()));
            }
        }
    }

    static void deleteWithCompanions(Path database) throws IOException {
        Files.deleteIfExists(database);
        for (Path companion : companions(database)) {
            Files.deleteIfExists(companion);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
