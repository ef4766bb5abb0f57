package com.eesystem.curator.ui.shell;

import atlantafx.base.theme.Styles;
import com.eesystem.curator.domain.user.Role;
import com.eesystem.curator.domain.user.User;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The first thing a window without a remembered profile shows: the local profiles, and a form to add
 * one with a role. Choosing one opens the workstation as that person.
 */
final class ProfileChooserView extends StackPane {

    ProfileChooserView(ProfileChooserViewModel model, Consumer<User> chosen) {
        setId("profile-chooser");
        Label title = new Label("Who is working?");
        title.getStyleClass().add(Styles.TITLE_2);
        Label hint = new Label("Curator acts as the profile you choose: editors write and submit, reviewers"
                + " approve, reject or request changes, admins may do both. The choice is remembered.");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);

        ListView<User> list = new ListView<>(model.known());
        list.setId("profile-list");
        list.setAccessibleText("Local profiles");
        list.setPrefHeight(180);
        list.setPlaceholder(new Label("No profiles on this computer yet: add the first one below."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(User user, boolean empty) {
                super.updateItem(user, empty);
                setText(empty || user == null ? null : user.displayName() + " · " + roleWords(user));
            }
        });
        Button open = new Button("Continue");
        open.setId("profile-continue");
        open.setDefaultButton(true);
        open.getStyleClass().add(Styles.ACCENT);
        open.disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(event -> chosen.accept(list.getSelectionModel().getSelectedItem()));
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY
                    && event.getClickCount() == 2
                    && list.getSelectionModel().getSelectedItem() != null) {
                chosen.accept(list.getSelectionModel().getSelectedItem());
            }
        });

        Label newTitle = new Label("New profile");
        newTitle.getStyleClass().add(Styles.TITLE_4);
        TextField name = new TextField();
        name.setId("profile-name");
        name.setPromptText("Name, e.g. Rita Reviewer");
        name.setAccessibleText("New profile name");
        name.textProperty().bindBidirectional(model.nameProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        ComboBox<Role> role = new ComboBox<>();
        role.setId("profile-role");
        role.setAccessibleText("New profile role");
        role.getItems().setAll(Role.values());
        role.valueProperty().bindBidirectional(model.roleProperty());
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role value) {
                return value == null ? "" : capitalized(value.storedValue());
            }

            @Override
            public Role fromString(String text) {
                return Role.fromStored(text.toLowerCase(Locale.ROOT));
            }
        });
        Button add = new Button("Add and continue");
        add.setId("profile-add");
        add.setOnAction(event -> model.add(chosen));
        name.setOnAction(event -> model.add(chosen));
        HBox form = new HBox(8, name, role, add);
        form.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("profile-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.DANGER);
        message.textProperty().bind(model.messageProperty());

        HBox actions = new HBox(open);
        actions.setAlignment(Pos.CENTER_RIGHT);
        VBox card = new VBox(12, title, hint, list, actions, new Separator(), newTitle, form, message);
        card.setPadding(new Insets(28));
        card.setMaxWidth(560);
        card.setMaxHeight(VBox.USE_PREF_SIZE);
        card.getStyleClass().add("profile-card");
        getChildren().add(card);
        setPadding(new Insets(24));
        if (!model.known().isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
    }

    static String roleWords(User user) {
        return user.roles().stream()
                .map(role -> role.storedValue())
                .sorted()
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }

    private static String capitalized(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
