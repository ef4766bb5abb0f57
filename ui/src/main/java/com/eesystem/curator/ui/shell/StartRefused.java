package com.eesystem.curator.ui.shell;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The window cannot open on the user's data (the local store is damaged, locked, from a newer Curator):
 * instead of failing, the window shows {@link #getMessage()} in plain words and, when the app has one,
 * an {@link Offer} such as "Restore from backup 25 Nov 2026 13:00".
 */
public final class StartRefused extends RuntimeException {

    private final transient Optional<Offer> offer;

    public StartRefused(String message, Optional<Offer> offer, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.offer = Objects.requireNonNull(offer, "offer");
    }

    public Optional<Offer> offer() {
        return offer;
    }

    /**
     * A way out the user can take.
     *
     * @param label the button's text
     * @param action runs off the FX thread; returns what to tell the user when it worked (the app then
     *     restarts itself); throws with a plain message when it did not
     */
    public record Offer(String label, Callable<String> action) {
        public Offer {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(action, "action");
        }
    }
}
