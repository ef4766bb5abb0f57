package com.eesystem.curator.app;

import com.eesystem.curator.app.config.ConnectionCheck;
import com.eesystem.curator.app.config.ConnectionConfig;
import com.eesystem.curator.app.config.ConnectionConfigException;
import com.eesystem.curator.app.config.ConnectionConfigFile;
import com.eesystem.curator.app.config.HostPort;
import com.eesystem.curator.storage.astra.AstraSettings;
import com.eesystem.curator.storage.astra.Secret;
import com.eesystem.curator.storage.local.BackupFile;
import com.eesystem.curator.storage.local.LocalBackups;
import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.storage.local.LocalStoreException;
import com.eesystem.curator.storage.redis.RedisSettings;
import com.eesystem.curator.ui.settings.BackupEntry;
import com.eesystem.curator.ui.settings.ConnectionForm;
import com.eesystem.curator.ui.settings.ConnectionForm.TeamStoreKind;
import com.eesystem.curator.ui.settings.SavedConnection;
import com.eesystem.curator.ui.settings.SettingsServices;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Settings page's services on the open store of a data dir: the connection config (saved secrets
 * filled in where the form leaves them blank), local snapshots and restore (checked first, then a
 * restart on the backup), and the data folder.
 */
public final class WorkstationSettings implements SettingsServices {

    private final DataDirectory dataDirectory;
    private final LocalStore store;
    private final ConnectionConfigFile config;
    private final RestartRequest restart;
    private final Clock clock;

    public WorkstationSettings(DataDirectory dataDirectory, LocalStore store, RestartRequest restart, Clock clock) {
        this.dataDirectory = dataDirectory;
        this.store = store;
        this.config = ConnectionConfigFile.of(dataDirectory);
        this.restart = restart;
        this.clock = clock;
    }

    @Override
    public SavedConnection savedConnection() {
        ConnectionConfig saved = loadSaved();
        TeamStoreKind kind = TeamStoreKind.NONE;
        String bundle = "";
        String contactPoints = "";
        String datacenter = "datacenter1";
        String username = "";
        boolean passwordSaved = false;
        String keyspace = "curator";
        if (saved.teamStore().isPresent()) {
            AstraSettings team = saved.teamStore().get();
            keyspace = team.keyspace();
            switch (team.endpoint()) {
                case AstraSettings.Cloud cloud -> {
                    kind = TeamStoreKind.ASTRA;
                    bundle = cloud.secureConnectBundle().toString();
                }
                case AstraSettings.SelfManaged self -> {
                    kind = TeamStoreKind.CASSANDRA;
                    contactPoints = String.join(
                            ",",
                            self.contactPoints().stream()
                                    .map(point -> point.getHostString() + ":" + point.getPort())
                                    .toList());
                    datacenter = self.localDatacenter();
                    username = self.credentials()
                            .map(AstraSettings.Credentials::username)
                            .orElse("");
                    passwordSaved = self.credentials().isPresent();
                }
            }
        }
        String redisUrl =
                saved.liveLayer().map(WorkstationSettings::urlWithoutPassword).orElse("");
        ConnectionForm form =
                new ConnectionForm(kind, bundle, "", contactPoints, datacenter, username, "", keyspace, redisUrl, "");
        return new SavedConnection(
                form,
                kind == TeamStoreKind.ASTRA,
                passwordSaved,
                saved.liveLayer().flatMap(RedisSettings::password).isPresent());
    }

    @Override
    public ConnectionReport testConnection(ConnectionForm form) {
        ConnectionConfig candidate = toConfig(form);
        if (candidate.isEmpty()) {
            return new ConnectionReport(
                    false, List.of("Nothing to test: choose AstraDB or Cassandra, or enter a Redis URL."));
        }
        ConnectionCheck.Report report = ConnectionCheck.check(candidate);
        List<String> lines = new ArrayList<>();
        for (ConnectionCheck.Outcome outcome : List.of(report.teamStore(), report.liveLayer())) {
            if (!(outcome instanceof ConnectionCheck.Outcome.NotConfigured)) {
                lines.add(outcome.plainWords());
            }
        }
        return new ConnectionReport(report.allReached(), lines);
    }

    @Override
    public void saveConnection(ConnectionForm form) {
        ConnectionConfig next = toConfig(form);
        if (next.isEmpty()) {
            config.clear();
        } else {
            config.save(next);
        }
    }

    /** The form as a config; blank secrets take the saved ones. Refusals name the field. */
    ConnectionConfig toConfig(ConnectionForm form) {
        ConnectionConfig saved = loadSaved();
        Optional<AstraSettings> team = switch (form.teamStore()) {
            case NONE -> Optional.empty();
            case ASTRA -> Optional.of(astra(form, saved));
            case CASSANDRA -> Optional.of(cassandra(form, saved));
        };
        Optional<RedisSettings> redis = Optional.empty();
        if (!form.redisUrl().isEmpty()) {
            RedisSettings settings = RedisSettings.fromUrl(form.redisUrl());
            Optional<String> password = !form.redisPassword().isEmpty()
                    ? Optional.of(form.redisPassword())
                    : settings.password().or(() -> saved.liveLayer().flatMap(RedisSettings::password));
            if (password.isPresent()) {
                settings = settings.withCredentials(settings.username().orElse(null), password.get());
            }
            redis = Optional.of(settings);
        }
        return new ConnectionConfig(team, redis);
    }

    private static AstraSettings astra(ConnectionForm form, ConnectionConfig saved) {
        if (form.bundle().isEmpty()) {
            throw new IllegalArgumentException("Secure connect bundle: choose the .zip from the Astra portal");
        }
        Secret token;
        if (!form.token().isEmpty()) {
            token = Secret.of(form.token());
        } else {
            token = saved.teamStore()
                    .map(AstraSettings::endpoint)
                    .filter(AstraSettings.Cloud.class::isInstance)
                    .map(endpoint -> ((AstraSettings.Cloud) endpoint).token())
                    .orElseThrow(() -> new IllegalArgumentException("Application token: is empty (AstraCS:…)"));
        }
        return settings(new AstraSettings.Cloud(Path.of(form.bundle()), token), form, saved);
    }

    private static AstraSettings cassandra(ConnectionForm form, ConnectionConfig saved) {
        List<InetSocketAddress> points = new ArrayList<>();
        for (String point : form.contactPoints().split(",")) {
            if (!point.isBlank()) {
                points.add(HostPort.parse("Contact points", point));
            }
        }
        if (points.isEmpty()) {
            throw new IllegalArgumentException("Contact points: give at least one host:port");
        }
        AstraSettings.SelfManaged self = new AstraSettings.SelfManaged(
                points,
                form.datacenter().isEmpty() ? "datacenter1" : form.datacenter(),
                Optional.empty(),
                Optional.empty());
        Optional<AstraSettings.SelfManaged> before = saved.teamStore()
                .map(AstraSettings::endpoint)
                .filter(AstraSettings.SelfManaged.class::isInstance)
                .map(AstraSettings.SelfManaged.class::cast);
        if (!form.username().isEmpty()) {
            Secret password = !form.password().isEmpty()
                    ? Secret.of(form.password())
                    : before.flatMap(AstraSettings.SelfManaged::credentials)
                            .filter(login -> login.username().equals(form.username()))
                            .map(AstraSettings.Credentials::password)
                            .orElseThrow(() -> new IllegalArgumentException(
                                    "Password: is empty for user \"" + form.username() + "\""));
            self = self.withCredentials(new AstraSettings.Credentials(form.username(), password));
        }
        // TLS is set from the command line (curator connect save --truststore); the page keeps it
        Optional<AstraSettings.Tls> tls = before.flatMap(AstraSettings.SelfManaged::tls);
        if (tls.isPresent()) {
            self = self.withTls(tls.get());
        }
        return settings(self, form, saved);
    }

    private static AstraSettings settings(
            AstraSettings.Endpoint endpoint, ConnectionForm form, ConnectionConfig saved) {
        int dimension = saved.teamStore().map(AstraSettings::vectorDimension).orElse(AstraSettings.OPENAI_DIMENSION);
        String keyspace = form.keyspace().isEmpty() ? "curator" : form.keyspace();
        AstraSettings base = new AstraSettings(
                endpoint,
                keyspace,
                dimension,
                saved.teamStore()
                        .map(AstraSettings::consistency)
                        .orElse(com.datastax.oss.driver.api.core.DefaultConsistencyLevel.LOCAL_QUORUM),
                500,
                java.time.Duration.ofSeconds(10));
        return base;
    }

    private ConnectionConfig loadSaved() {
        try {
            return config.load();
        } catch (ConnectionConfigException e) {
            throw new IllegalStateException("The saved connection cannot be read: " + e.getMessage(), e);
        }
    }

    static String urlWithoutPassword(RedisSettings redis) {
        return (redis.tls() ? "rediss://" : "redis://")
                + redis.username().map(user -> user + "@").orElse("") + redis.host() + ":" + redis.port() + "/"
                + redis.database();
    }

    @Override
    public List<BackupEntry> backups() {
        List<BackupEntry> entries = new ArrayList<>();
        for (BackupFile file : LocalBackups.list(dataDirectory.backups())) {
            if (file.kind() == BackupFile.Kind.SNAPSHOT) {
                entries.addFirst(entry(file));
            }
        }
        return entries;
    }

    @Override
    public BackupEntry backUpNow() {
        try {
            return entry(store.backups().snapshot("manual"));
        } catch (LocalStoreException e) {
            throw new IllegalStateException("Not backed up: " + e.getMessage(), e);
        }
    }

    @Override
    public void restoreAndRestart(BackupEntry backup) {
        Path file = LocalBackups.list(dataDirectory.backups()).stream()
                .filter(candidate -> candidate.path().getFileName().toString().equals(backup.id()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "backup " + backup.id() + " is no longer in " + dataDirectory.backups()))
                .path();
        try {
            BackupCheck.verify(store.settings(), file, clock);
        } catch (LocalStoreException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        restart.restoreThenRestart(file);
    }

    @Override
    public void openDataFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String opener = os.contains("win") ? "explorer" : os.contains("mac") ? "open" : "xdg-open";
        try {
            new ProcessBuilder(opener, dataDirectory.root().toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Cannot open the folder (" + opener + " is not available): " + dataDirectory.root(), e);
        }
    }

    private static BackupEntry entry(BackupFile file) {
        long size;
        try {
            size = Files.size(file.path());
        } catch (IOException e) {
            size = 0;
        }
        return new BackupEntry(file.path().getFileName().toString(), file.takenAt(), file.reason(), size);
    }
}
