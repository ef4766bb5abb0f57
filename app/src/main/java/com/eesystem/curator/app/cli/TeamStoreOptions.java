package com.eesystem.curator.app.cli;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.eesystem.curator.storage.astra.AstraSettings;
import com.eesystem.curator.storage.astra.Secret;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * How a command reaches the team store. Secrets are read from environment variables named here, never
 * from arguments (which other users of the machine can see in the process list).
 */
final class TeamStoreOptions {

    @Option(names = "--bundle", description = "AstraDB secure connect bundle (zip).")
    Path bundle;

    @Option(
            names = "--token-env",
            defaultValue = "ASTRA_DB_APPLICATION_TOKEN",
            description = "Environment variable holding the AstraDB application token (default: ${DEFAULT-VALUE}).")
    String tokenVariable;

    @Option(names = "--contact-point", description = "host:port of a self-managed Cassandra node (repeatable).")
    List<String> contactPoints = new ArrayList<>();

    @Option(names = "--datacenter", defaultValue = "datacenter1", description = "Local datacenter (self-managed).")
    String datacenter;

    @Option(names = "--username", description = "User name (self-managed, PasswordAuthenticator).")
    String username;

    @Option(
            names = "--password-env",
            defaultValue = "CASSANDRA_PASSWORD",
            description = "Environment variable holding the password (default: ${DEFAULT-VALUE}).")
    String passwordVariable;

    @Option(names = "--keyspace", required = true, description = "Keyspace of the team store.")
    String keyspace;

    @Option(
            names = "--dimension",
            defaultValue = "1536",
            description = "Vector dimension of the keyspace: 1536 (OpenAI) or 384 (local model).")
    int dimension;

    @Option(
            names = "--consistency",
            defaultValue = "LOCAL_QUORUM",
            description = "Consistency of reads and writes (default: ${DEFAULT-VALUE}).")
    DefaultConsistencyLevel consistency;

    AstraSettings settings() {
        AstraSettings.Endpoint endpoint;
        if (bundle != null) {
            endpoint = new AstraSettings.Cloud(
                    bundle, secretFrom(tokenVariable, "--token-env", "AstraDB application token"));
        } else if (!contactPoints.isEmpty()) {
            var self = new AstraSettings.SelfManaged(
                    contactPoints.stream().map(TeamStoreOptions::address).toList(),
                    datacenter,
                    Optional.empty(),
                    Optional.empty());
            endpoint = username == null
                    ? self
                    : self.withCredentials(new AstraSettings.Credentials(
                            username, secretFrom(passwordVariable, "--password-env", "password")));
        } else {
            throw new IllegalArgumentException("give --bundle (AstraDB) or --contact-point (self-managed Cassandra)");
        }
        return new AstraSettings(endpoint, keyspace, dimension, consistency, 500, Duration.ofSeconds(10));
    }

    private static Secret secretFrom(String variable, String option, String what) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(
                    option + ": environment variable " + variable + " is not set (" + what + ")");
        }
        return Secret.of(value);
    }

    private static InetSocketAddress address(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0 || colon == hostPort.length() - 1) {
            throw new IllegalArgumentException("--contact-point: \"" + hostPort + "\" is not host:port");
        }
        try {
            return new InetSocketAddress(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--contact-point: \"" + hostPort + "\" has no numeric port", e);
        }
    }
}
