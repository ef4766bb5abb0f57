package com.eesystem.curator.app.cli;

import com.eesystem.curator.app.DataDirectory;
import com.eesystem.curator.app.RestartRequest;
import com.eesystem.curator.storage.local.LocalRestore;
import com.eesystem.curator.storage.local.LocalStoreException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code gui} does after the window closed for a restart: puts the chosen backup in place (the
 * store is closed now) and starts Curator again with the same command line, waiting for it, so a
 * terminal that started Curator gets its prompt back only when the user is done.
 */
final class Relaunch {

    private static final Logger log = LoggerFactory.getLogger(Relaunch.class);

    private Relaunch() {}

    static int after(RestartRequest.Pending pending, DataDirectory dataDirectory, Clock clock)
            throws InterruptedException {
        if (pending instanceof RestartRequest.Pending.RestoreThenRestart restore) {
            try {
                LocalRestore.Restored restored =
                        LocalRestore.restore(LocalStoreCommands.settings(dataDirectory), restore.backup(), clock);
                log.info(
                        "Restored {} into {}; the replaced database is kept in {}",
                        restored.from(),
                        restored.database(),
                        restored.replacedKeptIn().map(Object::toString).orElse("(none)"));
            } catch (LocalStoreException e) {
                // the current database is untouched (LocalRestore swaps only a checked copy): reopen on it
                log.error("Restore of {} failed; reopening the current database", restore.backup(), e);
                System.err.println("curator gui: not restored: " + e.getMessage());
            }
        }
        ProcessHandle.Info self = ProcessHandle.current().info();
        if (self.command().isEmpty() || self.arguments().isEmpty()) {
            System.err.println(
                    "curator gui: restart Curator to continue (this system does not say how it was started)");
            return 0;
        }
        List<String> command = new ArrayList<>();
        command.add(self.command().get());
        command.addAll(List.of(self.arguments().get()));
        log.info("Restarting: {}", command.getFirst());
        try {
            return new ProcessBuilder(command).inheritIO().start().waitFor();
        } catch (java.io.IOException e) {
            System.err.println("curator gui: restart Curator to continue (" + e.getMessage() + ")");
            return 1;
        }
    }
}
