package com.eesystem.curator.ui.shell;

import java.util.function.Consumer;

/**
 * What the status bar shows and does beyond the sync status: whether the live layer (Redis) is
 * reachable, and "Sync now". The app implements it on its connections; without any it is {@link #none()}.
 */
public interface ServerLinks {

    /** The state of one server link. */
    enum State {
        NOT_CONFIGURED,
        REACHABLE,
        UNREACHABLE
    }

    /** The live layer's state now. */
    State liveLayer();

    /** Calls {@code listener} (on any thread) with every change of the live layer until the handle is closed. */
    AutoCloseable subscribeLiveLayer(Consumer<State> listener);

    /** Whether a team store is configured, so "Sync now" has something to do. */
    boolean canSyncNow();

    /** Starts a sync at once (it runs in the background; the sync status reports how it went). */
    void syncNow();

    static ServerLinks none() {
        return new ServerLinks() {
            @Override
            public State liveLayer() {
                return State.NOT_CONFIGURED;
            }

            @Override
            public AutoCloseable subscribeLiveLayer(Consumer<State> listener) {
                return () -> {};
            }

            @Override
            public boolean canSyncNow() {
                return false;
            }

            @Override
            public void syncNow() {}
        };
    }
}
