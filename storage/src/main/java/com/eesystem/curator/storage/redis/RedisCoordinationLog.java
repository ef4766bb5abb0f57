package com.eesystem.curator.storage.redis;

import com.eesystem.curator.domain.agent.CoordinationEvent;
import com.eesystem.curator.domain.agent.CoordinationLog;
import com.eesystem.curator.domain.agent.CoordinationSessionId;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.RedisPubSubListener;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Coordination events of a session: an ordered list under {@code coord:{session_id}} (JSON per event,
 * 1 hour after the latest event), and each event also published on the channel
 * {@code coord_events:{session_id}} so an open UI sees it live. Appending, restarting the time to
 * live and publishing are one Lua script, so a subscriber never hears of an event the list lacks.
 */
public final class RedisCoordinationLog implements CoordinationLog {

    public static final Duration TTL = Duration.ofHours(1);
    private static final LuaScript APPEND = LuaScript.resource("coord-append");
    private static final Logger log = LoggerFactory.getLogger(RedisCoordinationLog.class);

    private final RedisLink link;
    private final Map<String, Integer> subscribers = new ConcurrentHashMap<>();

    public RedisCoordinationLog(RedisLink link) {
        this.link = Objects.requireNonNull(link, "link");
        link.load(List.of(APPEND));
    }

    static String key(CoordinationSessionId session) {
        return "coord:" + session;
    }

    static String channel(CoordinationSessionId session) {
        return "coord_events:" + session;
    }

    @Override
    public void append(CoordinationSessionId sessionId, CoordinationEvent event) {
        String json = RedisJson.coordinationEvent(event);
        link.eval(
                APPEND,
                ScriptOutputType.INTEGER,
                new String[] {key(sessionId)},
                json,
                Long.toString(TTL.toSeconds()),
                channel(sessionId));
    }

    /** The session's events, oldest first (empty once the list expired). */
    @Override
    public List<CoordinationEvent> events(CoordinationSessionId sessionId) {
        String key = key(sessionId);
        return link.call("LRANGE " + key, redis -> redis.lrange(key, 0, -1)).stream()
                .map(RedisJson::coordinationEvent)
                .toList();
    }

    /**
     * Calls {@code listener} with each event appended from now on (on a driver thread: hand work off,
     * never block) until the handle is closed. Lettuce subscribes again by itself after a reconnect;
     * events appended while disconnected are in {@link #events} but were not heard live.
     */
    @Override
    public AutoCloseable subscribe(CoordinationSessionId sessionId, Consumer<CoordinationEvent> listener) {
        String channel = channel(sessionId);
        StatefulRedisPubSubConnection<String, String> connection = link.pubSub();
        RedisPubSubListener<String, String> adapter = new RedisPubSubAdapter<>() {
            @Override
            public void message(String from, String message) {
                if (channel.equals(from)) {
                    try {
                        listener.accept(RedisJson.coordinationEvent(message));
                    } catch (RuntimeException e) {
                        log.warn("coordination listener on {} failed", channel, e);
                    }
                }
            }
        };
        connection.addListener(adapter);
        if (subscribers.merge(channel, 1, Integer::sum) == 1) {
            link.call("SUBSCRIBE " + channel, redis -> {
                connection.sync().subscribe(channel);
                return null;
            });
        }
        return () -> {
            connection.removeListener(adapter);
            if (subscribers.merge(channel, -1, Integer::sum) == 0) {
                subscribers.remove(channel);
                connection.sync().unsubscribe(channel);
            }
        };
    }
}
