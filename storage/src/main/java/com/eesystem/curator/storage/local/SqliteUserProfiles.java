package com.eesystem.curator.storage.local;

import com.eesystem.curator.domain.invariant.Invariants;
import com.eesystem.curator.domain.review.ReviewSignatures;
import com.eesystem.curator.domain.review.ReviewerKeys;
import com.eesystem.curator.domain.user.Role;
import com.eesystem.curator.domain.user.User;
import com.eesystem.curator.domain.user.UserId;
import com.eesystem.curator.domain.user.UserProfiles;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * user_profiles rows: the people of this desktop with their role, and the reviewers' registered Ed25519
 * public keys that offline decisions are verified against. Local only: never pushed, but every change is
 * logged as a local outbox row holding the whole row, so an incremental backup carries it and a restore
 * brings back a profile made after the snapshot (decisions and drafts name their author by its id).
 */
final class SqliteUserProfiles implements UserProfiles, ReviewerKeys {

    static final String ENTITY = "user_profiles";
    /** A profile changes (its key is registered later): a replayed row is the profile's newest state. */
    static final RowImage.Table ROWS = new RowImage.Table(
            ENTITY,
            "id",
            List.of("id", "display_name", "role", "public_key", "created_at"),
            RowImage.OnConflict.REPLACE);

    private final LocalDatabase database;
    private final OutboxWriter outbox;
    private final Clock clock;

    SqliteUserProfiles(LocalDatabase database, OutboxWriter outbox, Clock clock) {
        this.database = database;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public List<User> all() {
        return database.read("reading the user profiles", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                            "SELECT id, display_name, role FROM user_profiles ORDER BY display_name COLLATE NOCASE, id");
                    ResultSet rows = select.executeQuery()) {
                List<User> users = new ArrayList<>();
                while (rows.next()) {
                    users.add(user(rows));
                }
                return users;
            }
        });
    }

    @Override
    public Optional<User> find(UserId id) {
        Invariants.notNull("user_id", id);
        return database.read("reading user profile " + id, connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT id, display_name, role FROM user_profiles WHERE id = ?")) {
                select.setString(1, id.toString());
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(user(row)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public ProfileAdded add(User user) {
        Invariants.notNull("user", user);
        if (user.roles().size() != 1) {
            throw new IllegalArgumentException(
                    "roles: a local profile holds one role, " + user.displayName() + " has " + user.roles());
        }
        Role role = user.roles().iterator().next();
        return database.write("adding user profile " + user.displayName(), connection -> {
            try (PreparedStatement taken = connection.prepareStatement(
                    "SELECT 1 FROM user_profiles WHERE display_name = ? COLLATE NOCASE AND id <> ?")) {
                taken.setString(1, user.displayName());
                taken.setString(2, user.id().toString());
                try (ResultSet row = taken.executeQuery()) {
                    if (row.next()) {
                        return new ProfileAdded.NameTaken(user.displayName());
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO user_profiles (id, display_name, role, created_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, user.id().toString());
                insert.setString(2, user.displayName());
                insert.setString(3, role.storedValue());
                insert.setString(4, Timestamps.text(clock.instant()));
                insert.executeUpdate();
            }
            logRow(outbox, connection, user.id());
            return new ProfileAdded.Added(user);
        });
    }

    @Override
    public Optional<PublicKey> publicKeyOf(UserId reviewer) {
        Invariants.notNull("reviewer", reviewer);
        Optional<String> encoded = database.read("reading the key of " + reviewer, connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT public_key FROM user_profiles WHERE id = ?")) {
                select.setString(1, reviewer.toString());
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.<String>empty();
                }
            }
        });
        return encoded.map(text -> decode(reviewer, text));
    }

    /** Logs the profile row as it is now (a local-only change record, so a restore brings it back). */
    static void logRow(OutboxWriter outbox, Connection connection, UserId id) throws SQLException {
        outbox.appendLocal(
                connection,
                ENTITY,
                id.toString(),
                ROWS.current(connection, id.toString()).payload());
    }

    private static PublicKey decode(UserId reviewer, String text) {
        try {
            return KeyFactory.getInstance(ReviewSignatures.ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(text)));
        } catch (GeneralSecurityException | IllegalArgumentException unreadable) {
            throw new IllegalStateException(
                    "user_profiles.public_key of " + reviewer + ": not an Ed25519 key (" + unreadable.getMessage()
                            + ")",
                    unreadable);
        }
    }

    private static User user(ResultSet row) throws SQLException {
        String id = row.getString("id");
        try {
            return User.of(UserId.parse(id), row.getString("display_name"), Role.fromStored(row.getString("role")));
        } catch (IllegalArgumentException unreadable) {
            throw new IllegalStateException(
                    "user_profiles row " + id + ": cannot be read (" + unreadable.getMessage() + ")", unreadable);
        }
    }
}
