package com.eesystem.curator.ui.shell;

import com.eesystem.curator.domain.sync.SyncStatus;
import com.eesystem.curator.domain.sync.SyncStatusSource;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The status bar's words for the link to the team servers: online/offline, how many changes wait to
 * sync, when the last sync finished and the last error. Statuses arrive on a background thread and
 * are applied through {@code fxThread}.
 */
final class StatusBarViewModel implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StatusBarViewModel.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    private final SyncStatusSource source;
    private final Clock clock;
    private final ReadOnlyStringWrapper connectivity = new ReadOnlyStringWrapper(this, "connectivity");
    private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(this, "online");
    private final ReadOnlyStringWrapper pendingChanges = new ReadOnlyStringWrapper(this, "pendingChanges");
    private final ReadOnlyStringWrapper lastSync = new ReadOnlyStringWrapper(this, "lastSync");
    private final ReadOnlyStringWrapper lastError = new ReadOnlyStringWrapper(this, "lastError", "");
    private final ReadOnlyStringWrapper liveLayer = new ReadOnlyStringWrapper(this, "liveLayer", "");
    private final ReadOnlyBooleanWrapper liveLayerOnline = new ReadOnlyBooleanWrapper(this, "liveLayerOnline");
    private final ReadOnlyBooleanWrapper canSyncNow = new ReadOnlyBooleanWrapper(this, "canSyncNow");
    private final ServerLinks links;
    private AutoCloseable subscription = () -> {};
    private AutoCloseable liveLayerSubscription = () -> {};

    StatusBarViewModel(SyncStatusSource source, Clock clock) {
        this(source, ServerLinks.none(), clock);
    }

    StatusBarViewModel(SyncStatusSource source, ServerLinks links, Clock clock) {
        this.source = source;
        this.links = links;
        this.clock = clock;
        canSyncNow.set(links.canSyncNow());
        applyLiveLayer(links.liveLayer());
        apply(SyncStatus.localOnly());
        connectivity.set("Checking the team servers…");
    }

    /** Reads the current status off the FX thread, then follows every change. */
    void start(Executor background, Executor fxThread) {
        Task<SyncStatus> first = new Task<>() {
            @Override
            protected SyncStatus call() {
                return source.current();
            }
        };
        first.setOnSucceeded(event -> apply(first.getValue()));
        first.setOnFailed(event -> {
            log.warn("Could not read the sync status", first.getException());
            connectivity.set("Sync status unknown");
        });
        background.execute(first);
        subscription = source.subscribe(status -> fxThread.execute(() -> apply(status)));
        liveLayerSubscription = links.subscribeLiveLayer(state -> fxThread.execute(() -> applyLiveLayer(state)));
    }

    void applyLiveLayer(ServerLinks.State state) {
        liveLayer.set(
                switch (state) {
                    case NOT_CONFIGURED -> "";
                    case REACHABLE -> "Redis online";
                    case UNREACHABLE -> "Redis offline — queues kept here";
                });
        liveLayerOnline.set(state == ServerLinks.State.REACHABLE);
    }

    /** Starts a sync now; the status that follows shows how it went. */
    void syncNow() {
        if (canSyncNow.get()) {
            links.syncNow();
        }
    }

    void apply(SyncStatus status) {
        connectivity.set(connectivityText(status.connectivity()));
        online.set(status.connectivity() == SyncStatus.Connectivity.ONLINE
                || status.connectivity() == SyncStatus.Connectivity.SYNCING);
        pendingChanges.set(pendingText(status.pendingChanges()));
        lastSync.set(status.lastSuccessfulSync().map(this::lastSyncText).orElse("Never synced"));
        lastError.set(status.lastError().map(error -> "Last error: " + error).orElse(""));
    }

    static String connectivityText(SyncStatus.Connectivity connectivity) {
        return switch (connectivity) {
            case LOCAL_ONLY -> "Offline — working on this computer";
            case OFFLINE -> "Team store offline — unreachable, changes are kept here";
            case CONNECTING -> "Connecting to the team store…";
            case ONLINE -> "Team store online";
            case SYNCING -> "Team store online — syncing…";
        };
    }

    static String pendingText(long pending) {
        if (pending == 0) {
            return "No pending changes";
        }
        return String.format(Locale.ENGLISH, "%,d pending change%s", pending, pending == 1 ? "" : "s");
    }

    private String lastSyncText(Instant at) {
        ZonedDateTime local = at.atZone(clock.getZone());
        boolean today = local.toLocalDate().equals(LocalDate.now(clock));
        return "Last sync " + (today ? TIME : DATE_TIME).format(local);
    }

    ReadOnlyStringProperty connectivityProperty() {
        return connectivity.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty onlineProperty() {
        return online.getReadOnlyProperty();
    }

    ReadOnlyStringProperty pendingChangesProperty() {
        return pendingChanges.getReadOnlyProperty();
    }

    ReadOnlyStringProperty lastSyncProperty() {
        return lastSync.getReadOnlyProperty();
    }

    ReadOnlyStringProperty lastErrorProperty() {
        return lastError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty liveLayerProperty() {
        return liveLayer.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty liveLayerOnlineProperty() {
        return liveLayerOnline.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canSyncNowProperty() {
        return canSyncNow.getReadOnlyProperty();
    }

    @Override
    public void close() {
        try {
            liveLayerSubscription.close();
            subscription.close();
        } catch (Exception e) {
            log.warn("Could not stop following the sync status", e);
        }
    }
}
