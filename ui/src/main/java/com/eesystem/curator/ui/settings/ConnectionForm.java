package com.eesystem.curator.ui.settings;

import java.util.Objects;

/**
 * What the user typed on the Settings page for the team servers. A blank secret means "keep the saved
 * one"; the app validates the rest and names the field that is wrong.
 *
 * @param teamStore which team store is used (or none)
 * @param bundle AstraDB secure connect bundle path
 * @param token AstraDB application token (blank: keep the saved token)
 * @param contactPoints self-managed Cassandra: host:port[,host:port]
 * @param datacenter self-managed Cassandra: local datacenter
 * @param username self-managed Cassandra: user name (blank: no login)
 * @param password self-managed Cassandra: password (blank: keep the saved one)
 * @param keyspace the team keyspace
 * @param redisUrl redis:// or rediss:// URL (blank: no Redis)
 * @param redisPassword Redis password (blank: keep the saved one, or none)
 */
public record ConnectionForm(
        TeamStoreKind teamStore,
        String bundle,
        String token,
        String contactPoints,
        String datacenter,
        String username,
        String password,
        String keyspace,
        String redisUrl,
        String redisPassword) {

    /** The team stores Curator can sync with. */
    public enum TeamStoreKind {
        NONE("None"),
        ASTRA("AstraDB"),
        CASSANDRA("Cassandra");

        private final String displayName;

        TeamStoreKind(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    public ConnectionForm {
        Objects.requireNonNull(teamStore, "teamStore");
        bundle = clean(bundle);
        token = clean(token);
        contactPoints = clean(contactPoints);
        datacenter = clean(datacenter);
        username = clean(username);
        password = password == null ? "" : password;
        keyspace = clean(keyspace);
        redisUrl = clean(redisUrl);
        redisPassword = redisPassword == null ? "" : redisPassword;
    }

    public static ConnectionForm empty() {
        return new ConnectionForm(TeamStoreKind.NONE, "", "", "", "datacenter1", "", "", "curator", "", "");
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    /** Shown in messages instead of {@link #toString()}'s default, which would print the secrets. */
    @Override
    public String toString() {
        return "ConnectionForm[" + teamStore + ", bundle=" + bundle + ", contactPoints=" + contactPoints
                + ", keyspace=" + keyspace + ", redisUrl=" + (redisUrl.contains("@") ? "(with login)" : redisUrl)
                + ", secrets=****]";
    }
}
