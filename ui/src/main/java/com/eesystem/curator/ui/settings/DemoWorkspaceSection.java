package com.eesystem.curator.ui.settings;

import atlantafx.base.theme.Styles;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Settings → Demo workspace: whether the first start's demo is here and "Clear demo" (confirmed, run
 * off the FX thread). Clearing removes only the demo's rows; the demo does not come back at the next
 * start ({@code curator demo seed} brings it back).
 */
final class DemoWorkspaceSection extends VBox {

    static final String PRESENT = "You are looking at the demo workspace: a dozen sample posts in every state,"
            + " brand guidelines and a few items waiting for review. It stays on this computer and never syncs.";
    static final String ABSENT = "No demo workspace on this computer. `curator demo seed` adds it again.";
    static final ButtonType CLEAR = new ButtonType("Clear demo", ButtonBar.ButtonData.OK_DONE);

    private final DemoWorkspaceControls controls;
    private final Executor background;
    private final Label state = new Label("Looking for the demo workspace…");
    private final Label message = new Label();
    private final Button clear = new Button("Clear demo");

    DemoWorkspaceSection(DemoWorkspaceControls controls, Executor background) {
        super(6);
        this.controls = Objects.requireNonNull(controls, "controls");
        this.background = Objects.requireNonNull(background, "background");
        state.setId("settings-demo-state");
        state.setWrapText(true);
        message.setId("settings-demo-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.TEXT_MUTED);
        clear.setId("settings-clear-demo");
        clear.setAccessibleText("Clear the demo workspace");
        clear.getStyleClass().add(Styles.DANGER);
        clear.setDisable(true);
        clear.setOnAction(event -> {
            if (confirmed()) {
                run(controls::clear, removed -> message.setText("Cleared: " + removed + "."));
            }
        });
        getChildren().addAll(state, clear, message);
    }

    /** Reads whether the demo is there (off the FX thread). */
    void refresh() {
        showPresence();
    }

    private <T> void run(Supplier<T> work, Consumer<T> done) {
        clear.setDisable(true);
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                return work.get();
            }
        };
        task.setOnSucceeded(event -> {
            done.accept(task.getValue());
            showPresence();
        });
        task.setOnFailed(event -> {
            Throwable failure = task.getException();
            message.setText(
                    "Not cleared: " + (failure.getMessage() == null ? failure.toString() : failure.getMessage()));
            showPresence();
        });
        background.execute(task);
    }

    private void showPresence() {
        Task<Boolean> task = new Task<>() {
            @Override
            protected Boolean call() {
                return controls.present();
            }
        };
        task.setOnSucceeded(event -> {
            boolean present = task.getValue();
            state.setText(present ? PRESENT : ABSENT);
            clear.setDisable(!present);
        });
        task.setOnFailed(event -> state.setText(
                "Could not read the demo workspace: " + task.getException().getMessage()));
        background.execute(task);
    }

    private boolean confirmed() {
        Alert confirm = new Alert(
                Alert.AlertType.CONFIRMATION,
                "The demo's posts, their checks, review decisions and calendar entries, and the demo's brand"
                        + " guidelines are removed. Your own work stays. The demo does not come back at the next"
                        + " start.",
                ButtonType.CANCEL,
                CLEAR);
        confirm.initOwner(getScene().getWindow());
        confirm.setTitle("Clear the demo workspace");
        confirm.setHeaderText("Clear the demo workspace?");
        return confirm.showAndWait().filter(CLEAR::equals).isPresent();
    }
}
