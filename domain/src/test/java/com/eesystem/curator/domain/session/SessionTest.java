package com.eesystem.curator.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionTest {

    static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
    static final SessionId ID = SessionId.of("abc123");

    @Test
    void aNewSessionExpiresAfterTheIdleTimeout() {
        var session = Session.start(ID, SessionData.of("user123"), T0, Session.IDLE_TIMEOUT);

        assertThat(session.expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(30)));
        assertThat(session.userId()).isEqualTo("user123");
        assertThat(session.isExpiredAt(T0.plus(Duration.ofMinutes(29)))).isFalse();
        assertThat(session.isExpiredAt(T0.plus(Duration.ofMinutes(30)))).isTrue();
    }

    @Test
    void activitySlidesTheExpiry() {
        var session = Session.start(ID, SessionData.of("user123"), T0, Session.IDLE_TIMEOUT);

        var extended = session.extendedAt(T0.plus(Duration.ofMinutes(20)), Session.IDLE_TIMEOUT);

        assertThat(extended.expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(50)));
        assertThat(extended.updatedAt()).isEqualTo(T0.plus(Duration.ofMinutes(20)));
        assertThat(extended.createdAt()).isEqualTo(T0);
    }

    @Test
    void extendingNeverShortensTheExpiry() {
        var session = Session.start(ID, SessionData.of("user123"), T0, Duration.ofHours(2));

        assertThat(session.extendedAt(T0.plusSeconds(60), Session.IDLE_TIMEOUT).expiresAt())
                .isEqualTo(T0.plus(Duration.ofHours(2)));
    }

    @Test
    void anExpiredSessionCannotBeExtended() {
        var session = Session.start(ID, SessionData.of("user123"), T0, Session.IDLE_TIMEOUT);

        assertThatThrownBy(() -> session.extendedAt(T0.plus(Duration.ofMinutes(31)), Session.IDLE_TIMEOUT))
                .isInstanceOf(SessionExpired.class)
                .hasMessage("session abc123: expired at 2026-11-25T09:30:00Z, activity at 2026-11-25T09:31:00Z");
    }

    @Test
    void anExpiryNotAfterCreationIsRefused() {
        assertThatThrownBy(() -> new Session(ID, SessionData.of("u"), T0, T0, T0))
                .hasMessage("sessions.expires_at: " + T0 + " is not after created_at " + T0 + " (id abc123)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a b", "a:b"})
    void anIdThatCannotBePartOfARedisKeyIsRefused(String value) {
        assertThatThrownBy(() -> SessionId.of(value)).hasMessageStartingWith("sessions.id: \"" + value + "\"");
    }

    @Test
    void sessionDataIsImmutableAndGrowsByCopy() {
        var data = SessionData.of("user123").withAttribute("open_item", "c-1");

        assertThat(data.attributes()).isEqualTo(Map.of("open_item", "c-1"));
        assertThatThrownBy(() -> data.attributes().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aBlankUserIsRefused() {
        assertThatThrownBy(() -> SessionData.of(" ")).hasMessage("session_data.user_id: \" \" is blank");
        assertThatThrownBy(() -> new UserPreference("u", " ", "dark", T0, T0))
                .hasMessage("user_preferences.preference_key: \" \" is blank (user u)");
    }
}
