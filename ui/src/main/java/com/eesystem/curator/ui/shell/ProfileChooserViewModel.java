package com.eesystem.curator.ui.shell;

import com.eesystem.curator.domain.user.Role;
import com.eesystem.curator.domain.user.User;
import com.eesystem.curator.domain.user.UserId;
import com.eesystem.curator.domain.user.UserProfiles;
import com.eesystem.curator.domain.user.UserProfiles.ProfileAdded;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The start choice: pick a local profile, or add one with a name and a role. */
final class ProfileChooserViewModel {

    private static final Logger log = LoggerFactory.getLogger(ProfileChooserViewModel.class);
    static final int MAX_NAME_LENGTH = 80;

    private final UserProfiles profiles;
    private final Executor background;
    private final ObservableList<User> known = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(this, "role", Role.EDITOR);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    ProfileChooserViewModel(UserProfiles profiles, List<User> known, Executor background) {
        this.profiles = profiles;
        this.background = background;
        this.known.setAll(known);
    }

    ObservableList<User> known() {
        return known;
    }

    StringProperty nameProperty() {
        return name;
    }

    ObjectProperty<Role> roleProperty() {
        return role;
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Adds the typed profile off the FX thread; {@code added} gets it when it was stored. */
    void add(Consumer<User> added) {
        String typed = name.get() == null ? "" : name.get().strip();
        if (typed.isEmpty()) {
            message.set("Name: type the name this profile is shown with.");
            return;
        }
        if (typed.length() > MAX_NAME_LENGTH) {
            message.set("Name: at most " + MAX_NAME_LENGTH + " characters (" + typed.length() + " typed).");
            return;
        }
        User user = User.of(UserId.random(), typed, role.get());
        message.set("Adding " + typed + "…");
        Task<ProfileAdded> task = new Task<>() {
            @Override
            protected ProfileAdded call() {
                return profiles.add(user);
            }
        };
        task.setOnSucceeded(event -> {
            switch (task.getValue()) {
                case ProfileAdded.Added done -> {
                    known.add(done.user());
                    known.sort(Comparator.comparing(u -> u.displayName().toLowerCase(java.util.Locale.ROOT)));
                    name.set("");
                    message.set("");
                    added.accept(done.user());
                }
                case ProfileAdded.NameTaken taken ->
                    message.set("\"" + taken.displayName() + "\" is already a profile here: choose it in the list.");
            }
        });
        task.setOnFailed(event -> {
            log.warn("Could not add the profile {}", typed, task.getException());
            message.set("The profile could not be saved: " + task.getException().getMessage());
        });
        background.execute(task);
    }
}
