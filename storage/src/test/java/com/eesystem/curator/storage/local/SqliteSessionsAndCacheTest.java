package com.eesystem.curator.storage.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.cache.CacheEntry;
import com.eesystem.curator.domain.cache.CachedContentType;
import com.eesystem.curator.domain.cache.ContentCache;
import com.eesystem.curator.domain.session.Session;
import com.eesystem.curator.domain.session.SessionData;
import com.eesystem.curator.domain.session.SessionId;
import com.eesystem.curator.domain.session.Sessions;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteSessionsAndCacheTest {

    @TempDir
    Path folder;

    LocalStoreFixture.MutableClock clock = LocalStoreFixture.clock();
    LocalStore store;
    Sessions sessions;
    ContentCache cache;

    @BeforeEach
    void open() {
        store = LocalStore.open(LocalStoreFixture.settings(folder), clock);
        sessions = store.sessions();
        cache = store.contentCache();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aSessionIsStoredInTheSpecColumnsAndFound() throws SQLException {
        Session session = Session.start(
                SessionId.of("s1"),
                SessionData.of("u1").withAttribute("view", "library"),
                clock.instant(),
                Session.IDLE_TIMEOUT);

        sessions.create(session);

        assertThat(sessions.find(SessionId.of("s1"))).contains(session);
        assertThat(LocalStoreFixture.query(
                        store.settings().database(), "SELECT user_id, expires_at FROM sessions WHERE id = 's1'"))
                .containsExactly(java.util.List.of("u1", "2026-11-25 10:30:00.000"));
    }

    @Test
    void touchingSlidesTheExpiryAndAnExpiredSessionIsGone() {
        sessions.create(Session.start(SessionId.of("s1"), SessionData.of("u1"), clock.instant(), Session.IDLE_TIMEOUT));
        clock.advance(Duration.ofMinutes(20));

        assertThat(sessions.touch(SessionId.of("s1")))
                .hasValueSatisfying(
                        s -> assertThat(s.expiresAt()).isEqualTo(clock.instant().plus(Session.IDLE_TIMEOUT)));
        clock.advance(Duration.ofMinutes(31));

        assertThat(sessions.find(SessionId.of("s1"))).isEmpty();
        assertThat(sessions.touch(SessionId.of("s1"))).isEmpty();
        assertThat(sessions.update(SessionId.of("s1"), SessionData.of("u1"))).isFalse();
        assertThat(sessions.removeExpired()).isOne();
    }

    @Test
    void updatingKeepsTheExpiryAndExpiringEndsTheSession() {
        Session session =
                Session.start(SessionId.of("s1"), SessionData.of("u1"), clock.instant(), Session.IDLE_TIMEOUT);
        sessions.create(session);
        clock.advance(Duration.ofMinutes(5));

        assertThat(sessions.update(SessionId.of("s1"), SessionData.of("u1").withAttribute("k", "v")))
                .isTrue();
        assertThat(sessions.find(SessionId.of("s1"))).hasValueSatisfying(s -> {
            assertThat(s.data().attributes()).containsEntry("k", "v");
            assertThat(s.expiresAt()).isEqualTo(session.expiresAt());
        });
        sessions.expire(SessionId.of("s1"));
        assertThat(sessions.find(SessionId.of("s1"))).isEmpty();
    }

    @Test
    void aCacheEntryLivesUntilItsExpiry() {
        CacheEntry entry = CacheEntry.of(
                "gen:abc", "{\"text\":\"hi\"}", CachedContentType.values()[0], clock.instant(), Duration.ofHours(1));
        cache.put(entry);

        assertThat(cache.get("gen:abc")).contains(entry);
        clock.advance(Duration.ofHours(1));
        assertThat(cache.get("gen:abc")).isEmpty();
        assertThat(cache.removeExpired()).isOne();
    }

    @Test
    void invalidatingRemovesTheEntry() {
        cache.put(CacheEntry.of("k", "v", CachedContentType.values()[0], clock.instant(), Duration.ofHours(1)));

        cache.invalidate("k");

        assertThat(cache.get("k")).isEmpty();
    }
}
