package com.eesystem.curator.storage.astra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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

    private static CqlVector<Float> randomVector(Random random) {
        List<Float> values = new ArrayList<>();
        for (int i = 0; i < DIMENSION; i++) {
            values.add(random.nextFloat() * 2 - 1);
        }
        return CqlVector.newInstance(values);
    }
}
