package com.eesystem.curator.ui.shell;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * How the window gets the user's workspace when the work behind it is slow (opening and migrating the
 * local store, seeding the demo): the window shows first, with "Opening your workspace…", and asks for the
 * workspace off the FX thread. Checks that may still find the data unusable after the workspace shows
 * (the local store's integrity check) report through {@link #opened}.
 */
@FunctionalInterface
public interface WorkspaceOpening {

    /**
     * Opens the workspace; called once, on a background thread, after the window showed.
     *
     * @throws StartRefused when the data cannot be opened: the window shows why and, if there is one, the
     *     way out (any other exception is shown in plain words too)
     */
    ShellDependencies open();

    /** Told once, on the FX thread, how long after JVM start the window's first frame was laid out. */
    default void windowShown(Duration sinceJvmStart) {}

    /**
     * Called once on the FX thread when the workspace shows. {@code refuse} (callable from any thread, at
     * most once) takes the workspace down and shows the refusal instead, e.g. a damaged store found by the
     * check that runs after the start.
     */
    default void opened(Consumer<StartRefused> refuse) {}
}
