package com.eesystem.curator.bench;

import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.uuid.Uuids;
import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.user.UserId;
import com.eesystem.curator.storage.local.LocalStore;
import com.eesystem.curator.storage.local.LocalStoreSettings;
import com.eesystem.curator.storage.local.SqliteSyncedRows;
import com.eesystem.curator.storage.sync.AstraSyncGateway;
import com.eesystem.curator.storage.sync.SyncEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * Sync throughput against a real Cassandra: push of N local changes through {@link SyncEngine} vs the raw
 * driver inserting N change-feed rows of the same size (32 in flight), and pull of N changes into a second
 * desktop vs the raw driver paging the same feed rows. Same server, same run. A benchmark command, not JMH:
 * each measurement is one pass over N rows (a push cannot be repeated on the same outbox).
 *
 * <p>{@code java -cp ... com.eesystem.curator.bench.SyncPushPullBenchmark [changes] [push batch]}
 */
public final class SyncPushPullBenchmark {

    private SyncPushPullBenchmark() {}

    public static void main(String[] args) throws Exception {
        int changes = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int pushBatch = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path folder = Files.createTempDirectory("sync-bench");
        try {
            run(folder, changes, pushBatch);
        } finally {
            // two local stores of N changes each (and their WAL): gigabytes at 100k
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void run(Path folder, int changes, int pushBatch) throws Exception {
        try (BenchCassandra cassandra = BenchCassandra.start("bench_sync")) {
            var session = cassandra.session;
            Clock clock = Clock.systemUTC();
            try (LocalStore ann = open(folder.resolve("ann"), clock);
                    LocalStore ben = open(folder.resolve("ben"), clock)) {
                String sample =
                        com.eesystem.curator.storage.codec.JsonCodec.instance().write(draft(0));
                // the outbox to push: N new items, each with its outbox row, saved in transactions of 1,000
                // (a transaction per item only makes the setup slower; the push reads the same rows)
                for (int from = 0; from < changes; from += 1_000) {
                    List<ContentItem> items = new java.util.ArrayList<>();
                    for (int i = from; i < Math.min(changes, from + 1_000); i++) {
                        items.add(draft(i));
                    }
                    ann.importNewContent(items);
                }

                // raw baseline: the same number of feed rows, payload of the same size, 32 writes in flight
                PreparedStatement insert = session.prepare(
                        "INSERT INTO change_feed (bucket, change_id, entity_type, entity_id, operation, payload, hlc,"
                                + " origin_device, origin_sequence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                // a day bucket behind the feed's 90-day retention: a pull from the beginning never reads these rows,
                // so the pull below counts and applies exactly the N pushed changes
                String bucket = LocalDate.now(ZoneOffset.UTC).minusDays(200).toString();
                Semaphore inFlight = new Semaphore(32);
                long rawStart = System.nanoTime();
                for (int i = 0; i < changes; i++) {
                    inFlight.acquire();
                    session.executeAsync(insert.bind(
                                    bucket,
                                    Uuids.timeBased(),
                                    "bench_raw",
                                    "row-" + i,
                                    "upsert",
                                    sample,
                                    "000001764072000000-0000000000",
                                    "raw-device",
                                    (long) i + 1))
                            .whenComplete((rs, error) -> inFlight.release());
                }
                inFlight.acquire(32);
                double rawInsertRate = changes / seconds(rawStart);
                inFlight.release(32);

                // raw baseline 2: what a push stores per change, a team-table row (content_library, 4 SAI
                // indexes) and a feed row, written by the raw driver with 32 statements in flight
                PreparedStatement insertContent = session.prepare(
                        "INSERT INTO content_library (id, title, description, content_type, script_content,"
                                + " status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                long rowsStart = System.nanoTime();
                for (int i = 0; i < changes; i++) {
                    inFlight.acquire(2);
                    session.executeAsync(insertContent.bind(
                                    java.util.UUID.randomUUID(),
                                    "Post " + i,
                                    "A short description of post " + i,
                                    "reel",
                                    "Scene 1: morning light. Scene 2: caption " + i,
                                    "draft",
                                    Instant.now(),
                                    Instant.now()))
                            .whenComplete((rs, error) -> inFlight.release());
                    session.executeAsync(insert.bind(
                                    bucket,
                                    Uuids.timeBased(),
                                    "bench_raw",
                                    "row-" + i,
                                    "upsert",
                                    sample,
                                    "000001764072000000-0000000000",
                                    "raw-device",
                                    (long) i + 1))
                            .whenComplete((rs, error) -> inFlight.release());
                }
                inFlight.acquire(32);
                double rawChangeRate = changes / seconds(rowsStart);
                inFlight.release(32);

                PreparedStatement readFeed = session.prepare("SELECT payload FROM change_feed WHERE bucket = ?");
                long rawReadStart = System.nanoTime();
                long read = 0;
                for (Row row : session.execute(readFeed.bind(bucket).setPageSize(500))) {
                    read += row.getString(0).isEmpty() ? 0 : 1;
                }
                double rawReadRate = read / seconds(rawReadStart);

                Runtime runtime = Runtime.getRuntime();
                long heapBeforePush = heapAfterGc(runtime);
                var pushEngine = new SyncEngine(
                        SqliteSyncedRows.of(ann, clock),
                        new AstraSyncGateway(session, clock, Duration.ZERO),
                        pushBatch,
                        500);
                long pushStart = System.nanoTime();
                long pushed = pushEngine.push();
                double pushRate = pushed / seconds(pushStart);
                long heapBefore = heapAfterGc(runtime);
                var pullEngine = new SyncEngine(
                        SqliteSyncedRows.of(ben, clock), new AstraSyncGateway(session, clock, Duration.ZERO), 200, 500);
                long pullStart = System.nanoTime();
                SyncEngine.SyncReport pulled = pullEngine.syncOnce();
                double pullRate = pulled.pulled() / seconds(pullStart);
                long heapAfter = heapAfterGc(runtime);

                System.out.printf(
                        "changes %d, push batch %d%nraw driver insert  %.0f rows/s%nraw content+feed   %.0f changes/s%n"
                                + "sync push          %.0f changes/s (%.0f%% of raw, %.0f%% of raw content+feed)%n"
                                + "raw driver read    %.0f rows/s%nsync pull + merge  %.0f changes/s (%.0f%% of raw read, %.0f%% of raw insert),"
                                + " applied %d%nheap after GC before push / after push / after pull: %d / %d / %d MiB%n",
                        changes,
                        pushBatch,
                        rawInsertRate,
                        rawChangeRate,
                        pushRate,
                        100 * pushRate / rawInsertRate,
                        100 * pushRate / rawChangeRate,
                        rawReadRate,
                        pullRate,
                        100 * pullRate / rawReadRate,
                        100 * pullRate / rawInsertRate,
                        pulled.applied(),
                        heapBeforePush >> 20,
                        heapBefore >> 20,
                        heapAfter >> 20);
            }
        }
    }

    private static LocalStore open(Path folder, Clock clock) {
        return LocalStore.open(
                LocalStoreSettings.defaults(folder.resolve("curator.db"), folder.resolve("backups")), clock);
    }

    private static long heapAfterGc(Runtime runtime) {
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static ContentItem draft(int i) {
        return ContentItem.draft(
                ContentId.random(),
                UserId.parse("00000000-0000-0000-0000-00000000a001"),
                new ContentBody(
                        "Post " + i,
                        "A short description of post " + i,
                        ContentType.REEL,
                        List.of(Platform.INSTAGRAM, Platform.TIKTOK),
                        "caption " + i,
                        "Scene 1: morning light. Scene 2: caption " + i,
                        List.of("wellness", "EESystem"),
                        List.of("a calm room at sunrise"),
                        Map.of("instagram.aspect", "9:16")),
                Instant.now());
    }
}
