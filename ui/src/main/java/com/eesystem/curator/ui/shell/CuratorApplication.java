package com.eesystem.curator.ui.shell;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: the main window. */
public final class CuratorApplication extends Application {

    public static void launchWindow(String... args) {
        Application.launch(CuratorApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Curator");
        stage.setScene(new Scene(new Label("Curator"), 1100, 720));
        stage.show();
    }
}
