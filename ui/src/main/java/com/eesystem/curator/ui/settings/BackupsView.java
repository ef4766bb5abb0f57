package com.eesystem.curator.ui.settings;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The local store's snapshots, newest first, with "Back up now" and "Restore…". */
final class BackupsView extends VBox {

    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    BackupsView(SettingsViewModel model) {
        super(8);
        ListView<BackupEntry> list = new ListView<>(model.backups());
        list.setId("settings-backups");
        list.setPrefHeight(160);
        list.setPlaceholder(new Label("No backups yet: one is taken daily, or now with Back up now."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(BackupEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : describe(entry));
            }
        });

        Button backUp = new Button("Back up now");
        backUp.setId("settings-backup-now");
        backUp.disableProperty().bind(model.backupBusyProperty());
        backUp.setOnAction(event -> model.backUpNow());

        Button restore = new Button("Restore…");
        restore.setId("settings-restore");
        restore.getStyleClass().add(Styles.DANGER);
        restore.disableProperty()
                .bind(model.backupBusyProperty()
                        .or(list.getSelectionModel().selectedItemProperty().isNull()));
        restore.setOnAction(event -> {
            BackupEntry chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null && confirmed(chosen)) {
                model.restore(chosen);
            }
        });

        Label message = new Label();
        message.setId("settings-backup-message");
        message.setWrapText(true);
        message.textProperty().bind(model.backupMessageProperty());

        Label hint = new Label("Restoring checks the backup first (integrity check), keeps the current database"
                + " in backups/replaced-<time>/ and restarts Curator on the backup.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        getChildren().addAll(list, new HBox(8, backUp, restore), message, hint);
    }

    static String describe(BackupEntry entry) {
        return WHEN.format(entry.takenAt()) + " — " + entry.reason() + " — "
                + String.format(Locale.ENGLISH, "%,.1f MB", entry.sizeBytes() / 1_048_576.0);
    }

    private boolean confirmed(BackupEntry chosen) {
        Alert confirm = new Alert(
                Alert.AlertType.CONFIRMATION,
                "Curator will check the backup, put it in place of the current database and restart. Changes"
                        + " made after " + WHEN.format(chosen.takenAt())
                        + " that have not synced are only in the kept copy of the current database.",
                ButtonType.CANCEL,
                ButtonType.OK);
        confirm.initOwner(getScene().getWindow());
        confirm.setTitle("Restore a backup");
        confirm.setHeaderText("Restore the backup of " + WHEN.format(chosen.takenAt()) + "?");
        return confirm.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }
}
