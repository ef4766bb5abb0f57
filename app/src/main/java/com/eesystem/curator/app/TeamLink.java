package com.eesystem.curator.app;

import com.eesystem.curator.app.config.ConnectionConfig;
import com.eesystem.curator.domain.sync.SyncStatusSource;
import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.storage.local.SqliteSyncedRows;
import com.eesystem.curator.storage.redis.RedisAvailability;
import com.eesystem.curator.storage.redis.RedisLink;
import com.eesystem.curator.storage.sync.SyncEngine;
import com.eesystem.curator.storage.sync.SyncWorker;
import com.eesystem.curator.ui.shell.ServerLinks;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's link to the team servers of the saved connection config: the sync worker on the team
 * store (its status is what the status bar shows) and the live layer's Redis link. With nothing
 * configured the status stays local-only. Nothing here blocks the start: the team store's session opens
 * on the first sync, Redis connects on its own thread.
 */
public final class TeamLink implements ServerLinks, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TeamLink.class);
    static final Duration SYNC_INTERVAL = Duration.ofSeconds(30);

    private final Optional<SyncWorker> worker;
    private final Optional<ReconnectingSyncGateway> gateway;
    private final CompletableFuture<Optional<RedisLink>> redis;
    private final List<Consumer<State>> liveLayerListeners = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> subscriptions = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    private TeamLink(ConnectionConfig config, LocalStore store, Clock clock) {
        this.gateway = config.teamStore().map(settings -> new ReconnectingSyncGateway(settings, clock));
        this.worker = gateway.map(team -> new SyncWorker(
                new SyncEngine(SqliteSyncedRows.of(store, clock), team),
                clock,
                SYNC_INTERVAL,
                Duration.ofSeconds(2),
                Duration.ofMinutes(5)));
        this.redis = config.liveLayer().isEmpty()
                ? CompletableFuture.completedFuture(Optional.empty())
                : CompletableFuture.supplyAsync(
                        () -> Optional.of(connect(config.liveLayer().get())),
                        runnable -> Thread.ofPlatform()
                                .name("curator-redis-connect")
                                .daemon(true)
                                .start(runnable));
    }

    /** Starts syncing (when a team store is configured) and connecting Redis (when configured). */
    public static TeamLink start(ConnectionConfig config, LocalStore store, Clock clock) {
        TeamLink link = new TeamLink(config, store, clock);
        link.worker.ifPresent(SyncWorker::start);
        if (!config.isEmpty()) {
            log.info("Team servers: {}", String.join("; ", config.describe()));
        }
        return link;
    }

    private RedisLink connect(com.eesystem.curator.storage.redis.RedisSettings settings) {
        RedisLink link = RedisLink.open(settings);
        if (closed) {
            link.close();
            return link;
        }
        subscriptions.add(link.availability().subscribe(state -> tell(state(state))));
        worker.ifPresent(sync -> subscriptions.add(sync.syncOnReconnect(link.availability())));
        tell(state(link.availability().current()));
        return link;
    }

    /** What the status bar shows for the team store: the sync worker's status, or local-only. */
    public SyncStatusSource status() {
        return worker.<SyncStatusSource>map(sync -> sync).orElseGet(LocalOnlySyncStatusSource::new);
    }

    @Override
    public State liveLayer() {
        return redis.getNow(Optional.empty())
                .map(link -> state(link.availability().current()))
                .orElse(redis.isDone() ? State.NOT_CONFIGURED : State.UNREACHABLE);
    }

    @Override
    public AutoCloseable subscribeLiveLayer(Consumer<State> listener) {
        liveLayerListeners.add(listener);
        return () -> liveLayerListeners.remove(listener);
    }

    @Override
    public boolean canSyncNow() {
        return worker.isPresent();
    }

    @Override
    public void syncNow() {
        worker.ifPresent(SyncWorker::syncNow);
    }

    private void tell(State state) {
        liveLayerListeners.forEach(listener -> listener.accept(state));
    }

    private static State state(RedisAvailability.State state) {
        return state == RedisAvailability.State.AVAILABLE ? State.REACHABLE : State.UNREACHABLE;
    }

    @Override
    public void close() {
        closed = true;
        for (AutoCloseable subscription : subscriptions) {
            try {
                subscription.close();
            } catch (Exception e) {
                log.debug("closing a subscription failed", e);
            }
        }
        worker.ifPresent(SyncWorker::close);
        gateway.ifPresent(ReconnectingSyncGateway::close);
        redis.thenAccept(link -> link.ifPresent(RedisLink::close));
    }
}
