package com.eesystem.curator.storage.local;

import com.eesystem.curator.storage.codec.JsonCodec;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A whole row as its outbox change record carries it, for the tables no adapter rewrites on replay
 * (append-only and local-only ones): every column by name. The adapter inserts the row from the image
 * and writes the image as the change's payload, so the record holds every column by construction, and
 * {@link SegmentReplay} puts the row back from it exactly as it was written.
 *
 * <p>Values are text, integers or null; a list or map (a JSON-in-TEXT column) is stored as its JSON text
 * and carried as JSON in the payload. Column names come from {@link Table}, never from a payload.
 */
final class RowImage {

    /** What a replayed row does when the table already holds its key. */
    enum OnConflict {
        /** Append-only rows: the one already there is the same row (a snapshot or a pull holds it). */
        KEEP,
        /** Local rows that change (a profile's role or key): the image is the row's newest state. */
        REPLACE
    }

    /**
     * A table whose rows travel as images.
     *
     * @param name the table
     * @param key the primary-key column
     * @param columns every column the image carries, in insert order (the key among them)
     */
    record Table(String name, String key, List<String> columns, OnConflict onConflict) {
        Table {
            columns = List.copyOf(columns);
            if (!columns.contains(key)) {
                throw new IllegalArgumentException("key: " + key + " is not among the columns of " + name);
            }
        }

        RowImage image() {
            return new RowImage(this);
        }

        /**
         * Puts the row of a change record back; false when the table already held it (KEEP) or nothing
         * changed. A column missing from the record is refused, naming the table and the column.
         */
        boolean restore(Connection connection, JsonNode payload) throws SQLException {
            RowImage row = image();
            for (String column : columns) {
                JsonNode value = payload.get(column);
                if (value == null) {
                    throw new IllegalArgumentException(
                            name + " change record: column " + column + " is missing (" + payload + ")");
                }
                row.values.put(column, value);
            }
            try (PreparedStatement insert = connection.prepareStatement(restoreSql())) {
                row.bind(insert);
                return insert.executeUpdate() == 1;
            }
        }

        /** The row with this key as the table holds it now, as an image of its columns. */
        RowImage current(Connection connection, String keyValue) throws SQLException {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + String.join(", ", columns) + " FROM " + name + " WHERE " + key + " = ?")) {
                select.setString(1, keyValue);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException(name + " has no row " + key + " = " + keyValue);
                    }
                    RowImage image = image();
                    for (int i = 0; i < columns.size(); i++) {
                        image.values.put(columns.get(i), row.getObject(i + 1));
                    }
                    return image;
                }
            }
        }

        private String insertSql() {
            return "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES ("
                    + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        }

        private String restoreSql() {
            String sql = insertSql();
            return switch (onConflict) {
                case KEEP -> sql + " ON CONFLICT DO NOTHING";
                case REPLACE ->
                    sql + " ON CONFLICT (" + key + ") DO UPDATE SET "
                            + columns.stream()
                                    .filter(c -> !c.equals(key))
                                    .map(c -> c + " = excluded." + c)
                                    .collect(Collectors.joining(", "));
            };
        }
    }

    private final JsonCodec codec = JsonCodec.instance();
    private final Table table;
    private final Map<String, Object> values = new LinkedHashMap<>();

    private RowImage(Table table) {
        this.table = table;
    }

    /** Sets a column; every column of the table must be set before the row is written. */
    RowImage with(String column, Object value) {
        if (!table.columns().contains(column)) {
            throw new IllegalArgumentException(table.name() + " has no column " + column);
        }
        values.put(column, value);
        return this;
    }

    String keyValue() {
        return String.valueOf(values.get(table.key()));
    }

    /** The change record's payload: every column, lists and maps as JSON. */
    String payload() {
        complete();
        return codec.write(values);
    }

    /** Inserts the row as a new one: a row with the same key already there fails (a local change is new). */
    void insertNew(Connection connection) throws SQLException {
        complete();
        try (PreparedStatement insert = connection.prepareStatement(table.insertSql())) {
            bind(insert);
            insert.executeUpdate();
        }
    }

    private void complete() {
        for (String column : table.columns()) {
            if (!values.containsKey(column)) {
                throw new IllegalStateException(table.name() + " row image: column " + column + " was not set");
            }
        }
    }

    private void bind(PreparedStatement statement) throws SQLException {
        int index = 1;
        for (String column : table.columns()) {
            bind(statement, index++, values.get(column));
        }
    }

    private void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        switch (value) {
            case null -> statement.setNull(index, Types.NULL);
            case JsonNode node when node.isNull() -> statement.setNull(index, Types.NULL);
            case JsonNode node when node.isIntegralNumber() -> statement.setLong(index, node.asLong());
            case JsonNode node when node.isTextual() -> statement.setString(index, node.asText());
            case JsonNode node when node.isContainerNode() -> statement.setString(index, codec.write(node));
            case JsonNode node ->
                throw new IllegalArgumentException(
                        table.name() + " change record: " + node + " is neither text, an integer nor JSON");
            case String text -> statement.setString(index, text);
            case Long number -> statement.setLong(index, number);
            case Integer number -> statement.setLong(index, number);
            case List<?> list -> statement.setString(index, codec.write(list));
            case Map<?, ?> map -> statement.setString(index, codec.write(map));
            default ->
                throw new IllegalArgumentException(
                        table.name() + ": cannot store " + value.getClass().getSimpleName() + " " + value);
        }
    }
}
