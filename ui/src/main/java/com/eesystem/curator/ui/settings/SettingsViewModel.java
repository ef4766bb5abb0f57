package com.eesystem.curator.ui.settings;

import com.eesystem.curator.ui.settings.ConnectionForm.TeamStoreKind;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Settings page's state: the connection form, the outcome of "Test connection", the list of local
 * backups. Every call to the app runs as a {@link Task} on the background executor; results are
 * applied on the FX thread by the task's handlers.
 */
public final class SettingsViewModel {

    private static final Logger log = LoggerFactory.getLogger(SettingsViewModel.class);

    /** How the last connection test ended, for the page's colour. */
    public enum TestState {
        NONE,
        RUNNING,
        REACHED,
        FAILED,
        CANCELLED
    }

    private final SettingsServices services;
    private final Executor background;

    private final ObjectProperty<TeamStoreKind> teamStore =
            new SimpleObjectProperty<>(this, "teamStore", TeamStoreKind.NONE);
    private final StringProperty bundle = new SimpleStringProperty(this, "bundle", "");
    private final StringProperty token = new SimpleStringProperty(this, "token", "");
    private final StringProperty contactPoints = new SimpleStringProperty(this, "contactPoints", "");
    private final StringProperty datacenter = new SimpleStringProperty(this, "datacenter", "datacenter1");
    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty keyspace = new SimpleStringProperty(this, "keyspace", "curator");
    private final StringProperty redisUrl = new SimpleStringProperty(this, "redisUrl", "");
    private final StringProperty redisPassword = new SimpleStringProperty(this, "redisPassword", "");
    private final BooleanProperty tokenSaved = new SimpleBooleanProperty(this, "tokenSaved");
    private final BooleanProperty passwordSaved = new SimpleBooleanProperty(this, "passwordSaved");
    private final BooleanProperty redisPasswordSaved = new SimpleBooleanProperty(this, "redisPasswordSaved");

    private final ReadOnlyObjectWrapper<TestState> testState =
            new ReadOnlyObjectWrapper<>(this, "testState", TestState.NONE);
    private final ReadOnlyStringWrapper testResult = new ReadOnlyStringWrapper(this, "testResult", "");
    private final ReadOnlyStringWrapper connectionMessage = new ReadOnlyStringWrapper(this, "connectionMessage", "");
    private final ReadOnlyBooleanWrapper backupBusy = new ReadOnlyBooleanWrapper(this, "backupBusy");
    private final ReadOnlyStringWrapper backupMessage = new ReadOnlyStringWrapper(this, "backupMessage", "");
    private final ObservableList<BackupEntry> backups = FXCollections.observableArrayList();
    private Task<SettingsServices.ConnectionReport> runningTest;

    public SettingsViewModel(SettingsServices services, Executor background) {
        this.services = services;
        this.background = background;
    }

    /** Reads the saved connection and the backups. */
    public void load() {
        run(services::savedConnection, this::apply, error -> connectionMessage.set(error));
        refreshBackups();
    }

    private void apply(SavedConnection saved) {
        ConnectionForm form = saved.withoutSecrets();
        teamStore.set(form.teamStore());
        bundle.set(form.bundle());
        contactPoints.set(form.contactPoints());
        datacenter.set(form.datacenter());
        username.set(form.username());
        keyspace.set(form.keyspace());
        redisUrl.set(form.redisUrl());
        token.set("");
        password.set("");
        redisPassword.set("");
        tokenSaved.set(saved.tokenSaved());
        passwordSaved.set(saved.passwordSaved());
        redisPasswordSaved.set(saved.redisPasswordSaved());
    }

    public ConnectionForm form() {
        return new ConnectionForm(
                teamStore.get(),
                bundle.get(),
                token.get(),
                contactPoints.get(),
                datacenter.get(),
                username.get(),
                password.get(),
                keyspace.get(),
                redisUrl.get(),
                redisPassword.get());
    }

    /** Connects once with what is in the form; cancel with {@link #cancelTest()}. */
    public void testConnection() {
        if (testState.get() == TestState.RUNNING) {
            return;
        }
        ConnectionForm form = form();
        Task<SettingsServices.ConnectionReport> task = new Task<>() {
            @Override
            protected SettingsServices.ConnectionReport call() {
                return services.testConnection(form);
            }
        };
        task.setOnSucceeded(event -> {
            SettingsServices.ConnectionReport report = task.getValue();
            testResult.set(String.join("\n", report.lines()));
            testState.set(report.allReached() ? TestState.REACHED : TestState.FAILED);
        });
        task.setOnFailed(event -> {
            testResult.set(plain(task.getException()));
            testState.set(TestState.FAILED);
        });
        task.setOnCancelled(event -> {
            testResult.set("Test cancelled.");
            testState.set(TestState.CANCELLED);
        });
        runningTest = task;
        testState.set(TestState.RUNNING);
        testResult.set("Connecting…");
        background.execute(task);
    }

    public void cancelTest() {
        if (runningTest != null && testState.get() == TestState.RUNNING) {
            runningTest.cancel(true);
        }
    }

    public void saveConnection() {
        ConnectionForm form = form();
        run(
                () -> {
                    services.saveConnection(form);
                    return services.savedConnection();
                },
                saved -> {
                    apply(saved);
                    connectionMessage.set("Saved. Curator connects with it from the next start.");
                },
                connectionMessage::set);
    }

    public void refreshBackups() {
        run(services::backups, backups::setAll, backupMessage::set);
    }

    public void backUpNow() {
        backupBusy.set(true);
        backupMessage.set("Backing up…");
        run(
                () -> new Taken(services.backUpNow(), services.backups()),
                taken -> {
                    backupBusy.set(false);
                    backups.setAll(taken.all());
                    backupMessage.set("Backed up: " + taken.entry().id());
                },
                error -> {
                    backupBusy.set(false);
                    backupMessage.set(error);
                });
    }

    private record Taken(BackupEntry entry, List<BackupEntry> all) {}

    /** Checks the backup and restarts on it; only a refusal comes back (shown in the backups message). */
    public void restore(BackupEntry backup) {
        backupBusy.set(true);
        backupMessage.set("Checking " + backup.id() + " before restoring…");
        run(
                () -> {
                    services.restoreAndRestart(backup);
                    return backup;
                },
                done -> backupMessage.set("Restored " + done.id() + "; Curator restarts."),
                error -> {
                    backupBusy.set(false);
                    backupMessage.set("Not restored: " + error);
                });
    }

    public void openDataFolder() {
        run(
                () -> {
                    services.openDataFolder();
                    return Boolean.TRUE;
                },
                done -> {},
                backupMessage::set);
    }

    private <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<String> onError) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(event -> onDone.accept(task.getValue()));
        task.setOnFailed(event -> onError.accept(plain(task.getException())));
        background.execute(task);
    }

    static String plain(Throwable error) {
        if (error instanceof IllegalArgumentException || error instanceof IllegalStateException) {
            return error.getMessage();
        }
        // anything else is unexpected: the log keeps the stack, the page a sentence
        log.warn("Settings action failed", error);
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }

    public ObjectProperty<TeamStoreKind> teamStoreProperty() {
        return teamStore;
    }

    public StringProperty bundleProperty() {
        return bundle;
    }

    public StringProperty tokenProperty() {
        return token;
    }

    public StringProperty contactPointsProperty() {
        return contactPoints;
    }

    public StringProperty datacenterProperty() {
        return datacenter;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty keyspaceProperty() {
        return keyspace;
    }

    public StringProperty redisUrlProperty() {
        return redisUrl;
    }

    public StringProperty redisPasswordProperty() {
        return redisPassword;
    }

    public BooleanProperty tokenSavedProperty() {
        return tokenSaved;
    }

    public BooleanProperty passwordSavedProperty() {
        return passwordSaved;
    }

    public BooleanProperty redisPasswordSavedProperty() {
        return redisPasswordSaved;
    }

    public ReadOnlyObjectProperty<TestState> testStateProperty() {
        return testState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty testResultProperty() {
        return testResult.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty connectionMessageProperty() {
        return connectionMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty backupBusyProperty() {
        return backupBusy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty backupMessageProperty() {
        return backupMessage.getReadOnlyProperty();
    }

    public ObservableList<BackupEntry> backups() {
        return backups;
    }
}
