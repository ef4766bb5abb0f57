package com.eesystem.curator.storage.redis;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the live layer's Redis is reachable right now, and a signal when that changes.
 *
 * <p>The sync engine listens: on {@link State#UNAVAILABLE} producers switch to the SQLite queues, on
 * {@link State#AVAILABLE} it moves what piled up locally into the Redis queues. Listeners run on a
 * driver thread: they must hand real work to their own executor and never block.
 */
public final class RedisAvailability {

    public enum State {
        AVAILABLE,
        UNAVAILABLE
    }

    private static final Logger log = LoggerFactory.getLogger(RedisAvailability.class);

    private final String server;
    private final AtomicReference<State> state = new AtomicReference<>(State.UNAVAILABLE);
    private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();

    RedisAvailability(String server) {
        this.server = server;
    }

    public State current() {
        return state.get();
    }

    public boolean isAvailable() {
        return state.get() == State.AVAILABLE;
    }

    /** Calls {@code listener} on every change (not with the current state) until the handle is closed. */
    public AutoCloseable subscribe(Consumer<State> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void markAvailable() {
        change(State.AVAILABLE, null);
    }

    void markUnavailable(String reason) {
        change(State.UNAVAILABLE, reason);
    }

    private void change(State next, String reason) {
        State previous = state.getAndSet(next);
        if (previous == next) {
            return;
        }
        if (next == State.AVAILABLE) {
            log.info("Redis at {} is reachable", server);
        } else {
            log.warn("Redis at {} is unreachable: {}", server, reason);
        }
        for (Consumer<State> listener : listeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                log.warn("Redis availability listener failed", e);
            }
        }
    }
}
