package com.eesystem.curator.storage.sync;

import com.eesystem.curator.domain.sync.SyncStatus;
import com.eesystem.curator.domain.sync.SyncStatus.Connectivity;
import com.eesystem.curator.domain.sync.SyncStatusSource;
import com.eesystem.curator.storage.local.SqliteReviewRecords;
import com.eesystem.curator.storage.redis.RedisAvailability;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link SyncEngine} in the background: every {@code interval} while online, after a failure
 * again with exponential backoff and jitter, at once on {@link #syncNow()} (the UI's "Sync now", or the
 * live layer coming back). Publishes the status the status bar shows.
 */
public final class SyncWorker implements SyncStatusSource, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncWorker.class);

    private final SyncEngine engine;
    private final Clock clock;
    private final Duration interval;
    private final Backoff backoff;
    private final ScheduledExecutorService executor;
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private volatile SyncStatus status;
    private int failuresInARow;
    private ScheduledFuture<?> next;
    private CompletableFuture<SyncEngine.SyncReport> waiting = new CompletableFuture<>();
    private volatile LiveQueueHandOff handOff;
    private volatile LiveCacheWarmer warmer;
    private volatile boolean warmPending = true;

    public SyncWorker(SyncEngine engine, Clock clock, Duration interval, Duration backoffBase, Duration backoffMax) {
        this(engine, clock, interval, new Backoff(backoffBase, backoffMax, RandomGenerator.getDefault()));
    }

    SyncWorker(SyncEngine engine, Clock clock, Duration interval, Backoff backoff) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.backoff = backoff;
        this.executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("curator-sync").daemon(true).factory());
        this.status = new SyncStatus(Connectivity.CONNECTING, 0, Optional.empty(), Optional.empty());
    }

    /** Starts syncing now and then every interval. */
    public void start() {
        schedule(Duration.ZERO);
    }

    /**
     * Syncs as soon as the worker is free (skipping any backoff wait); the future completes with the
     * report of that sync, or exceptionally with its error.
     */
    public synchronized CompletableFuture<SyncEngine.SyncReport> syncNow() {
        CompletableFuture<SyncEngine.SyncReport> result = waiting;
        schedule(Duration.ZERO);
        return result;
    }

    /**
     * Syncs at once whenever the live layer comes back ({@link RedisAvailability} turns available): the
     * team store is usually reachable again at the same moment, and the user should not wait for the
     * backoff. Close the handle to stop listening.
     */
    public AutoCloseable syncOnReconnect(RedisAvailability availability) {
        return availability.subscribe(state -> {
            if (state == RedisAvailability.State.AVAILABLE) {
                warmPending = true; // Redis may have restarted empty
                syncNow(); // only schedules: the listener runs on a driver thread and must not block
            }
        });
    }

    /**
     * Also keeps the live layer (Redis) current on every run: hands off work queued locally while Redis was
     * away, and refills the brand cache at the first run and after each reconnect. A live-layer failure is
     * shown as the last error and retried on the next run; it does not hold up the team sync.
     */
    public SyncWorker withLiveLayer(LiveQueueHandOff handOff, LiveCacheWarmer warmer) {
        this.handOff = Objects.requireNonNull(handOff, "handOff");
        this.warmer = Objects.requireNonNull(warmer, "warmer");
        return this;
    }

    /** Failures since the last success (0 when the last sync worked). */
    public synchronized int failuresInARow() {
        return failuresInARow;
    }

    private synchronized void schedule(Duration delay) {
        if (executor.isShutdown()) {
            return;
        }
        if (next != null && !next.isDone()) {
            if (next.getDelay(TimeUnit.MILLISECONDS) <= delay.toMillis()) {
                return;
            }
            next.cancel(false);
        }
        next = executor.schedule(this::runOnce, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runOnce() {
        CompletableFuture<SyncEngine.SyncReport> done;
        synchronized (this) {
            done = waiting;
            waiting = new CompletableFuture<>();
        }
        publish(new SyncStatus(Connectivity.SYNCING, pending(), status.lastSuccessfulSync(), status.lastError()));
        Optional<String> liveFailure = Optional.empty();
        try {
            SyncEngine.SyncReport report;
            try {
                report = engine.syncOnce();
            } finally {
                liveFailure = syncLiveLayer();
            }
            Instant at = clock.instant();
            synchronized (this) {
                failuresInARow = 0;
            }
            Optional<String> rejected = rejections(engine.takeRejections());
            publish(new SyncStatus(
                    Connectivity.ONLINE, pending(), Optional.of(at), rejected.isPresent() ? rejected : liveFailure));
            done.complete(report);
            schedule(interval);
        } catch (RuntimeException e) {
            int failures;
            synchronized (this) {
                failures = ++failuresInARow;
            }
            Duration wait = backoff.delay(failures);
            LOG.warn("sync failed ({} in a row), next try in {}: {}", failures, wait, e.getMessage());
            publish(new SyncStatus(
                    Connectivity.OFFLINE, pending(), status.lastSuccessfulSync(), Optional.of(describe(e))));
            done.completeExceptionally(e);
            schedule(wait);
        }
    }

    /** What the status bar says about pulled review records that were rejected (docs/sync.md). */
    static Optional<String> rejections(List<SqliteReviewRecords.Rejection> rejected) {
        if (rejected.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                rejected.size() == 1
                        ? rejected.getFirst().describe()
                        : rejected.size() + " pulled review records were rejected (see Conflicts); the first: "
                                + rejected.getFirst().describe());
    }

    /** Hands off queued work and warms the cache when due; returns the failure to show, if any. */
    private Optional<String> syncLiveLayer() {
        LiveQueueHandOff queues = handOff;
        if (queues == null) {
            return Optional.empty();
        }
        try {
            LiveQueueHandOff.HandOff moved = queues.publishWaiting();
            if (moved.total() > 0) {
                LOG.info(
                        "handed {} generation tasks and {} review requests to Redis",
                        moved.generationTasks(),
                        moved.reviewRequests());
            }
            if (warmPending) {
                int entries = warmer.warm();
                warmPending = false;
                LOG.info("warmed the brand cache in Redis with {} entries", entries);
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            warmPending = true;
            LOG.warn("live layer (Redis) step of the sync failed: {}", e.getMessage());
            return Optional.of("Redis: " + describe(e));
        }
    }

    private long pending() {
        try {
            return engine.pendingCount();
        } catch (RuntimeException e) {
            return status.pendingChanges();
        }
    }

    private static String describe(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private void publish(SyncStatus next) {
        status = next;
        for (Consumer<SyncStatus> listener : listeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                LOG.warn("sync status listener failed", e);
            }
        }
    }

    @Override
    public SyncStatus current() {
        return status;
    }

    @Override
    public AutoCloseable subscribe(Consumer<SyncStatus> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return () -> listeners.remove(listener);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
