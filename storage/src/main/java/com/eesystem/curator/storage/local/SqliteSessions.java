package com.eesystem.curator.storage.local;

import com.eesystem.curator.domain.session.Session;
import com.eesystem.curator.domain.session.SessionData;
import com.eesystem.curator.domain.session.SessionId;
import com.eesystem.curator.domain.session.Sessions;
import com.eesystem.curator.storage.codec.JsonCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** The sessions table: session_data is the SessionData as JSON; expired rows are invisible, then removed. */
final class SqliteSessions implements Sessions {

    private static final String SELECT =
            "SELECT id, session_data, expires_at, created_at, updated_at FROM sessions WHERE id = ?";

    private final LocalDatabase database;
    private final Clock clock;
    private final JsonCodec codec = JsonCodec.instance();

    SqliteSessions(LocalDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public void create(Session session) {
        database.write("saving session " + session.id(), connection -> write(connection, session));
    }

    @Override
    public Optional<Session> find(SessionId id) {
        Instant now = clock.instant();
        return database.read("reading session " + id, connection -> live(connection, id, now));
    }

    @Override
    public Optional<Session> touch(SessionId id) {
        Instant now = clock.instant();
        return database.write("touching session " + id, connection -> {
            Optional<Session> found = live(connection, id, now);
            if (found.isEmpty()) {
                return found;
            }
            Session extended = found.get().extendedAt(now, Session.IDLE_TIMEOUT);
            write(connection, extended);
            return Optional.of(extended);
        });
    }

    @Override
    public boolean update(SessionId id, SessionData data) {
        Instant now = clock.instant();
        return database.write("updating session " + id, connection -> {
            Optional<Session> found = live(connection, id, now);
            if (found.isPresent()) {
                write(connection, found.get().withData(data, now));
            }
            return found.isPresent();
        });
    }

    @Override
    public void expire(SessionId id) {
        database.write("ending session " + id, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM sessions WHERE id = ?")) {
                delete.setString(1, id.value());
                return delete.executeUpdate();
            }
        });
    }

    @Override
    public int removeExpired() {
        String now = Timestamps.text(clock.instant());
        return database.write("removing expired sessions", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM sessions WHERE expires_at <= ?")) {
                delete.setString(1, now);
                return delete.executeUpdate();
            }
        });
    }

    private Optional<Session> live(Connection connection, SessionId id, Instant now) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setString(1, id.value());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Session session = new Session(
                        SessionId.of(row.getString(1)),
                        codec.read(row.getString(2), SessionData.class),
                        Timestamps.instant("sessions.expires_at", row.getString(3)),
                        Timestamps.instant("sessions.created_at", row.getString(4)),
                        Timestamps.instant("sessions.updated_at", row.getString(5)));
                return session.isExpiredAt(now) ? Optional.empty() : Optional.of(session);
            }
        }
    }

    private int write(Connection connection, Session session) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO sessions (id, user_id, session_data, expires_at, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET user_id = excluded.user_id, session_data = excluded.session_data,
                  expires_at = excluded.expires_at, created_at = excluded.created_at, updated_at = excluded.updated_at
                """)) {
            upsert.setString(1, session.id().value());
            upsert.setString(2, session.userId());
            upsert.setString(3, codec.write(session.data()));
            upsert.setString(4, Timestamps.text(session.expiresAt()));
            upsert.setString(5, Timestamps.text(session.createdAt()));
            upsert.setString(6, Timestamps.text(session.updatedAt()));
            return upsert.executeUpdate();
        }
    }
}
