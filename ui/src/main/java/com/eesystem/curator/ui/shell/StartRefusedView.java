package com.eesystem.curator.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** What the window shows instead of the shell when Curator cannot open the user's data. */
final class StartRefusedView extends VBox {

    StartRefusedView(StartRefused refused, Runnable close) {
        super(16);
        setId("start-refused");
        setPadding(new Insets(40));
        setAlignment(Pos.TOP_LEFT);
        setMaxWidth(720);
        Label title = new Label("Curator cannot open your data");
        title.getStyleClass().add(Styles.TITLE_2);
        Label message = new Label(refused.getMessage());
        message.setId("start-refused-message");
        message.setWrapText(true);
        Label outcome = new Label();
        outcome.setId("start-refused-outcome");
        outcome.setWrapText(true);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(20, 20);
        progress.setVisible(false);

        Button quit = new Button("Close");
        quit.setId("start-refused-close");
        quit.setOnAction(event -> close.run());
        HBox buttons = new HBox(8);
        refused.offer().ifPresent(offer -> {
            Button take = new Button(offer.label());
            take.setId("start-refused-offer");
            take.getStyleClass().add(Styles.ACCENT);
            take.setOnAction(event -> {
                Task<String> task = new Task<>() {
                    @Override
                    protected String call() throws Exception {
                        return offer.action().call();
                    }
                };
                take.setDisable(true);
                progress.setVisible(true);
                outcome.setText("Checking the backup and restoring…");
                task.setOnSucceeded(done -> {
                    progress.setVisible(false);
                    outcome.setText(task.getValue());
                });
                task.setOnFailed(failed -> {
                    progress.setVisible(false);
                    take.setDisable(false);
                    outcome.getStyleClass().add(Styles.DANGER);
                    Throwable error = task.getException();
                    outcome.setText("Not restored: " + (error.getMessage() == null ? error : error.getMessage()));
                });
                Thread.ofPlatform().name("curator-restore").daemon(true).start(task);
            });
            buttons.getChildren().add(take);
        });
        buttons.getChildren().addAll(quit, progress);
        Label hint = new Label("Nothing was changed or deleted. The details are in logs/curator.log in the data"
                + " folder; `curator restore --latest` does the same from a terminal.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        getChildren().addAll(title, message, buttons, outcome, hint);
    }
}
