package com.eesystem.curator.app;

import java.util.concurrent.Executor;
import javafx.application.Platform;

/**
 * Runs each task to its end before returning, never on the FX thread (the store refuses work there):
 * called from the FX thread it runs the task on a short-lived thread and joins it. The task's answer
 * then arrives with the next FX events, so a test sees it after {@code WaitForAsyncUtils.waitForFxEvents()}.
 */
final class OffFxExecutor implements Executor {

    static final Executor INSTANCE = new OffFxExecutor();

    private OffFxExecutor() {}

    @Override
    public void execute(Runnable task) {
        if (!Platform.isFxApplicationThread()) {
            task.run();
            return;
        }
        Thread worker = new Thread(task, "test-background");
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a background task", e);
        }
    }
}
