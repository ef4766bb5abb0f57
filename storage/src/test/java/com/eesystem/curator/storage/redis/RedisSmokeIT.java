package com.eesystem.curator.storage.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.testsupport.RedisServer;
import com.eesystem.curator.testsupport.RedisServerExtension;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScoredValue;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Issue 3's smoke test: the harness's redis-server answers Lettuce with TTLs and sorted-set pops. */
@ExtendWith(RedisServerExtension.class)
class RedisSmokeIT {

    private static RedisClient client;
    private static StatefulRedisConnection<String, String> connection;

    @BeforeAll
    static void connect(RedisServer server) {
        client = RedisClient.create(server.url());
        connection = client.connect();
    }

    @AfterAll
    static void disconnect() {
        connection.close();
        client.shutdown();
    }

    @Test
    void setWithTtlIsReadBackAndExpires() throws InterruptedException {
        RedisCommands<String, String> redis = connection.sync();
        redis.set("smoke:ttl", "value", SetArgs.Builder.ex(100));
        redis.set("smoke:short", "gone soon", SetArgs.Builder.px(200));

        assertThat(redis.get("smoke:ttl")).isEqualTo("value");
        assertThat(redis.ttl("smoke:ttl")).isBetween(1L, 100L);
        Thread.sleep(400);
        assertThat(redis.get("smoke:short")).isNull();
        assertThat(redis.exists("smoke:short")).isZero();
    }

    @Test
    void sortedSetPopsLowestScoreFirst() {
        RedisCommands<String, String> redis = connection.sync();
        redis.del("smoke:z");
        redis.zadd("smoke:z", 3.0, "c");
        redis.zadd("smoke:z", 1.0, "a", 2.0, "b");

        ScoredValue<String> first = redis.zpopmin("smoke:z");
        assertThat(first.getValue()).isEqualTo("a");
        assertThat(first.getScore()).isEqualTo(1.0);
        assertThat(redis.zpopmin("smoke:z", 2))
                .extracting(ScoredValue::getValue)
                .containsExactly("b", "c");
        assertThat(redis.zcard("smoke:z")).isZero();
    }

    @Test
    void harnessServerRunsWithAppendOnlyFileSyncedOnEveryWrite(RedisServer server) {
        assertThat(server.command("CONFIG", "GET", "appendonly")).isEqualTo("appendonly\nyes");
        assertThat(server.command("CONFIG", "GET", "appendfsync")).isEqualTo("appendfsync\nalways");
        assertThat(server.dataDirectory()).exists();
        assertThat(server.dataDirectory().toString()).contains("test-servers");
    }
}
