package com.eesystem.curator.storage.redis;

import com.eesystem.curator.domain.session.Session;
import com.eesystem.curator.domain.session.SessionData;
import com.eesystem.curator.domain.session.SessionId;
import com.eesystem.curator.domain.session.Sessions;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Sessions under {@code session:{session_id}}, JSON, sliding: the key's time to live always equals the
 * session's remaining idle time (30 minutes after the last {@link #touch}), so Redis drops a session
 * exactly when it expires. Changes are compare-and-set, so a touch never undoes a concurrent update.
 */
public final class RedisSessions implements Sessions {

    private static final LuaScript COMPARE_AND_SET = LuaScript.resource("compare-and-set");
    private static final int MAX_RACES = 10;

    private final RedisLink link;
    private final Clock clock;
    private final Duration idleTimeout;

    public RedisSessions(RedisLink link, Clock clock, Duration idleTimeout) {
        this.link = Objects.requireNonNull(link, "link");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.idleTimeout = Objects.requireNonNull(idleTimeout, "idleTimeout");
        link.load(List.of(COMPARE_AND_SET));
    }

    public RedisSessions(RedisLink link, Clock clock) {
        this(link, clock, Session.IDLE_TIMEOUT);
    }

    static String key(SessionId id) {
        return "session:" + RedisKeys.part("session_id", id.value());
    }

    @Override
    public void create(Session session) {
        Duration left = Duration.between(clock.instant(), session.expiresAt());
        String key = key(session.id());
        if (left.toMillis() <= 0) {
            link.call("DEL " + key, redis -> redis.del(key));
            return;
        }
        String json = RedisJson.session(session);
        link.call("SET " + key, redis -> redis.set(key, json, SetArgs.Builder.px(left.toMillis())));
    }

    @Override
    public Optional<Session> find(SessionId id) {
        Instant now = clock.instant();
        return read(id).map(RedisJson::session).filter(session -> !session.isExpiredAt(now));
    }

    @Override
    public Optional<Session> touch(SessionId id) {
        return change(id, session -> session.extendedAt(clock.instant(), idleTimeout));
    }

    @Override
    public boolean update(SessionId id, SessionData data) {
        return change(id, session -> session.withData(data, clock.instant())).isPresent();
    }

    @Override
    public void expire(SessionId id) {
        String key = key(id);
        link.call("DEL " + key, redis -> redis.del(key));
    }

    /** Redis drops expired sessions by itself (the key's TTL is the session's expiry): nothing to do. */
    @Override
    public int removeExpired() {
        return 0;
    }

    private Optional<String> read(SessionId id) {
        String key = key(id);
        return Optional.ofNullable(link.call("GET " + key, redis -> redis.get(key)));
    }

    private Optional<Session> change(SessionId id, UnaryOperator<Session> change) {
        String key = key(id);
        for (int race = 0; race < MAX_RACES; race++) {
            Optional<String> current = read(id);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            Session before = RedisJson.session(current.get());
            Instant now = clock.instant();
            if (before.isExpiredAt(now)) {
                return Optional.empty();
            }
            Session after = change.apply(before);
            long ttl = Duration.between(now, after.expiresAt()).toMillis();
            Long replaced = link.eval(
                    COMPARE_AND_SET,
                    ScriptOutputType.INTEGER,
                    new String[] {key},
                    current.get(),
                    RedisJson.session(after),
                    Long.toString(Math.max(1, ttl)));
            if (replaced == 1L) {
                return Optional.of(after);
            }
        }
        throw new IllegalStateException("session " + id + ": changed concurrently " + MAX_RACES + " times in a row");
    }
}
