package com.eesystem.curator.domain.session;

import java.util.Optional;

/**
 * User sessions (the sessions table, mirrored to session:{session_id} in Redis with a 30-minute
 * TTL). Adapters read time from their {@link java.time.Clock} and slide expiry by their configured
 * idle timeout, {@link Session#IDLE_TIMEOUT} by default.
 */
public interface Sessions {

    /** Stores a new session (see {@link Session#start}); an existing id is replaced. */
    void create(Session session);

    /** The session if it exists and has not expired. */
    Optional<Session> find(SessionId id);

    /**
     * Records activity: the expiry slides to now + the idle timeout. Empty when the session is
     * unknown or already expired (the user signs in again).
     */
    Optional<Session> touch(SessionId id);

    /** Replaces what the session carries, keeping its expiry; false when unknown or expired. */
    boolean update(SessionId id, SessionData data);

    /** Ends the session now (sign-out). Ending an unknown session does nothing. */
    void expire(SessionId id);

    /** Deletes every expired session; returns how many. Run at start and periodically. */
    int removeExpired();
}
