package com.eesystem.curator.storage.sync;

import static com.eesystem.curator.storage.sync.SyncDesktops.draft;
import static com.eesystem.curator.storage.sync.SyncDesktops.edited;
import static com.eesystem.curator.storage.sync.SyncDesktops.withCaption;
import static com.eesystem.curator.storage.sync.SyncDesktops.withStatus;
import static com.eesystem.curator.storage.sync.SyncDesktops.withTitle;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentSave;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.storage.astra.AstraConnection;
import com.eesystem.curator.storage.astra.AstraSettings;
import com.eesystem.curator.storage.sync.SyncDesktops.Desktop;
import com.eesystem.curator.testsupport.CassandraServer;
import com.eesystem.curator.testsupport.CassandraServerExtension;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Sync under faults: connections cut mid-batch, the team store restarted, two desktops editing at once. */
@ExtendWith(CassandraServerExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SyncFaultsIT {

    private static final String KEYSPACE = SyncDesktops.keyspaceFor(SyncFaultsIT.class);

    private static CqlSession admin;
    private static CqlSession session;
    private static AstraSettings settings;
    private static CassandraServer server;

    @TempDir
    Path folder;

    @BeforeAll
    static void teamStore(CassandraServer shared) {
        server = shared;
        admin = SyncDesktops.admin(server);
        settings = SyncDesktops.team(admin, server, KEYSPACE);
        session = AstraConnection.open(settings);
    }

    @AfterAll
    static void drop() {
        session.close();
        try {
            admin.execute("DROP KEYSPACE IF EXISTS " + KEYSPACE);
        } catch (com.datastax.oss.driver.api.core.DriverException e) {
            // the admin session may still be reconnecting after the restart test (or the schema change
            // times out on a loaded machine); the keyspace is this class's own and the server is the test
            // JVM's, so leaving it costs nothing
        } finally {
            admin.close();
        }
    }

    @BeforeEach
    void empty() {
        for (String table : List.of("change_feed", "change_receipts", "content_library")) {
            session.execute("TRUNCATE " + table);
        }
    }

    @Test
    @Order(1)
    void connectionsCutMidBatchStillDeliverEveryChangeExactlyOnce() throws Exception {
        try (TcpProxy proxy = new TcpProxy(server.contactPoint());
                CqlSession throughProxy = AstraConnection.open(
                        SyncDesktops.settings(proxy.address(), server.localDatacenter(), KEYSPACE));
                Desktop desktop = Desktop.open(folder.resolve("cut"), Clock.systemUTC(), throughProxy, 20, 100)) {
            int changes = 400;
            for (int i = 0; i < changes; i++) {
                desktop.save(draft("Post " + i, "caption " + i, Instant.now()));
            }
            AtomicInteger failures = new AtomicInteger();
            CompletableFuture<Void> pushing = CompletableFuture.runAsync(() -> pushUntilEmpty(desktop, failures));
            int cutsMidPush = 0;
            while (!pushing.isDone() && cutsMidPush < 6) {
                Thread.sleep(150);
                long pending = desktop.engine().pendingCount();
                if (pending > 0 && pending < changes) {
                    proxy.dropAll();
                    cutsMidPush++;
                }
            }
            pushing.get(3, TimeUnit.MINUTES);

            assertThat(cutsMidPush)
                    .as("connections cut while a push was under way")
                    .isPositive();
            assertThat(failures.get())
                    .as("pushes that failed on a cut connection")
                    .isPositive();
            assertExactlyOnce(desktop, changes);
        }
    }

    @Test
    @Order(2)
    void theTeamStoreStoppedAndStartedDuringASyncLosesAndDuplicatesNothing() throws Exception {
        try (Desktop desktop = Desktop.open(folder.resolve("restart"), Clock.systemUTC(), session, 20, 100)) {
            int changes = 300;
            for (int i = 0; i < changes; i++) {
                desktop.save(draft("Post " + i, "caption " + i, Instant.now()));
            }
            AtomicInteger failures = new AtomicInteger();
            CompletableFuture<Void> pushing = CompletableFuture.runAsync(() -> pushUntilEmpty(desktop, failures));
            while (desktop.engine().pendingCount() == changes && !pushing.isDone()) {
                Thread.sleep(20);
            }
            server.stop();
            long pendingWhileDown = desktop.engine().pendingCount();
            Thread.sleep(1_000);
            server.start();
            pushing.get(4, TimeUnit.MINUTES);

            assertThat(pendingWhileDown)
                    .as("the stop came in the middle of the push")
                    .isBetween(1L, changes - 1L);
            assertThat(failures.get()).isPositive();
            assertExactlyOnce(desktop, changes);
        }
    }

    @Test
    @Order(3)
    void twoDesktopsWithSkewedClocksEditingAtOnceConvergeOnTheTeamStore() throws Exception {
        Duration settle = Duration.ofSeconds(2);
        try (Desktop ann = Desktop.open(folder.resolve("ann"), Clock.systemUTC(), session, 50, 100, settle);
                Desktop ben = Desktop.open(
                        folder.resolve("ben"),
                        Clock.offset(Clock.systemUTC(), Duration.ofMinutes(7)),
                        session,
                        50,
                        100,
                        settle)) {
            List<ContentId> ids = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                ids.add(ann.save(draft("Shared " + i, "caption " + i, Instant.now()))
                        .id());
            }
            ann.sync();
            Thread.sleep(settle.toMillis() + 200);
            ben.sync();

            var annEdits = CompletableFuture.runAsync(() -> randomEdits(ann, ids, new Random(1), "ann"));
            var benEdits = CompletableFuture.runAsync(() -> randomEdits(ben, ids, new Random(2), "ben"));
            CompletableFuture.allOf(annEdits, benEdits).get(4, TimeUnit.MINUTES);
            for (int round = 0; round < 3; round++) {
                ann.sync();
                ben.sync();
                Thread.sleep(settle.toMillis() + 200);
            }

            for (ContentId id : ids) {
                ContentItem a = ann.item(id);
                ContentItem b = ben.item(id);
                assertThat(b.body()).as("body of %s", id).isEqualTo(a.body());
                assertThat(b.status()).as("status of %s", id).isEqualTo(a.status());
                Row team = session.execute(
                                "SELECT title, description, script_content, status FROM content_library WHERE id = ?",
                                id.value())
                        .one();
                assertThat(team.getString("title")).isEqualTo(a.title());
                assertThat(team.getString("description")).isEqualTo(a.body().description());
                assertThat(team.getString("script_content")).isEqualTo(a.body().scriptContent());
                assertThat(team.getString("status")).isEqualTo(a.status().storedValue());
            }
            // every change either desktop made was acknowledged, and the team store holds each exactly once
            for (Desktop desktop : List.of(ann, ben)) {
                long made = outboxRows(desktop, "");
                assertThat(outboxRows(desktop, " WHERE pushed = 0")).isZero();
                assertThat(receipts(desktop)).isEqualTo(made);
                assertThat(feedRows(desktop)).isEqualTo(made);
            }
        }
    }

    private static void randomEdits(Desktop desktop, List<ContentId> ids, Random random, String who) {
        for (int i = 0; i < 120; i++) {
            ContentId id = ids.get(random.nextInt(ids.size()));
            int kind = random.nextInt(4);
            while (true) {
                ContentItem item = desktop.item(id);
                ContentBody body = item.body();
                ContentItem next = switch (kind) {
                    case 0 -> edited(item, withCaption(body, who + " caption " + i), Instant.now());
                    case 1 -> edited(item, withTitle(body, who + " title " + i), Instant.now());
                    case 2 ->
                        withStatus(
                                item,
                                item.status() == ContentStatus.DRAFT ? ContentStatus.IN_REVIEW : ContentStatus.DRAFT,
                                Instant.now());
                    default ->
                        edited(
                                item,
                                withTitle(withCaption(body, who + " both " + i), who + " both " + i),
                                Instant.now());
                };
                if (desktop.library().save(next) instanceof ContentSave.Saved) {
                    break;
                }
            }
            if (i % 15 == 14) {
                desktop.sync();
            }
        }
    }

    private static void pushUntilEmpty(Desktop desktop, AtomicInteger failures) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (desktop.engine().pendingCount() > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(
                        "push did not finish: " + desktop.engine().pendingCount() + " pending");
            }
            try {
                desktop.engine().push();
            } catch (RuntimeException e) {
                failures.incrementAndGet();
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static void assertExactlyOnce(Desktop desktop, int changes) throws Exception {
        assertThat(desktop.engine().pendingCount()).isZero();
        assertThat(receipts(desktop)).isEqualTo(changes);
        Map<Long, Integer> copies = new HashMap<>();
        for (Row row : session.execute("SELECT origin_device, origin_sequence FROM change_feed")) {
            if (row.getString(0).equals(desktop.rows().deviceId().value())) {
                copies.merge(row.getLong(1), 1, Integer::sum);
            }
        }
        assertThat(copies).hasSize(changes);
        assertThat(copies.values()).containsOnly(1);
        assertThat(session.execute("SELECT count(*) FROM content_library").one().getLong(0))
                .isEqualTo(changes);
    }

    private static long receipts(Desktop desktop) {
        return session.execute(
                        "SELECT count(*) FROM change_receipts WHERE origin_device = ?",
                        desktop.rows().deviceId().value())
                .one()
                .getLong(0);
    }

    private static long feedRows(Desktop desktop) {
        long count = 0;
        for (Row row : session.execute("SELECT origin_device FROM change_feed")) {
            if (row.getString(0).equals(desktop.rows().deviceId().value())) {
                count++;
            }
        }
        return count;
    }

    private static long outboxRows(Desktop desktop, String where) throws Exception {
        try (var connection = DriverManager.getConnection(
                        "jdbc:sqlite:" + desktop.store().settings().database());
                var statement = connection.createStatement();
                var row = statement.executeQuery("SELECT count(*) FROM outbox" + where)) {
            row.next();
            return row.getLong(1);
        }
    }
}
