package com.eesystem.curator.storage.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.agent.AgentStatus;
import com.eesystem.curator.domain.agent.AgentType;
import com.eesystem.curator.domain.agent.CoordinationEvent;
import com.eesystem.curator.domain.agent.CoordinationSessionId;
import com.eesystem.curator.domain.agent.CoordinationStatus;
import com.eesystem.curator.domain.brand.KnowledgeType;
import com.eesystem.curator.domain.cache.BrandKnowledgeEntry;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.generation.GeneratedContent;
import com.eesystem.curator.domain.generation.GenerationRequest;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.session.Session;
import com.eesystem.curator.domain.session.SessionData;
import com.eesystem.curator.domain.session.SessionId;
import com.eesystem.curator.testsupport.RedisServer;
import com.eesystem.curator.testsupport.RedisServerExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

    private static RedisLink link;
    private final RedisServer server;
    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    private final CoordinationSessionId session = CoordinationSessionId.of(UUID.randomUUID());

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
        assertThat(ttlMillis(key)).as("PTTL %s", key).isBetween(ttl.toMillis() - 2_000, ttl.toMillis());
    }

    @Test
    void sessionLivesThirtyMinutesAfterItsLastActivity() {
        RedisSessions sessions = new RedisSessions(link, clock);
        SessionId id = SessionId.of("abc123");
        sessions.create(Session.start(id, SessionData.of("user123"), clock.instant(), Session.IDLE_TIMEOUT));
        assertThat(server.command("GET", "session:abc123")).contains("\"user_id\":\"user123\"");
        assertFreshTtl("session:abc123", Duration.ofMinutes(30));

        // 25 minutes pass without activity
        clock.advance(Duration.ofMinutes(25));
        server.command(
                "PEXPIRE", "session:abc123", Long.toString(Duration.ofMinutes(5).toMillis()));
        assertThat(sessions.touch(id))
                .hasValueSatisfying(session -> assertThat(session.expiresAt())
                        .isEqualTo(clock.instant().plus(Session.IDLE_TIMEOUT)));
        assertFreshTtl("session:abc123", Duration.ofMinutes(30));

        // an update keeps the expiry it had
        clock.advance(Duration.ofMinutes(10));
        assertThat(sessions.update(id, SessionData.of("user123").withAttribute("open", "item-7")))
                .isTrue();
        assertThat(ttlMillis("session:abc123"))
                .isBetween(
                        Duration.ofMinutes(20).toMillis() - 2_000,
                        Duration.ofMinutes(20).toMillis());
        assertThat(sessions.find(id))
                .hasValueSatisfying(
                        session -> assertThat(session.data().attributes()).containsEntry("open", "item-7"));
    }

    @Test
    void anExpiredSessionIsGoneAndCannotBeTouched() throws InterruptedException {
        RedisSessions sessions = new RedisSessions(link, clock);
        SessionId id = SessionId.of("short");
        sessions.create(Session.start(id, SessionData.of("u"), clock.instant(), Session.IDLE_TIMEOUT));
        server.command("PEXPIRE", "session:short", "50");
        Thread.sleep(150);

        assertThat(sessions.find(id)).isEmpty();
        assertThat(sessions.touch(id)).isEmpty();
        assertThat(sessions.update(id, SessionData.of("u"))).isFalse();
    }

    @Test
    void generationCacheKeyIsTheRequestHashAndLivesTwentyFourHoursFromGeneration() {
        RedisGenerationCache cache = new RedisGenerationCache(link);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("tone", "calm");
        parameters.put("length", "short");
        GenerationRequest request =
                GenerationRequest.of(ContentType.REEL, Platform.INSTAGRAM, "sleep tips", parameters);
        GenerationRequest sameOtherOrder = GenerationRequest.of(
                ContentType.REEL, Platform.INSTAGRAM, "sleep tips", Map.of("length", "short", "tone", "calm"));

        cache.store(request, GeneratedContent.of("Rest well", "moonlit bedroom"));

        String key = "content_gen:" + request.cacheKeyHash();
        assertThat(key).matches("content_gen:[0-9a-f]{64}");
        assertThat(cache.find(sameOtherOrder)).contains(GeneratedContent.of("Rest well", "moonlit bedroom"));
        assertThat(server.command("GET", key))
                .isEqualTo("{\"content\":\"Rest well\",\"media_prompts\":\"moonlit bedroom\",\"attributes\":{}}");
        assertFreshTtl(key, Duration.ofHours(24));

        server.command("PEXPIRE", key, "60000");
        cache.find(request);
        assertThat(ttlMillis(key)).as("reading does not extend it").isLessThanOrEqualTo(60_000);
    }

    @Test
    void brandEntriesLiveOneHourAndGoWhenTheirGuidelineTypeChanges() {
        RedisBrandKnowledgeCache cache = new RedisBrandKnowledgeCache(link);
        BrandKnowledgeEntry claims = new BrandKnowledgeEntry(
                KnowledgeType.GUIDELINE,
                "medical_claims",
                "Medical claims",
                "No cure claims",
                Map.of("requirements", List.of("cite sources")),
                clock.instant());
        BrandKnowledgeEntry tone =
                new BrandKnowledgeEntry(KnowledgeType.VOICE, "tone", "Tone", "Calm", Map.of(), clock.instant());
        BrandKnowledgeEntry other = new BrandKnowledgeEntry(
                KnowledgeType.GUIDELINE, "hashtags", "Hashtags", "Few", Map.of(), clock.instant());
        cache.store(claims);
        cache.store(tone);
        cache.store(other);

        assertThat(cache.find(KnowledgeType.GUIDELINE, "medical_claims")).contains(claims);
        assertFreshTtl("brand:guideline:medical_claims", Duration.ofHours(1));
        assertFreshTtl("brand:voice:tone", Duration.ofHours(1));

        cache.invalidate(KnowledgeType.GUIDELINE, "hashtags");
        assertThat(cache.find(KnowledgeType.GUIDELINE, "hashtags")).isEmpty();
        assertThat(cache.find(KnowledgeType.GUIDELINE, "medical_claims")).isPresent();

        cache.invalidate(KnowledgeType.GUIDELINE);
        assertThat(cache.find(KnowledgeType.GUIDELINE, "medical_claims")).isEmpty();
        assertThat(cache.find(KnowledgeType.VOICE, "tone")).contains(tone);
    }

    @Test
    void agentStatusLivesFiveMinutesAndEachHeartbeatRestartsIt() throws InterruptedException {
        RedisAgentPresence presence = new RedisAgentPresence(link);
        AgentStatus research = new AgentStatus(
                AgentType.RESEARCH, session, CoordinationStatus.ACTIVE, "reading sources", clock.instant(), Map.of());
        presence.heartbeat(research);
        String key = "agent:research:" + session;
        assertFreshTtl(key, Duration.ofMinutes(5));
        assertThat(server.command("GET", key))
                .contains("\"status\":\"active\"")
                .contains("\"task\":\"reading sources\"");

        server.command("PEXPIRE", key, "10000");
        presence.heartbeat(research);
        assertFreshTtl(key, Duration.ofMinutes(5));
        assertThat(presence.present(session)).containsExactly(research);

        server.command("PEXPIRE", key, "50");
        Thread.sleep(150);
        assertThat(presence.status(AgentType.RESEARCH, session)).isEmpty();
        assertThat(presence.present(session)).isEmpty();
    }

    @Test
    void coordinationEventsKeepTheirOrderLiveOneHourAfterTheLastAndAreHeardLive() throws Exception {
        RedisCoordinationLog coordination = new RedisCoordinationLog(link);
        BlockingQueue<CoordinationEvent> heard = new LinkedBlockingQueue<>();
        CoordinationEvent started = new CoordinationEvent(AgentType.RESEARCH, "started", clock.instant(), Map.of());
        CoordinationEvent handoff =
                new CoordinationEvent(AgentType.CREATION, "handoff", clock.instant(), Map.of("draft", "d1"));
        CoordinationEvent late = new CoordinationEvent(AgentType.COMPLIANCE, "completed", clock.instant(), Map.of());
        String key = "coord:" + session;

        try (AutoCloseable subscription = coordination.subscribe(session, heard::add)) {
            coordination.append(session, started);
            server.command("PEXPIRE", key, "10000");
            coordination.append(session, handoff);
            assertFreshTtl(key, Duration.ofHours(1));

            assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo(started);
            assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo(handoff);
        }
        coordination.append(session, late);
        assertThat(heard.poll(300, TimeUnit.MILLISECONDS))
                .as("not heard after closing")
                .isNull();
        assertThat(coordination.events(session)).containsExactly(started, handoff, late);
        assertThat(server.command("LINDEX", key, "0")).startsWith("{\"agent\":\"research\",\"event\":\"started\"");
        assertThat(coordination.events(CoordinationSessionId.of(UUID.randomUUID())))
                .isEmpty();
    }
}
