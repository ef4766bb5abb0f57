package com.eesystem.curator.domain.session;

import java.time.Instant;

/** Activity on a session after its expiry: the user signs in again. */
public final class SessionExpired extends IllegalStateException {

    private final SessionId id;
    private final Instant expiredAt;

    public SessionExpired(SessionId id, Instant expiredAt, Instant now) {
        super("session " + id + ": expired at " + expiredAt + ", activity at " + now);
        this.id = id;
        this.expiredAt = expiredAt;
    }

    public SessionId id() {
        return id;
    }

    public Instant expiredAt() {
        return expiredAt;
    }
}
