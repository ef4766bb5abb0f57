package com.eesystem.curator.storage.astra;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.eesystem.curator.storage.astra.AstraSettings.Cloud;
import com.eesystem.curator.storage.astra.TeamStoreException.Reason;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Creates the keyspace on a self-managed cluster. On AstraDB keyspaces are created in the portal or
 * with the DevOps API, never with CQL, so this refuses with a message that says so.
 */
public final class AstraKeyspace {

    private AstraKeyspace() {}

    /**
     * Creates the settings' keyspace with NetworkTopologyStrategy and the given replicas per datacenter,
     * if it does not exist yet.
     */
    public static void createIfMissing(AstraSettings settings, Map<String, Integer> replicasPerDatacenter) {
        if (settings.endpoint() instanceof Cloud) {
            throw new TeamStoreException(
                    Reason.INVALID_SETTINGS,
                    "keyspace " + settings.keyspace() + ": AstraDB keyspaces are created in the Astra portal"
                            + " (database > Add keyspace), not by Curator");
        }
        if (replicasPerDatacenter.isEmpty()) {
            throw new IllegalArgumentException("replicasPerDatacenter: is empty (expected e.g. {datacenter1=3})");
        }
        replicasPerDatacenter.forEach((datacenter, replicas) -> {
            // datacenter names end up inside the replication map literal: keep them to plain names
            if (!datacenter.matches("[A-Za-z0-9_.-]{1,64}")) {
                throw new IllegalArgumentException("datacenter: \"" + datacenter + "\" is not a datacenter name");
            }
            if (replicas < 1 || replicas > 9) {
                throw new IllegalArgumentException("replicas for " + datacenter + ": " + replicas + " is not 1..9");
            }
        });
        String replication = replicasPerDatacenter.entrySet().stream()
                .map(entry -> "'" + entry.getKey() + "': " + entry.getValue())
                .collect(Collectors.joining(", ", "{'class': 'NetworkTopologyStrategy', ", "}"));
        try (CqlSession session = AstraConnection.openWithoutKeyspace(settings)) {
            session.execute("CREATE KEYSPACE IF NOT EXISTS "
                    + CqlIdentifier.fromInternal(settings.keyspace()).asCql(true) + " WITH replication = "
                    + replication);
        }
    }
}
