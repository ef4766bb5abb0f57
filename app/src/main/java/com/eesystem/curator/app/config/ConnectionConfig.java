package com.eesystem.curator.app.config;

import com.eesystem.curator.storage.astra.AstraSettings;
import com.eesystem.curator.storage.redis.RedisSettings;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whom this desktop syncs with: the team store (AstraDB or a self-managed Cassandra 5) and the live
 * layer (Redis). Either may be absent; with neither, Curator works on the local store alone. Secrets
 * sit in {@code Secret}s and {@code RedisSettings}, whose {@code toString()} masks them.
 */
public record ConnectionConfig(Optional<AstraSettings> teamStore, Optional<RedisSettings> liveLayer) {

    public ConnectionConfig {
        Objects.requireNonNull(teamStore, "teamStore");
        Objects.requireNonNull(liveLayer, "liveLayer");
    }

    public static ConnectionConfig none() {
        return new ConnectionConfig(Optional.empty(), Optional.empty());
    }

    public boolean isEmpty() {
        return teamStore.isEmpty() && liveLayer.isEmpty();
    }

    public ConnectionConfig withTeamStore(Optional<AstraSettings> settings) {
        return new ConnectionConfig(settings, liveLayer);
    }

    public ConnectionConfig withLiveLayer(Optional<RedisSettings> settings) {
        return new ConnectionConfig(teamStore, settings);
    }

    /** One line per setting, secrets shown as {@code ****} (for {@code curator connect show} and logs). */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        teamStore.ifPresentOrElse(
                settings -> {
                    switch (settings.endpoint()) {
                        case AstraSettings.Cloud cloud -> {
                            lines.add("team store: AstraDB");
                            lines.add("  bundle: " + cloud.secureConnectBundle());
                            lines.add("  token: ****");
                        }
                        case AstraSettings.SelfManaged self -> {
                            lines.add("team store: self-managed Cassandra");
                            lines.add("  contact points: " + hostPorts(self.contactPoints()));
                            lines.add("  local datacenter: " + self.localDatacenter());
                            self.credentials()
                                    .ifPresent(login -> lines.add("  login: " + login.username() + " / ****"));
                            self.tls()
                                    .ifPresent(tls -> lines.add("  TLS: trust store " + tls.trustStore()
                                            + (tls.hostnameValidation() ? "" : ", host names not checked")));
                        }
                    }
                    lines.add("  keyspace: " + settings.keyspace() + " (vectors of " + settings.vectorDimension() + ", "
                            + settings.consistency() + ")");
                },
                () -> lines.add("team store: not configured"));
        liveLayer.ifPresentOrElse(
                redis -> lines.add("live layer: Redis " + redis.displayUrl()),
                () -> lines.add("live layer: not configured"));
        return lines;
    }

    static String hostPorts(List<InetSocketAddress> addresses) {
        return addresses.stream()
                .map(address -> address.getHostString() + ":" + address.getPort())
                .collect(Collectors.joining(","));
    }
}
