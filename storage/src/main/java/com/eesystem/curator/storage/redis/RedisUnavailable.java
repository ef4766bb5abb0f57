package com.eesystem.curator.storage.redis;

/**
 * Redis could not be reached (not connected, connection refused, or a command timed out). Callers
 * treat it as "offline": they fall back to the local SQLite queues and wait for {@link RedisAvailability}
 * to report the server back. Nothing was written by the command that failed with it, unless the
 * timeout hit after the server applied it (at-least-once: the enqueue may then exist twice, which the
 * queues' idempotency keys absorb).
 */
public final class RedisUnavailable extends RuntimeException {

    private final String server;

    RedisUnavailable(String server, String operation, Throwable cause) {
        super("Redis at " + server + " is unreachable (" + operation + "): " + cause.getMessage(), cause);
        this.server = server;
    }

    /** The server's display URL (never with the password). */
    public String server() {
        return server;
    }
}
