package com.eesystem.curator.storage.redis;

import com.eesystem.curator.storage.codec.JsonCodec;
import io.lettuce.core.GetExArgs;
import io.lettuce.core.SetArgs;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * JSON values that expire after one fixed time to live: the mechanics under the session, generation,
 * brand and agent keys. Values pass through {@link JsonCodec}.
 */
final class ExpiringJson {

    private final RedisLink link;
    private final Duration ttl;

    ExpiringJson(RedisLink link, Duration ttl) {
        this.link = Objects.requireNonNull(link, "link");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        if (ttl.toSeconds() < 1) {
            throw new IllegalArgumentException("ttl: " + ttl + " is under one second");
        }
    }

    Duration ttl() {
        return ttl;
    }

    /** Writes the value and (re)starts its time to live. */
    void put(String key, Object value) {
        String json = JsonCodec.instance().write(value);
        link.call("SET " + key, redis -> redis.set(key, json, SetArgs.Builder.ex(ttl)));
    }

    <T> Optional<T> get(String key, Class<T> type) {
        String json = link.call("GET " + key, redis -> redis.get(key));
        return Optional.ofNullable(json).map(text -> JsonCodec.instance().read(text, type));
    }

    /** Reads the value and restarts its time to live in the same command (sliding expiry). */
    <T> Optional<T> getAndTouch(String key, Class<T> type) {
        String json = link.call("GETEX " + key, redis -> redis.getex(key, GetExArgs.Builder.ex(ttl)));
        return Optional.ofNullable(json).map(text -> JsonCodec.instance().read(text, type));
    }

    /** Restarts the time to live; false when the key has already expired (or never existed). */
    boolean touch(String key) {
        return link.call("EXPIRE " + key, redis -> redis.expire(key, ttl));
    }

    void remove(String key) {
        link.call("DEL " + key, redis -> redis.del(key));
    }
}
