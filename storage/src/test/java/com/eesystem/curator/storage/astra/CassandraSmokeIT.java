package com.eesystem.curator.storage.astra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.data.CqlVector;
import com.eesystem.curator.testsupport.CassandraServer;
import com.eesystem.curator.testsupport.CassandraServerExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The harness really runs Cassandra 5 with vectors and SAI: a vector column, an SAI index, an ANN query. */
@ExtendWith(CassandraServerExtension.class)
class CassandraSmokeIT {

    private static final int DIMENSION = 8;
    private static final String KEYSPACE = TestCassandra.keyspaceFor(CassandraSmokeIT.class);

    private static CqlSession session;

    @BeforeAll
    static void createSchema(CassandraServer server) {
        session = TestCassandra.session(server);
        TestCassandra.dropKeyspace(session, KEYSPACE);
        session.execute("CREATE KEYSPACE " + KEYSPACE
                + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
        session.execute("CREATE TABLE " + KEYSPACE
                + ".snippets (id uuid PRIMARY KEY, topic text, embedding vector<float, " + DIMENSION + ">)");
        session.execute(
                "CREATE CUSTOM INDEX snippets_embedding ON " + KEYSPACE
                        + ".snippets (embedding) USING 'StorageAttachedIndex' WITH OPTIONS = {'similarity_function': 'cosine'}");
        session.execute(
                "CREATE CUSTOM INDEX snippets_topic ON " + KEYSPACE + ".snippets (topic) USING 'StorageAttachedIndex'");
    }

    @AfterAll
    static void dropSchema() {
        if (session != null) {
            TestCassandra.dropKeyspace(session, KEYSPACE);
            session.close();
        }
    }

    @Test
    void annQueryReturnsTheStoredVectorFirstWithScoreOneAndHonoursAnSaiFilter() {
        var insert = session.prepare("INSERT INTO " + KEYSPACE + ".snippets (id, topic, embedding) VALUES (?, ?, ?)");
        var random = new Random(7);
        List<CqlVector<Float>> vectors = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            var vector = randomVector(random);
            var id = UUID.randomUUID();
            vectors.add(vector);
            ids.add(id);
            session.execute(insert.bind(id, i % 2 == 0 ? "sleep" : "energy", vector));
        }

        var ann = session.prepare("SELECT id, topic, similarity_cosine(embedding, ?) AS score FROM " + KEYSPACE
                + ".snippets ORDER BY embedding ANN OF ? LIMIT 5");
        List<Row> rows =
                session.execute(ann.bind(vectors.get(3), vectors.get(3))).all();
        assertThat(rows).hasSize(5);
        assertThat(rows.getFirst().getUuid("id")).isEqualTo(ids.get(3));
        assertThat(rows.getFirst().getFloat("score")).isCloseTo(1.0f, within(1e-5f));
        assertThat(rows).extracting(row -> row.getFloat("score")).isSortedAccordingTo((a, b) -> Float.compare(b, a));

        var filtered = session.prepare(
                "SELECT id, topic FROM " + KEYSPACE + ".snippets WHERE topic = ? ORDER BY embedding ANN OF ? LIMIT 10");
        List<Row> sleepRows =
                session.execute(filtered.bind("sleep", vectors.get(3))).all();
        assertThat(sleepRows)
                .hasSize(10)
                .allSatisfy(row -> assertThat(row.getString("topic")).isEqualTo("sleep"));
        assertThat(sleepRows).extracting(row -> row.getUuid("id")).doesNotContain(ids.get(3));
    }

    @Test
    void aStoppedServerRestartsOnTheSameDataWithItsRowsAndIndexes(CassandraServer server) {
        var id = UUID.randomUUID();
        var vector = randomVector(new Random(99));
        session.execute(session.prepare("INSERT INTO " + KEYSPACE + ".snippets (id, topic, embedding) VALUES (?, ?, ?)")
                .bind(id, "restart", vector));
        long pidBefore = server.pid();

        server.stop();
        assertThat(server.isRunning()).isFalse();
        server.start();
        assertThat(server.pid()).isNotEqualTo(pidBefore);

        // a new client sees the row and the ANN index that survived the SIGTERM stop
        try (CqlSession fresh = TestCassandra.session(server)) {
            var ann = fresh.prepare(
                    "SELECT id FROM " + KEYSPACE + ".snippets WHERE topic = ? ORDER BY embedding ANN OF ? LIMIT 1");
            Row first = fresh.execute(ann.bind("restart", vector)).one();
            assertThat(first).isNotNull();
            assertThat(first.getUuid("id")).isEqualTo(id);
        }
        // and the long-lived session of the other tests reconnects by itself
        awaitReconnected();
    }

    private static void awaitReconnected() {
        for (int attempt = 0; attempt < 150; attempt++) {
            try {
                session.execute("SELECT release_version FROM system.local");
                return;
            } catch (AllNodesFailedException reconnecting) {
                sleep();
            }
        }
        throw new AssertionError("the driver session did not reconnect within 30 s of the restart");
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static CqlVector<Float> randomVector(Random random) {
        List<Float> values = new ArrayList<>();
        for (int i = 0; i < DIMENSION; i++) {
            values.add(random.nextFloat() * 2 - 1);
        }
        return CqlVector.newInstance(values);
    }
}
