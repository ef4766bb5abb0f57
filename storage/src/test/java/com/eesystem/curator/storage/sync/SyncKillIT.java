package com.eesystem.curator.storage.sync;

import static com.eesystem.curator.storage.sync.SyncDesktops.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.eesystem.curator.storage.astra.AstraConnection;
import com.eesystem.curator.storage.sync.SyncDesktops.Desktop;
import com.eesystem.curator.testsupport.CassandraServer;
import com.eesystem.curator.testsupport.CassandraServerExtension;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The app process killed (SIGKILL) in the middle of a push: after a restart every change arrives exactly once. */
@ExtendWith(CassandraServerExtension.class)
class SyncKillIT {

    private static final String KEYSPACE = SyncDesktops.keyspaceFor(SyncKillIT.class);

    @TempDir
    Path folder;

    @Test
    void killedMidPushThenRestartedDeliversEveryChangeExactlyOnce(CassandraServer server) throws Exception {
        int changes = 600;
        Path desktopFolder = folder.resolve("desktop");
        try (CqlSession admin = SyncDesktops.admin(server)) {
            var settings = SyncDesktops.team(admin, server, KEYSPACE);
            try (CqlSession session = AstraConnection.open(settings)) {
                try (Desktop desktop = Desktop.open(desktopFolder, Clock.systemUTC(), session, 10, 100)) {
                    for (int i = 0; i < changes; i++) {
                        desktop.save(draft("Post " + i, "caption " + i, Instant.now()));
                    }
                }

                String java = ProcessHandle.current().info().command().orElse("java");
                Process child = new ProcessBuilder(
                                java,
                                "-cp",
                                System.getProperty("java.class.path"),
                                SyncPushProcess.class.getName(),
                                desktopFolder.toString(),
                                server.host(),
                                String.valueOf(server.port()),
                                server.localDatacenter(),
                                KEYSPACE)
                        .redirectErrorStream(true)
                        .redirectOutput(folder.resolve("child.log").toFile())
                        .start();
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
                long pending = changes;
                while (pending > changes * 3L / 4 && child.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                    pending = pendingIn(desktopFolder);
                }
                child.destroyForcibly(); // SIGKILL: no shutdown hooks, no flush
                child.waitFor(30, TimeUnit.SECONDS);
                long pendingAtKill = pendingIn(desktopFolder);
                assertThat(pendingAtKill).as("killed in the middle of the push").isBetween(1L, changes - 1L);

                try (Desktop restarted = Desktop.open(desktopFolder, Clock.systemUTC(), session, 10, 100)) {
                    restarted.engine().push();
                    assertThat(restarted.engine().pendingCount()).isZero();
                    String device = restarted.rows().deviceId().value();
                    assertThat(session.execute("SELECT count(*) FROM change_receipts WHERE origin_device = ?", device)
                                    .one()
                                    .getLong(0))
                            .isEqualTo(changes);
                    Map<Long, Integer> copies = new HashMap<>();
                    for (Row row : session.execute("SELECT origin_device, origin_sequence FROM change_feed")) {
                        if (row.getString(0).equals(device)) {
                            copies.merge(row.getLong(1), 1, Integer::sum);
                        }
                    }
                    assertThat(copies).hasSize(changes);
                    assertThat(copies.values()).containsOnly(1);
                    assertThat(session.execute("SELECT count(*) FROM content_library")
                                    .one()
                                    .getLong(0))
                            .isEqualTo(changes);
                }
            }
            admin.execute("DROP KEYSPACE IF EXISTS " + KEYSPACE);
        }
    }

    private static long pendingIn(Path desktopFolder) throws Exception {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + desktopFolder.resolve("curator.db"));
                var statement = connection.createStatement();
                var row = statement.executeQuery("SELECT count(*) FROM outbox WHERE pushed = 0")) {
            row.next();
            return row.getLong(1);
        }
    }
}
