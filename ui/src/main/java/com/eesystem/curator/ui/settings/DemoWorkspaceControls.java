package com.eesystem.curator.ui.settings;

/**
 * What the Settings page's "Demo workspace" section asks of the app. Both methods block (the local
 * store) and are called off the FX thread; a refusal is an {@link IllegalStateException} whose message
 * is shown as it is.
 */
public interface DemoWorkspaceControls {

    /** Whether the demo workspace is in the local store now. */
    boolean present();

    /** Removes exactly the demo's rows; returns what was removed, in plain words. */
    String clear();
}
