package com.eesystem.curator.storage.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eesystem.curator.domain.agent.AgentType;
import com.eesystem.curator.domain.brand.KnowledgeType;
import com.eesystem.curator.testsupport.RedisServer;
import com.eesystem.curator.testsupport.RedisServerExtension;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every live key type: its name, its JSON value and its time to live, read back from the server. */
@ExtendWith(RedisServerExtension.class)
class RedisLiveKeysIT {

    record Note(String text, int n) {}

    private static RedisLink link;
    private final RedisServer server;

    RedisLiveKeysIT(RedisServer server) {
        this.server = server;
    }

    @BeforeAll
    static void connect(RedisServer server) {
        link = RedisLink.open(RedisSettings.fromUrl(server.url()));
    }

    @AfterAll
    static void disconnect() {
        link.close();
    }

    @BeforeEach
    void clean() {
        server.flushAll();
    }

    private long ttlMillis(String key) {
        return Long.parseLong(server.command("PTTL", key));
    }

    /** Within two seconds below {@code ttl}: the key was given exactly that time to live just now. */
    private void assertFreshTtl(String key, Duration ttl) {
        assertThat(ttlMillis(key)).isBetween(ttl.toMillis() - 2_000, ttl.toMillis());
    }

    @Test
    void sessionLivesThirtyMinutesAfterItsLastActivity() {
        RedisSessions<Note> sessions = new RedisSessions<>(link, Note.class);
        sessions.save("abc123", new Note("prefs", 1));
        assertThat(server.command("GET", "session:abc123")).isEqualTo("{\"text\":\"prefs\",\"n\":1}");
        assertFreshTtl("session:abc123", Duration.ofMinutes(30));

        // time passes: 25 of the 30 minutes are gone
        server.command("PEXPIRE", "session:abc123", "300000");
        assertThat(sessions.find("abc123")).contains(new Note("prefs", 1));
        assertFreshTtl("session:abc123", Duration.ofMinutes(30));

        server.command("PEXPIRE", "session:abc123", "300000");
        assertThat(sessions.touch("abc123")).isTrue();
        assertFreshTtl("session:abc123", Duration.ofMinutes(30));
    }

    @Test
    void anExpiredSessionIsGoneAndCannotBeTouched() throws InterruptedException {
        RedisSessions<Note> sessions = new RedisSessions<>(link, Note.class);
        sessions.save("short", new Note("x", 0));
        server.command("PEXPIRE", "session:short", "50");
        Thread.sleep(150);

        assertThat(sessions.find("short")).isEmpty();
        assertThat(sessions.touch("short")).isFalse();
    }

    @Test
    void generationCacheKeyIsTheSha256OfTheCanonicalRequestAndLivesTwentyFourHours() throws Exception {
        RedisGenerationCache<Map<String, Object>, Note> cache = new RedisGenerationCache<>(link, Note.class);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("platform", "instagram");
        request.put("content_type", "reel");
        request.put("options", new LinkedHashMap<>(Map.of("tone", "calm")));
        Map<String, Object> sameRequestOtherOrder = new LinkedHashMap<>();
        sameRequestOtherOrder.put("options", Map.of("tone", "calm"));
        sameRequestOtherOrder.put("content_type", "reel");
        sameRequestOtherOrder.put("platform", "instagram");

        cache.put(request, new Note("generated", 7));

        String canonical = "{\"content_type\":\"reel\",\"options\":{\"tone\":\"calm\"},\"platform\":\"instagram\"}";
        String hash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        assertThat(RedisGenerationCache.key(request)).isEqualTo("content_gen:" + hash);
        assertThat(cache.find(sameRequestOtherOrder)).contains(new Note("generated", 7));
        assertFreshTtl("content_gen:" + hash, Duration.ofHours(24));

        // reading does not extend generated content: 24 h from generation
        server.command("PEXPIRE", "content_gen:" + hash, "60000");
        cache.find(request);
        assertThat(ttlMillis("content_gen:" + hash)).isLessThanOrEqualTo(60_000);
    }

    @Test
    void brandEntriesLiveOneHourAndGoWhenAGuidelineChanges() {
        RedisBrandKnowledgeCache<Note> cache = new RedisBrandKnowledgeCache<>(link, Note.class);
        cache.put(KnowledgeType.GUIDELINE, "medical_claims", new Note("requirements", 3));
        cache.put(KnowledgeType.VOICE, "tone", new Note("calm", 1));

        assertThat(cache.find(KnowledgeType.GUIDELINE, "medical_claims")).contains(new Note("requirements", 3));
        assertFreshTtl("brand:guideline:medical_claims", Duration.ofHours(1));
        assertFreshTtl("brand:voice:tone", Duration.ofHours(1));

        cache.invalidate(KnowledgeType.VOICE);
        assertThat(cache.find(KnowledgeType.VOICE, "tone")).isEmpty();
        assertThat(cache.find(KnowledgeType.GUIDELINE, "medical_claims")).isPresent();

        cache.put(KnowledgeType.CLAIM, "sleep", new Note("claim", 2));
        cache.guidelineChanged();
        assertThat(cache.find(KnowledgeType.GUIDELINE, "medical_claims")).isEmpty();
        assertThat(cache.find(KnowledgeType.CLAIM, "sleep")).isEmpty();
        assertThat(server.command("DBSIZE")).isEqualTo("0");
    }

    @Test
    void agentStatusLivesFiveMinutesAndHeartbeatsRefreshIt() throws InterruptedException {
        RedisAgentPresence<Note> presence = new RedisAgentPresence<>(link, Note.class);
        presence.report(AgentType.RESEARCH, "session123", new Note("active", 1));
        assertFreshTtl("agent:research:session123", Duration.ofMinutes(5));

        server.command("PEXPIRE", "agent:research:session123", "10000");
        assertThat(presence.heartbeat(AgentType.RESEARCH, "session123")).isTrue();
        assertFreshTtl("agent:research:session123", Duration.ofMinutes(5));
        assertThat(presence.alive("session123")).containsOnlyKeys(AgentType.RESEARCH);

        server.command("PEXPIRE", "agent:research:session123", "50");
        Thread.sleep(150);
        assertThat(presence.heartbeat(AgentType.RESEARCH, "session123")).isFalse();
        assertThat(presence.alive("session123")).isEmpty();
    }

    @Test
    void coordinationEventsKeepTheirOrderLiveOneHourAndAreHeardLive() throws Exception {
        RedisCoordinationLog<Note> coordination = new RedisCoordinationLog<>(link, Note.class);
        BlockingQueue<Note> heard = new LinkedBlockingQueue<>();
        try (AutoCloseable subscription = coordination.subscribe("session123", heard::add)) {
            assertThat(coordination.append("session123", new Note("research started", 1)))
                    .isEqualTo(1);
            server.command("PEXPIRE", "coord:session123", "10000");
            assertThat(coordination.append("session123", new Note("draft created", 2)))
                    .isEqualTo(2);
            assertFreshTtl("coord:session123", Duration.ofHours(1));

            assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo(new Note("research started", 1));
            assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo(new Note("draft created", 2));
        }
        coordination.append("session123", new Note("after unsubscribe", 3));
        assertThat(heard.poll(300, TimeUnit.MILLISECONDS)).isNull();
        assertThat(coordination.events("session123")).extracting(Note::n).containsExactly(1, 2, 3);
        assertThat(coordination.events("other-session")).isEmpty();
    }

    @Test
    void aKeyPartThatCouldAddressAnotherKeyIsRefused() {
        RedisSessions<Note> sessions = new RedisSessions<>(link, Note.class);
        assertThatThrownBy(() -> sessions.save("a:b", new Note("x", 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("session_id: \"a:b\"");
        assertThat(List.of(server.command("DBSIZE"))).containsExactly("0");
    }
}
