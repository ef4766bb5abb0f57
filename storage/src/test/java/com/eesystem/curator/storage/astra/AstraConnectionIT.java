package com.eesystem.curator.storage.astra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import com.eesystem.curator.storage.astra.TeamStoreException.Reason;
import com.eesystem.curator.testsupport.CassandraServer;
import com.eesystem.curator.testsupport.CassandraServerExtension;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad configurations fail with a message naming the cause. A rejected password needs a server with
 * PasswordAuthenticator: AstraCredentialsIT starts its own for that, so the shared server stays open.
 */
@ExtendWith(CassandraServerExtension.class)
class AstraConnectionIT {

    @Test
    void aMissingSecureConnectBundleIsNamed(@TempDir Path folder) {
        Path bundle = folder.resolve("secure-connect-curator.zip");
        var settings = AstraSettings.astra(bundle, Secret.of("AstraCS:abc:def"), "curator", 1536);

        assertThatThrownBy(() -> AstraConnection.open(settings))
                .isInstanceOf(TeamStoreException.class)
                .hasMessageContaining("secure connect bundle not found: " + bundle)
                .extracting(error -> ((TeamStoreException) error).reason())
                .isEqualTo(Reason.MISSING_BUNDLE);
    }

    @Test
    void aFileThatIsNotABundleIsNamed(@TempDir Path folder) throws IOException {
        Path bundle = Files.writeString(folder.resolve("bundle.zip"), "this is not a zip");
        var settings = AstraSettings.astra(bundle, Secret.of("AstraCS:abc:def"), "curator", 1536);

        assertThatThrownBy(() -> AstraConnection.open(settings))
                .isInstanceOf(TeamStoreException.class)
                .hasMessageContaining("cannot use the secure connect bundle " + bundle)
                .extracting(error -> ((TeamStoreException) error).reason())
                .isEqualTo(Reason.MISSING_BUNDLE);
    }

    @Test
    void anUnreachableHostIsNamedWithItsAddress() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        var settings = AstraSettings.selfManaged(
                List.of(new InetSocketAddress("127.0.0.1", closedPort)), "datacenter1", "curator", 384);

        assertThatThrownBy(() -> AstraConnection.open(settings))
                .isInstanceOf(TeamStoreException.class)
                .hasMessageContaining(
                        "cannot reach the team store at 127.0.0.1:" + closedPort + " (datacenter datacenter1)")
                .extracting(error -> ((TeamStoreException) error).reason())
                .isEqualTo(Reason.UNREACHABLE);
    }

    @Test
    void aKeyspaceThatDoesNotExistIsNamed(CassandraServer server) {
        var settings = TestCassandra.settings(server, "no_such_keyspace");

        assertThatThrownBy(() -> AstraConnection.open(settings))
                .isInstanceOf(TeamStoreException.class)
                .hasMessageContaining(
                        "keyspace \"no_such_keyspace\" does not exist on " + server.host() + ":" + server.port())
                .extracting(error -> ((TeamStoreException) error).reason())
                .isEqualTo(Reason.UNKNOWN_KEYSPACE);
    }

    @Test
    void aSelfManagedKeyspaceIsCreatedOnRequestAndThenOpens(CassandraServer server) {
        String keyspace = TestCassandra.keyspaceFor(AstraConnectionIT.class);
        var settings = TestCassandra.settings(server, keyspace);
        try (CqlSession admin = TestCassandra.session(server)) {
            TestCassandra.dropKeyspace(admin, keyspace);
            AstraKeyspace.createIfMissing(settings, Map.of(server.localDatacenter(), 1));
            AstraKeyspace.createIfMissing(settings, Map.of(server.localDatacenter(), 1));
            try (CqlSession session = AstraConnection.open(settings)) {
                assertThat(session.getKeyspace())
                        .hasValueSatisfying(
                                name -> assertThat(name.asInternal()).isEqualTo(keyspace));
                assertThat(session.execute("SELECT release_version FROM system.local")
                                .one())
                        .isNotNull()
                        .satisfies(row -> assertThat(row.getString(0)).startsWith("5.0"));
            } finally {
                TestCassandra.dropKeyspace(admin, keyspace);
            }
        }
        var astra = AstraSettings.astra(Path.of("bundle.zip"), Secret.of("AstraCS:x"), "curator", 384);
        assertThatThrownBy(() -> AstraKeyspace.createIfMissing(astra, Map.of("dc", 3)))
                .hasMessageContaining("AstraDB keyspaces are created in the Astra portal");
    }
}
