package com.eesystem.curator.ui.shell;

import javafx.geometry.Insets;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The window's first frame while the workspace opens behind it: "Opening your workspace…" on the
 * background of the light theme. Built from shapes and text only, no controls: a control would make
 * JavaFX parse a whole stylesheet before this frame (the theme's comes with the workspace).
 */
final class OpeningView extends StackPane {

    static final String MESSAGE = "Opening your workspace…";

    OpeningView() {
        setId("opening-workspace");
        setBackground(new Background(new BackgroundFill(Color.web("#ffffff"), CornerRadii.EMPTY, Insets.EMPTY)));
        Text message = new Text(MESSAGE);
        message.setId("opening-workspace-message");
        message.setFont(Font.font(16));
        message.setFill(Color.web("#57606a"));
        message.setAccessibleText(MESSAGE);
        getChildren().add(message);
    }
}
