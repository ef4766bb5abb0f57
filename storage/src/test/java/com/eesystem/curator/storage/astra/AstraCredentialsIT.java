package com.eesystem.curator.storage.astra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import com.eesystem.curator.storage.astra.AstraSettings.Credentials;
import com.eesystem.curator.storage.astra.AstraSettings.SelfManaged;
import com.eesystem.curator.storage.astra.TeamStoreException.Reason;
import com.eesystem.curator.testsupport.CassandraLaunch;
import com.eesystem.curator.testsupport.CassandraServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Wrong credentials against a real Cassandra 5 with PasswordAuthenticator. The shared test server runs
 * AllowAllAuthenticator (every other IT connects without a login), so this class starts a second,
 * small server (512 MiB heap) from the same script with one line of its yaml changed, and stops it when
 * done: the only IT paying for a second server.
 */
class AstraCredentialsIT {

    private static CassandraServer server;

    @BeforeAll
    static void startPasswordProtectedServer() throws IOException {
        CassandraLaunch shared = CassandraLaunch.fromSystemProperties();
        Path folder = Files.createDirectories(shared.workDirectory().resolve("password-auth"));
        String template = Files.readString(shared.script().resolveSibling("cassandra.yaml.template"));
        assertThat(template).contains("authenticator: AllowAllAuthenticator");
        Path yaml = folder.resolve("cassandra-password.yaml.template");
        Files.writeString(
                yaml, template.replace("authenticator: AllowAllAuthenticator", "authenticator: PasswordAuthenticator"));
        // the script execs java, and so does this wrapper: the launched PID stays Cassandra's own
        Path wrapper = folder.resolve("start-password-cassandra.sh");
        Files.writeString(
                wrapper,
                "#!/usr/bin/env bash\nexport CASSANDRA_YAML_TEMPLATE='" + yaml + "'\nexec bash '" + shared.script()
                        + "' \"$@\"\n");
        server = CassandraServer.launch(new CassandraLaunch(shared.lib(), wrapper, shared.javaHome(), folder, "512m"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aRejectedPasswordIsNamedAndTheRightOneOpens() throws InterruptedException {
        AstraSettings good = settings("cassandra", "cassandra");
        // the default superuser appears a moment after the port opens
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            try (CqlSession session = AstraConnection.openWithoutKeyspace(good)) {
                assertThat(session.execute("SELECT release_version FROM system.local")
                                .one())
                        .isNotNull();
                break;
            } catch (TeamStoreException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw notYet;
                }
                Thread.sleep(500);
            }
        }

        AstraSettings wrong = settings("cassandra", "not-the-password");
        assertThatThrownBy(() -> AstraConnection.openWithoutKeyspace(wrong))
                .isInstanceOf(TeamStoreException.class)
                .hasMessageContaining("the user name or password was rejected by " + server.host() + ":" + server.port()
                        + " (datacenter datacenter1)")
                .hasMessageNotContaining("not-the-password")
                .extracting(error -> ((TeamStoreException) error).reason())
                .isEqualTo(Reason.BAD_CREDENTIALS);

        AstraSettings unknownUser = settings("editor", "cassandra");
        assertThatThrownBy(() -> AstraConnection.open(unknownUser))
                .extracting(error -> ((TeamStoreException) error).reason())
                .isEqualTo(Reason.BAD_CREDENTIALS);

        AstraSettings noLogin =
                AstraSettings.selfManaged(List.of(server.contactPoint()), server.localDatacenter(), "curator", 384);
        assertThatThrownBy(() -> AstraConnection.openWithoutKeyspace(noLogin))
                .isInstanceOf(TeamStoreException.class)
                .extracting(error -> ((TeamStoreException) error).reason())
                .isEqualTo(Reason.BAD_CREDENTIALS);
        // a right login on a keyspace that is missing is named as such, not as a login problem
        try (CqlSession admin = AstraConnection.openWithoutKeyspace(good)) {
            admin.execute("DROP KEYSPACE IF EXISTS curator");
        }
        assertThatThrownBy(() -> AstraConnection.open(good))
                .extracting(error -> ((TeamStoreException) error).reason())
                .isEqualTo(Reason.UNKNOWN_KEYSPACE);
    }

    private static AstraSettings settings(String user, String password) {
        AstraSettings base =
                AstraSettings.selfManaged(List.of(server.contactPoint()), server.localDatacenter(), "curator", 384);
        var endpoint = ((SelfManaged) base.endpoint()).withCredentials(new Credentials(user, Secret.of(password)));
        return new AstraSettings(
                endpoint,
                base.keyspace(),
                base.vectorDimension(),
                base.consistency(),
                base.pageSize(),
                base.requestTimeout());
    }
}
