package com.eesystem.curator.storage.redis;

import io.lettuce.core.SetArgs;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** JSON text values that expire after one fixed time to live: under the cache and presence keys. */
final class ExpiringValues {

    private final RedisLink link;
    private final Duration ttl;

    ExpiringValues(RedisLink link, Duration ttl) {
        this.link = Objects.requireNonNull(link, "link");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        if (ttl.toSeconds() < 1) {
            throw new IllegalArgumentException("ttl: " + ttl + " is under one second");
        }
    }

    /** Writes the value and (re)starts its time to live. */
    void put(String key, String json) {
        link.call("SET " + key, redis -> redis.set(key, json, SetArgs.Builder.ex(ttl)));
    }

    /**
     * Writes the value with its own time to live unless the key holds one already (a newer value written
     * by someone else wins); true when written.
     */
    boolean putIfAbsent(String key, String json, Duration timeToLive) {
        if (timeToLive.toMillis() < 1) {
            return false;
        }
        return "OK"
                .equals(link.call(
                        "SET NX " + key,
                        redis -> redis.set(key, json, SetArgs.Builder.nx().px(timeToLive.toMillis()))));
    }

    Optional<String> get(String key) {
        return Optional.ofNullable(link.call("GET " + key, redis -> redis.get(key)));
    }

    void remove(String key) {
        link.call("DEL " + key, redis -> redis.del(key));
    }
}
