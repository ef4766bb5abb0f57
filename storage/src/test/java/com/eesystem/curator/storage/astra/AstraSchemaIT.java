package com.eesystem.curator.storage.astra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.eesystem.curator.storage.astra.TeamStoreException.Reason;
import com.eesystem.curator.testsupport.CassandraServer;
import com.eesystem.curator.testsupport.CassandraServerExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Versioned migrations on the real Cassandra: from empty, from every earlier version, back, and locked. */
@ExtendWith(CassandraServerExtension.class)
class AstraSchemaIT {

    private static final String PREFIX = TestCassandra.keyspaceFor(AstraSchemaIT.class);

    /** Every column of the data spec's nine tables; the schema may add columns but never drop one of these. */
    static final Map<String, List<String>> SPEC_COLUMNS = Map.of(
            "content_embeddings",
                    List.of(
                            "id uuid",
                            "content_type text",
                            "platform text",
                            "content_text text",
                            "embedding vector<float, 384>",
                            "metadata map<text, text>",
                            "brand_alignment_score float",
                            "compliance_status text",
                            "created_at timestamp",
                            "updated_at timestamp"),
            "brand_knowledge",
                    List.of(
                            "id uuid",
                            "knowledge_type text",
                            "title text",
                            "content text",
                            "embedding vector<float, 384>",
                            "relevance_score float",
                            "category text",
                            "status text",
                            "version int",
                            "created_at timestamp",
                            "updated_at timestamp"),
            "content_library",
                    List.of(
                            "id uuid",
                            "title text",
                            "description text",
                            "content_type text",
                            "platform_specs map<text, text>",
                            "script_content text",
                            "media_prompts text",
                            "compliance_notes text",
                            "performance_metrics map<text, float>",
                            "status text",
                            "created_at timestamp",
                            "updated_at timestamp",
                            "published_at timestamp"),
            "publication_schedule",
                    List.of(
                            "id uuid",
                            "content_id uuid",
                            "platform text",
                            "scheduled_at timestamp",
                            "cycle_week int",
                            "cycle_day int",
                            "theme text",
                            "priority int",
                            "status text",
                            "result_data map<text, text>",
                            "created_at timestamp",
                            "updated_at timestamp"),
            "content_templates",
                    List.of(
                            "id uuid",
                            "template_name text",
                            "content_type text",
                            "platform text",
                            "template_structure text",
                            "script_template text",
                            "media_template text",
                            "compliance_requirements list<text>",
                            "usage_count int",
                            "performance_score float",
                            "created_at timestamp",
                            "updated_at timestamp"),
            "brand_guidelines",
                    List.of(
                            "id uuid",
                            "guideline_type text",
                            "category text",
                            "title text",
                            "description text",
                            "requirements list<text>",
                            "restrictions list<text>",
                            "examples text",
                            "severity_level text",
                            "platforms list<text>",
                            "created_at timestamp",
                            "updated_at timestamp"),
            "compliance_checks",
                    List.of(
                            "id uuid",
                            "content_id uuid",
                            "check_type text",
                            "check_result text",
                            "confidence_score float",
                            "issues_found list<text>",
                            "recommendations text",
                            "reviewer_id uuid",
                            "reviewed_at timestamp",
                            "created_at timestamp"),
            "agent_memory",
                    List.of(
                            "id uuid",
                            "agent_type text",
                            "memory_type text",
                            "memory_key text",
                            "memory_content text",
                            "embedding vector<float, 384>",
                            "relevance_score float",
                            "context_data map<text, text>",
                            "expires_at timestamp",
                            "created_at timestamp",
                            "updated_at timestamp"),
            "agent_coordination",
                    List.of(
                            "id uuid",
                            "session_id uuid",
                            "agent_type text",
                            "task_description text",
                            "status text",
                            "dependencies list<uuid>",
                            "results text",
                            "coordination_data map<text, text>",
                            "started_at timestamp",
                            "completed_at timestamp",
                            "created_at timestamp"));

    /** The spec's secondary indexes (column per table), all of which must be SAI. */
    static final Map<String, List<String>> SPEC_INDEXED = Map.of(
            "content_embeddings", List.of("content_type", "platform", "compliance_status", "created_at", "embedding"),
            "brand_knowledge", List.of("knowledge_type", "category", "status", "embedding"),
            "content_library", List.of("content_type", "status", "published_at"),
            "publication_schedule", List.of("platform", "scheduled_at", "status", "cycle_week", "cycle_day"),
            "content_templates", List.of("content_type", "platform", "performance_score"),
            "brand_guidelines", List.of("guideline_type", "category", "severity_level"),
            "compliance_checks", List.of("content_id", "check_type", "check_result"),
            "agent_memory", List.of("agent_type", "memory_type", "memory_key", "expires_at", "embedding"),
            "agent_coordination", List.of("session_id", "agent_type", "status"));

    private static CassandraServer server;
    private static CqlSession admin;
    private static final List<String> keyspaces = new ArrayList<>();

    @BeforeAll
    static void connect(CassandraServer shared) {
        server = shared;
        admin = TestCassandra.session(server);
    }

    @AfterAll
    static void dropKeyspaces() {
        keyspaces.forEach(keyspace -> TestCassandra.dropKeyspace(admin, keyspace));
        admin.close();
    }

    /**
     * Every migration from an empty keyspace (one version at a time, each schema snapshotted), then from
     * every earlier version: the keyspace goes back to V(n) by the rollback scripts, must equal the V(n)
     * snapshot, and migrates forward again to the same latest schema keeping a row written at V(n).
     * Every rollback script runs (the way to V(n) ends with V(n+1)'s), and the last rollback goes to an
     * empty keyspace. One keyspace does it all: re-creating ~70 DDL statements' worth of schema per
     * version would take minutes on this machine.
     */
    @Test
    void everyMigrationAppliesFromEmptyAndFromEveryEarlierVersionAndEveryRollbackRestoresItsVersion() {
        String keyspace = freshKeyspace("versions");
        var settings = TestCassandra.settings(server, keyspace);
        try (CqlSession session = AstraConnection.open(settings)) {
            var schema = new AstraSchema(session, settings);
            assertThat(schema.currentVersion()).isZero();

            List<Set<String>> snapshots = new ArrayList<>();
            snapshots.add(snapshot(keyspace));
            for (int version = 1; version <= AstraSchema.latestVersion(); version++) {
                assertThat(schema.migrateTo(version)).isEqualTo(version);
                snapshots.add(snapshot(keyspace));
            }
            assertThat(schema.currentVersion()).isEqualTo(AstraSchema.latestVersion());
            assertThat(schema.storedDimension()).hasValue(384);
            assertEverySpecColumnAndIndex(snapshots.getLast());

            Set<String> latest = snapshots.getLast();
            for (int start = AstraSchema.latestVersion() - 1; start >= 1; start--) {
                assertThat(schema.rollbackTo(start)).isEqualTo(start);
                assertThat(snapshot(keyspace))
                        .as("schema after rollback to V%d", start)
                        .isEqualTo(snapshots.get(start));
                assertThat(schema.currentVersion()).isEqualTo(start);
                UUID id = UUID.randomUUID();
                session.execute(session.prepare("INSERT INTO content_library (id, title, status) VALUES (?, ?, ?)")
                        .bind(id, "Grounding morning routine " + start, "draft"));

                assertThat(schema.migrate()).isEqualTo(AstraSchema.latestVersion());

                assertThat(snapshot(keyspace))
                        .as("schema migrated from V%d", start)
                        .isEqualTo(latest);
                Row row = session.execute(session.prepare("SELECT title FROM content_library WHERE id = ?")
                                .bind(id))
                        .one();
                assertThat(row).isNotNull();
                assertThat(row.getString("title")).isEqualTo("Grounding morning routine " + start);
            }

            assertThat(schema.rollbackTo(0)).isZero();
            assertThat(snapshot(keyspace)).as("schema after rollback to V0").isEqualTo(snapshots.getFirst());
            assertThat(schema.currentVersion()).isZero();
            assertThat(schema.storedDimension()).isEmpty();
        }
    }

    private static void assertEverySpecColumnAndIndex(Set<String> latest) {
        SPEC_COLUMNS.forEach((table, columns) ->
                columns.forEach(column -> assertThat(latest).contains("column " + table + "." + column)));
        SPEC_INDEXED.forEach((table, columns) -> columns.forEach(column -> assertThat(latest)
                .anyMatch(entry -> entry.startsWith("index " + table + ".")
                        && entry.contains("target=" + column + "}")
                        && entry.contains("class_name=StorageAttachedIndex"))));
        for (String vectorTable : List.of("content_embeddings", "brand_knowledge", "agent_memory")) {
            assertThat(latest)
                    .anyMatch(entry -> entry.startsWith("index " + vectorTable + ".")
                            && entry.contains("target=embedding}")
                            && entry.contains("similarity_function=cosine"));
            assertThat(latest).contains("column " + vectorTable + ".embedding_model text");
        }
        assertThat(latest).contains("column publication_calendar.week text", "column change_feed.change_id timeuuid");
    }

    /**
     * The lock, in one keyspace: a holder working longer than the lock's TTL keeps renewing it (a second
     * desktop fails naming it, even after the first TTL ran out), and then two desktops migrating at once
     * apply each remaining version exactly once.
     */
    @Test
    void aMigrationLongerThanTheLockTtlKeepsItAndDesktopsMigratingAtOnceApplyEachVersionOnce() throws Exception {
        String keyspace = freshKeyspace("lock");
        var settings = TestCassandra.settings(server, keyspace);
        Duration ttl = Duration.ofSeconds(2);
        try (CqlSession desktopA = AstraConnection.open(settings);
                CqlSession desktopB = AstraConnection.open(settings);
                var pool = Executors.newFixedThreadPool(2)) {
            var slow = new AstraSchema(desktopA, settings, "desktop-a", Duration.ofSeconds(5), ttl, Clock.systemUTC());
            assertThat(slow.migrateTo(1)).isEqualTo(1);
            // work under the lock for three TTLs: a real migration's length depends on the machine, this not
            CountDownLatch holding = new CountDownLatch(1);
            Future<Integer> longMigration = pool.submit(() -> slow.locked(() -> {
                holding.countDown();
                sleepQuietly(ttl.multipliedBy(3));
                return 0;
            }));
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(ttl.multipliedBy(2).toMillis()); // past the TTL the lock was first taken with

            var other = new AstraSchema(desktopB, settings, "desktop-b", Duration.ZERO, ttl, Clock.systemUTC());
            assertThatThrownBy(other::migrate)
                    .isInstanceOf(TeamStoreException.class)
                    .hasMessageContaining("being migrated by desktop-a")
                    .hasMessageContaining("expires by itself 2 s after that desktop stops renewing it");
            assertThat(longMigration.get()).isZero();
            assertThat(desktopA.execute("SELECT * FROM schema_lock").all()).isEmpty();

            // both desktops start the remaining migrations at once; the lock serialises them
            Callable<Integer> a =
                    () -> new AstraSchema(desktopA, settings, "desktop-a", Duration.ofSeconds(90), Clock.systemUTC())
                            .migrate();
            Callable<Integer> b =
                    () -> new AstraSchema(desktopB, settings, "desktop-b", Duration.ofSeconds(90), Clock.systemUTC())
                            .migrate();
            for (Future<Integer> result : pool.invokeAll(List.of(a, b))) {
                assertThat(result.get()).isEqualTo(AstraSchema.latestVersion());
            }
            List<Row> history = desktopA.execute("SELECT version, applied_by FROM schema_version")
                    .all();
            assertThat(history).hasSize(AstraSchema.latestVersion());
            assertThat(history)
                    .extracting(row -> row.getInt(0) + " " + row.getString(1))
                    .contains("1 desktop-a");
            // whoever got the lock first applied every remaining version, the other found nothing to do
            assertThat(history.stream()
                            .filter(row -> row.getInt("version") > 1)
                            .map(row -> row.getString("applied_by"))
                            .distinct())
                    .hasSize(1);
            assertThat(desktopA.execute("SELECT * FROM schema_lock").all()).isEmpty();
        }
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while holding the lock", e);
        }
    }

    @Test
    void aHeldLockMakesTheSecondDesktopFailNamingTheHolder() {
        String keyspace = freshKeyspace("locked");
        var settings = TestCassandra.settings(server, keyspace);
        try (CqlSession session = AstraConnection.open(settings)) {
            var schema = new AstraSchema(session, settings, "desktop-b", Duration.ofSeconds(1), Clock.systemUTC());
            assertThat(schema.currentVersion()).isZero();
            session.execute(session.prepare("INSERT INTO schema_lock (name, owner, acquired_at) VALUES (?, ?, ?)")
                    .bind("migration", "desktop-a (reviewer laptop)", Instant.now()));

            assertThatThrownBy(schema::migrate)
                    .isInstanceOf(TeamStoreException.class)
                    .hasMessageContaining("being migrated by desktop-a (reviewer laptop)")
                    .extracting(error -> ((TeamStoreException) error).reason())
                    .isEqualTo(Reason.SCHEMA_LOCKED);
            assertThat(schema.currentVersion()).isZero();
        }
    }

    @Test
    void aKeyspaceCreatedForAnotherDimensionOrWithAnEditedMigrationIsRefused() {
        String keyspace = freshKeyspace("mismatch");
        var settings = TestCassandra.settings(server, keyspace);
        try (CqlSession session = AstraConnection.open(settings)) {
            var schema = new AstraSchema(session, settings);
            assertThat(schema.currentVersion()).isZero();
            session.execute(session.prepare("INSERT INTO store_settings (name, value) VALUES (?, ?)")
                    .bind("vector_dimension", "1536"));
            assertThatThrownBy(schema::migrate)
                    .isInstanceOf(TeamStoreException.class)
                    .hasMessageContaining("created with vector dimension 1536, the settings ask for 384");

            session.execute(
                    session.prepare("DELETE FROM store_settings WHERE name = ?").bind("vector_dimension"));
            session.execute(session.prepare("INSERT INTO schema_version (version, checksum) VALUES (?, ?)")
                    .bind(1, "0123456789abcdef"));
            assertThatThrownBy(schema::migrate)
                    .isInstanceOf(TeamStoreException.class)
                    .hasMessageContaining("migration V1 was applied from a different script");
            assertThat(schema.storedDimension()).isEmpty();
        }
    }

    private static String freshKeyspace(String suffix) {
        String keyspace = PREFIX + "_" + suffix;
        TestCassandra.recreateKeyspace(admin, keyspace);
        keyspaces.add(keyspace);
        return keyspace;
    }

    /** Columns with types and indexes with options, excluding the migration bookkeeping tables. */
    private static Set<String> snapshot(String keyspace) {
        Set<String> entries = new TreeSet<>();
        for (Row row : admin.execute(
                admin.prepare("SELECT table_name, column_name, type FROM system_schema.columns WHERE keyspace_name = ?")
                        .bind(keyspace))) {
            entries.add("column " + row.getString(0) + "." + row.getString(1) + " " + row.getString(2));
        }
        for (Row row : admin.execute(admin.prepare(
                        "SELECT table_name, index_name, options FROM system_schema.indexes WHERE keyspace_name = ?")
                .bind(keyspace))) {
            entries.add("index " + row.getString(0) + "." + row.getString(1) + " "
                    + new java.util.TreeMap<>(row.getMap(2, String.class, String.class)) + ",");
        }
        entries.removeIf(entry -> entry.matches("column (schema_version|schema_lock|store_settings)\\..*"));
        return entries;
    }
}
