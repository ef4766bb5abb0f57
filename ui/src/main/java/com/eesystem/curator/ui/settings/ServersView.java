package com.eesystem.curator.ui.settings;

import atlantafx.base.theme.Styles;
import com.eesystem.curator.ui.settings.ConnectionForm.TeamStoreKind;
import com.eesystem.curator.ui.settings.SettingsViewModel.TestState;
import java.io.File;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The team servers form: AstraDB (bundle + token) or Cassandra (hosts, login), Redis, test and save. */
final class ServersView extends VBox {

    private final SettingsViewModel model;
    private final GridPane grid = new GridPane();
    private int row;

    ServersView(SettingsViewModel model) {
        super(10);
        this.model = model;
        grid.setHgap(12);
        grid.setVgap(8);
        BooleanBinding astra = model.teamStoreProperty().isEqualTo(TeamStoreKind.ASTRA);
        BooleanBinding cassandra = model.teamStoreProperty().isEqualTo(TeamStoreKind.CASSANDRA);

        addRow("Team store", kindChooser(), null);
        addRow("Secure connect bundle", bundleChooser(), astra);
        addRow(
                "Application token",
                secret("settings-token", model.tokenProperty(), model.tokenSavedProperty(), "AstraCS:…"),
                astra);
        addRow(
                "Contact points",
                text("settings-contact-points", model.contactPointsProperty(), "host:9042,host2:9042"),
                cassandra);
        addRow("Local datacenter", text("settings-datacenter", model.datacenterProperty(), "datacenter1"), cassandra);
        addRow("User name", text("settings-username", model.usernameProperty(), "optional"), cassandra);
        addRow(
                "Password",
                secret("settings-password", model.passwordProperty(), model.passwordSavedProperty(), "optional"),
                cassandra);
        addRow("Keyspace", text("settings-keyspace", model.keyspaceProperty(), "curator"), astra.or(cassandra));
        addRow(
                "Redis URL",
                text("settings-redis-url", model.redisUrlProperty(), "redis://host:6379/0 (empty: no Redis)"),
                null);
        addRow(
                "Redis password",
                secret(
                        "settings-redis-password",
                        model.redisPasswordProperty(),
                        model.redisPasswordSavedProperty(),
                        "optional"),
                null);

        Label state = new Label();
        state.setId("settings-servers-state");
        state.getStyleClass().add(Styles.TEXT_MUTED);
        state.textProperty()
                .bind(Bindings.when(model.teamStoreProperty()
                                .isEqualTo(TeamStoreKind.NONE)
                                .and(model.redisUrlProperty().isEmpty()))
                        .then(SettingsPage.NOT_CONFIGURED)
                        .otherwise(""));
        state.managedProperty().bind(state.textProperty().isNotEmpty());

        Label hint = new Label("Secrets are stored encrypted in the data folder (connections.json, key in keys/);"
                + " a saved connection is used from the next start and by `curator sync`.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        getChildren().addAll(state, grid, actions(), testResult(), message(), hint);
    }

    private void addRow(String name, Node field, ObservableBooleanValue shownWhen) {
        Label label = new Label(name);
        label.setLabelFor(field);
        label.setMinWidth(150);
        if (field instanceof javafx.scene.control.Control control) {
            control.setAccessibleText(name);
        }
        if (shownWhen != null) {
            for (Node node : new Node[] {label, field}) {
                node.visibleProperty().bind(shownWhen);
                node.managedProperty().bind(shownWhen);
            }
        }
        GridPane.setHgrow(field, Priority.ALWAYS);
        grid.addRow(row++, label, field);
    }

    private Node kindChooser() {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        TeamStoreKind[] kinds = TeamStoreKind.values();
        for (int index = 0; index < kinds.length; index++) {
            ToggleButton button = new ToggleButton(kinds[index].displayName());
            button.setId("settings-team-" + kinds[index].name().toLowerCase(Locale.ROOT));
            button.setUserData(kinds[index]);
            button.setToggleGroup(group);
            button.getStyleClass()
                    .add(
                            index == 0
                                    ? Styles.LEFT_PILL
                                    : index == kinds.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            box.getChildren().add(button);
        }
        Runnable select = () -> group.getToggles().stream()
                .filter(toggle ->
                        toggle.getUserData() == model.teamStoreProperty().get())
                .findFirst()
                .ifPresent(group::selectToggle);
        select.run();
        model.teamStoreProperty().addListener((property, before, now) -> select.run());
        group.selectedToggleProperty().addListener((property, before, now) -> {
            if (now == null) {
                select.run();
            } else {
                model.teamStoreProperty().set((TeamStoreKind) now.getUserData());
            }
        });
        return box;
    }

    private Node bundleChooser() {
        TextField path = text("settings-bundle", model.bundleProperty(), "secure-connect-<database>.zip");
        HBox.setHgrow(path, Priority.ALWAYS);
        Button choose = new Button("Choose…");
        choose.setId("settings-bundle-choose");
        choose.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("AstraDB secure connect bundle");
            chooser.getExtensionFilters()
                    .add(new FileChooser.ExtensionFilter("Secure connect bundle (*.zip)", "*.zip"));
            File file = chooser.showOpenDialog(getScene().getWindow());
            if (file != null) {
                model.bundleProperty().set(file.getAbsolutePath());
            }
        });
        HBox box = new HBox(8, path, choose);
        return box;
    }

    private static TextField text(String id, StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static PasswordField secret(String id, StringProperty value, BooleanProperty saved, String prompt) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.promptTextProperty()
                .bind(Bindings.when(saved)
                        .then("saved — leave empty to keep it")
                        .otherwise(prompt));
        return field;
    }

    private Node actions() {
        BooleanBinding running = model.testStateProperty().isEqualTo(TestState.RUNNING);
        Button test = new Button("Test connection");
        test.setId("settings-test");
        test.getStyleClass().add(Styles.ACCENT);
        test.disableProperty().bind(running);
        test.setOnAction(event -> model.testConnection());
        Button cancel = new Button("Cancel");
        cancel.setId("settings-test-cancel");
        cancel.visibleProperty().bind(running);
        cancel.managedProperty().bind(running);
        cancel.setOnAction(event -> model.cancelTest());
        ProgressIndicator progress = new ProgressIndicator(ProgressIndicator.INDETERMINATE_PROGRESS);
        progress.setId("settings-test-progress");
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(running);
        progress.managedProperty().bind(running);
        Button save = new Button("Save");
        save.setId("settings-save");
        save.disableProperty().bind(running);
        save.setOnAction(event -> model.saveConnection());
        return new HBox(8, test, progress, cancel, save);
    }

    private Node testResult() {
        Label result = new Label();
        result.setId("settings-test-result");
        result.setWrapText(true);
        result.textProperty().bind(model.testResultProperty());
        model.testStateProperty().addListener((property, before, now) -> {
            result.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            if (now == TestState.REACHED) {
                result.getStyleClass().add(Styles.SUCCESS);
            } else if (now == TestState.FAILED) {
                result.getStyleClass().add(Styles.DANGER);
            }
        });
        return result;
    }

    private Node message() {
        Label message = new Label();
        message.setId("settings-connection-message");
        message.setWrapText(true);
        message.textProperty().bind(model.connectionMessageProperty());
        return message;
    }
}
