package com.eesystem.curator.app.cli;

import com.eesystem.curator.app.DataDirectory;
import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.storage.local.LocalStoreException;
import com.eesystem.curator.storage.local.LocalStoreSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the commands working on the data dir's local store share (backup, restore, cleanup, audit, demo):
 * its settings, and opening it around the command's work with one way of reporting a failure.
 */
final class LocalStoreCommands {

    /** A command's work on the open store; returns the exit code. */
    @FunctionalInterface
    interface StoreWork {
        int run(LocalStore store) throws IOException;
    }

    private LocalStoreCommands() {}

    static LocalStoreSettings settings(DataDirectory dataDirectory) {
        return LocalStoreSettings.defaults(dataDirectory.localDatabase(), dataDirectory.backups());
    }

    /**
     * Opens the local store of {@code dataDirectory}, runs {@code work} on it and closes it. A store that
     * cannot be opened or used, a file that cannot be written and a stored row that no longer reads
     * (adapters name it in an IllegalStateException) print {@code <command>: <message>} on the command's
     * error stream and exit 1; nothing is half-written, the work's transactions see to that.
     */
    static int withStore(DataDirectory dataDirectory, CommandSpec command, StoreWork work) {
        try (LocalStore store = LocalStore.open(settings(dataDirectory), Clock.systemUTC())) {
            return work.run(store);
        } catch (LocalStoreException | IllegalStateException | IOException | UncheckedIOException e) {
            command.commandLine().getErr().println(command.qualifiedName(" ") + ": " + e.getMessage());
            return 1;
        }
    }
}
