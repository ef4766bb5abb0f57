package com.eesystem.curator.storage.local;

import com.eesystem.curator.domain.brand.GuidelineId;
import com.eesystem.curator.domain.brand.KnowledgeId;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.demo.DemoRecord;
import com.eesystem.curator.domain.sync.ChangeOperation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The demo_workspace table (V12, brand knowledge since V16): the demo's content, guideline and brand
 * knowledge ids and whether it was seeded or cleared. The demo stays local: its outbox rows are dropped when it is recorded and when it is cleared.
 */
final class SqliteDemoRecord implements DemoRecord {

    private static final String CONTENT = SqliteContentLibrary.ENTITY;
    private static final String GUIDELINES = SqliteBrandGuidelines.ENTITY;
    private static final String KNOWLEDGE = SqliteBrandKnowledge.ENTITY;
    private static final String WORKSPACE = "workspace";

    private final LocalDatabase database;
    private final OutboxWriter outbox;

    SqliteDemoRecord(LocalDatabase database, OutboxWriter outbox) {
        this.database = database;
        this.outbox = outbox;
    }

    @Override
    public State state() {
        return database.read("reading the demo workspace record", connection -> {
            Set<String> workspace = ids(connection, WORKSPACE);
            if (workspace.contains("cleared")) {
                return new State.Cleared();
            }
            if (!workspace.contains("seeded")) {
                return new State.NotSeeded();
            }
            return new State.Seeded(
                    ids(connection, CONTENT).stream().map(ContentId::parse).collect(Collectors.toSet()),
                    ids(connection, GUIDELINES).stream().map(GuidelineId::parse).collect(Collectors.toSet()),
                    ids(connection, KNOWLEDGE).stream().map(KnowledgeId::parse).collect(Collectors.toSet()));
        });
    }

    @Override
    public void remember(List<ContentId> content, List<GuidelineId> guidelines, List<KnowledgeId> knowledge) {
        database.write("recording the demo workspace", connection -> {
            for (ContentId id : content) {
                insert(connection, CONTENT, id.toString());
            }
            for (GuidelineId id : guidelines) {
                insert(connection, GUIDELINES, id.toString());
            }
            for (KnowledgeId id : knowledge) {
                insert(connection, KNOWLEDGE, id.toString());
            }
            // seeding again by hand (curator demo seed) after a clear: the demo is back
            try (PreparedStatement seededAgain = connection.prepareStatement(
                    "DELETE FROM demo_workspace WHERE entity = ? AND entity_id = 'cleared'")) {
                seededAgain.setString(1, WORKSPACE);
                seededAgain.executeUpdate();
            }
            insert(connection, WORKSPACE, "seeded");
            for (Row row : rowsOf(connection)) {
                dropPendingChanges(connection, row);
            }
            return null;
        });
    }

    @Override
    public Removed clear() {
        return database.write("clearing the demo workspace", connection -> {
            List<Row> rows = rowsOf(connection);
            for (Row row : rows) {
                if (dropPendingChanges(connection, row)) {
                    outbox.append(connection, row.entity(), row.id(), ChangeOperation.DELETE, "{}");
                }
            }
            int decisions = deleteByContent(connection, SqliteReviewDecisions.ENTITY);
            int checks = deleteByContent(connection, SqliteComplianceChecks.ENTITY);
            int schedule = deleteByContent(connection, SqlitePublicationSchedule.ENTITY);
            int items = deleteDemoRows(connection, CONTENT);
            int guidelines = deleteDemoRows(connection, GUIDELINES);
            int knowledge = deleteDemoRows(connection, KNOWLEDGE);
            try (PreparedStatement forget = connection.prepareStatement("DELETE FROM demo_workspace")) {
                forget.executeUpdate();
            }
            insert(connection, WORKSPACE, "cleared");
            return new Removed(items, checks, decisions, schedule, guidelines, knowledge);
        });
    }

    /** One synced row of the demo: its table (the outbox entity) and id. */
    private record Row(String entity, String id) {}

    /** Every row the demo owns: its content, guidelines and knowledge, and the checks, decisions and schedule entries of its content. */
    private static List<Row> rowsOf(Connection connection) throws SQLException {
        List<Row> rows = new ArrayList<>();
        for (String id : ids(connection, CONTENT)) {
            rows.add(new Row(CONTENT, id));
        }
        for (String entity : List.of(GUIDELINES, KNOWLEDGE)) {
            for (String id : ids(connection, entity)) {
                rows.add(new Row(entity, id));
            }
        }
        for (String table : List.of(
                SqliteComplianceChecks.ENTITY, SqliteReviewDecisions.ENTITY, SqlitePublicationSchedule.ENTITY)) {
            // table names come from the constants above, never from input
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM " + table
                    + " WHERE content_id IN (SELECT entity_id FROM demo_workspace WHERE entity = ?)")) {
                select.setString(1, CONTENT);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        rows.add(new Row(table, result.getString(1)));
                    }
                }
            }
        }
        return rows;
    }

    /** Drops the row's unpushed outbox changes; true when an earlier change of it was already pushed. */
    private static boolean dropPendingChanges(Connection connection, Row row) throws SQLException {
        try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM outbox WHERE entity = ? AND entity_id = ? AND pushed = 0")) {
            delete.setString(1, row.entity());
            delete.setString(2, row.id());
            delete.executeUpdate();
        }
        try (PreparedStatement pushed = connection.prepareStatement(
                "SELECT 1 FROM outbox WHERE entity = ? AND entity_id = ? AND pushed = 1 LIMIT 1")) {
            pushed.setString(1, row.entity());
            pushed.setString(2, row.id());
            try (ResultSet result = pushed.executeQuery()) {
                return result.next();
            }
        }
    }

    private static int deleteByContent(Connection connection, String table) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table
                + " WHERE content_id IN (SELECT entity_id FROM demo_workspace WHERE entity = ?)")) {
            delete.setString(1, CONTENT);
            return delete.executeUpdate();
        }
    }

    private static int deleteDemoRows(Connection connection, String table) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM " + table + " WHERE id IN (SELECT entity_id FROM demo_workspace WHERE entity = ?)")) {
            delete.setString(1, table);
            return delete.executeUpdate();
        }
    }

    private static Set<String> ids(Connection connection, String entity) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT entity_id FROM demo_workspace WHERE entity = ? ORDER BY entity_id")) {
            select.setString(1, entity);
            Set<String> ids = new LinkedHashSet<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getString(1));
                }
            }
            return ids;
        }
    }

    private static void insert(Connection connection, String entity, String id) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO demo_workspace (entity, entity_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, entity);
            insert.setString(2, id);
            insert.executeUpdate();
        }
    }
}
