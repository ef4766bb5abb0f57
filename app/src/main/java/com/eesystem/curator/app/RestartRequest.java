package com.eesystem.curator.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How the window asks the gui command to restart Curator, optionally on a backup: the window closes,
 * the store closes, the backup is put in place (LocalRestore, with its integrity check), and a new
 * process starts. A restart is a whole new process on purpose: every adapter and page then opens on the
 * restored file, with nothing left over from the old one.
 */
public final class RestartRequest {

    /** What the gui command does after the window closed. */
    public sealed interface Pending {
        record Restart() implements Pending {}

        record RestoreThenRestart(Path backup) implements Pending {}
    }

    private final AtomicReference<Pending> pending = new AtomicReference<>();
    private final Runnable closeWindow;

    /** @param closeWindow ends the window (the app passes {@code Platform::exit}; tests record the call) */
    public RestartRequest(Runnable closeWindow) {
        this.closeWindow = closeWindow;
    }

    public void restoreThenRestart(Path backup) {
        pending.set(new Pending.RestoreThenRestart(backup));
        closeWindow.run();
    }

    public void restart() {
        pending.set(new Pending.Restart());
        closeWindow.run();
    }

    public Optional<Pending> pending() {
        return Optional.ofNullable(pending.get());
    }
}
