package com.eesystem.curator.domain.agent;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The event history of a coordination session (Redis list coord:{session_id}, 1 h after the last
 * append, plus a pub/sub channel so the UI sees events as they happen).
 */
public interface CoordinationLog {

    Duration TIME_TO_LIVE = Duration.ofHours(1);

    /** Appends the event and publishes it to live subscribers; restarts the {@link #TIME_TO_LIVE}. */
    void append(CoordinationSessionId session, CoordinationEvent event);

    /** The session's events in append order. */
    List<CoordinationEvent> events(CoordinationSessionId session);

    /**
     * Calls {@code listener} with each event appended from now on, on a background thread, until the
     * returned handle is closed.
     */
    AutoCloseable subscribe(CoordinationSessionId session, Consumer<CoordinationEvent> listener);
}
