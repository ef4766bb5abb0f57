package com.eesystem.curator.storage.astra;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.metadata.schema.ColumnMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.TableMetadata;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import com.datastax.oss.driver.api.core.type.ListType;
import com.datastax.oss.driver.api.core.type.MapType;
import com.datastax.oss.driver.api.core.type.SetType;
import com.datastax.oss.driver.api.core.type.VectorType;
import com.eesystem.curator.domain.stored.UnknownStoredValue;
import com.eesystem.curator.storage.codec.JsonCodec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Loads a JSONL or CSV export into a team-store table. Every row is checked before it is sent (known
 * columns, primary key present, each value of its column's CQL type, enumerated text one of the spec's
 * values); a bad row is reported with its line and reason and the good rows are loaded. Writes are
 * idempotent upserts ({@code INSERT ... JSON ... DEFAULT UNSET}), so importing a file twice is harmless
 * and columns absent from a row keep their stored value.
 *
 * <p>content_library rows must also be whole items ({@link ContentLibraryJson}); they are written through
 * the library's timestamped path ({@link AstraContentLibrary#putAsync}, docs/decisions/0004), so an
 * older export imported over newer rows never replaces a newer version of an item.
 */
public final class AstraImport {

    /** Rows in flight at once: enough to hide the round trip, few enough for a 2-core test server. */
    static final int IN_FLIGHT = 32;

    private static final String CONTENT_LIBRARY = "content_library";

    private final CqlSession session;
    private final AstraSettings settings;

    public AstraImport(CqlSession session, AstraSettings settings) {
        this.session = session;
        this.settings = settings;
    }

    /** A row that was not loaded: its line in the input (1-based) and why. */
    public record Rejected(long line, String reason) {}

    /**
     * The outcome: rows read, rows loaded and rows rejected, which must add up ({@link #reconciled()}).
     */
    public record Report(String table, long read, long loaded, List<Rejected> rejected) {
        public Report {
            rejected = List.copyOf(rejected);
        }

        public boolean reconciled() {
            return read == loaded + rejected.size();
        }
    }

    /**
     * Which of a file's row and a stored row wins. content_library is the table with a rule for it
     * (docs/decisions/0004); the other tables' rows are always written with the import's own time, so the
     * file wins there in both modes.
     */
    public enum Precedence {
        /**
         * The newer version wins: a content_library row is written with its own time (updated_at, version),
         * so an old export never rolls an item back, and a row deleted since the export stays deleted.
         */
        NEWER_WINS,
        /**
         * The file wins: restoring a backup. Rows are written with the import's time (later lines after
         * earlier ones), replacing stored rows and bringing back rows deleted since the export.
         */
        FILE_WINS
    }

    /** An import where the newer version of a content_library item wins. */
    public Report importRows(String table, TransferFormat format, Reader input, LongConsumer progress) {
        return importRows(table, format, Precedence.NEWER_WINS, input, progress);
    }

    public Report importRows(
            String table, TransferFormat format, Precedence precedence, Reader input, LongConsumer progress) {
        TeamStoreTables.require(table);
        TableMetadata metadata = session.getMetadata()
                .getKeyspace(settings.keyspace())
                .flatMap(keyspace -> keyspace.getTable(table))
                .orElseThrow(() -> new IllegalStateException(
                        "table " + settings.keyspace() + "." + table + " does not exist: run migrate first"));
        var shape = new Shape(metadata);
        RowWrite write;
        if (table.equals(CONTENT_LIBRARY)) {
            var library = new AstraContentLibrary(session, settings);
            long started = AstraContentLibrary.micros(Instant.now());
            write = precedence == Precedence.NEWER_WINS
                    ? (line, row) -> library.putAsync(ContentLibraryJson.item(row))
                    : (line, row) -> library.putAsync(ContentLibraryJson.item(row), started + line);
        } else {
            PreparedStatement insert = session.prepare("INSERT INTO " + table + " JSON ? DEFAULT UNSET");
            write = (line, row) ->
                    session.executeAsync(insert.bind(row.toString()).setIdempotent(true));
        }
        var loader = new Loader(write, progress);
        try (var reader = new BufferedReader(input)) {
            if (format == TransferFormat.JSONL) {
                readJsonLines(table, shape, reader, loader);
            } else {
                readCsv(table, shape, reader, loader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("import into " + table + " could not read its input", e);
        }
        return loader.finish(table);
    }

    private void readJsonLines(String table, Shape shape, BufferedReader reader, Loader loader) throws IOException {
        String line;
        long number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode row;
            try {
                row = JsonCodec.instance().tree(line);
            } catch (RuntimeException e) {
                loader.reject(number, e.getMessage());
                continue;
            }
            if (!(row instanceof ObjectNode object)) {
                loader.reject(number, "not a JSON object");
                continue;
            }
            loader.submit(number, object, shape.problem(table, object));
        }
    }

    private void readCsv(String table, Shape shape, BufferedReader reader, Loader loader) throws IOException {
        var records = new CsvCodec.RecordReader(reader);
        List<String> header = records.next();
        if (header == null) {
            return;
        }
        for (String column : header) {
            if (column == null || !shape.types.containsKey(column)) {
                throw new IllegalArgumentException("line 1: column \"" + column + "\" is not in table " + table);
            }
        }
        List<String> cells;
        while ((cells = records.next()) != null) {
            long line = records.startLine();
            if (cells.size() != header.size()) {
                loader.reject(line, cells.size() + " cells, the header has " + header.size());
                continue;
            }
            ObjectNode row = JsonCodec.instance().mapper().createObjectNode();
            String problem = null;
            for (int i = 0; i < header.size() && problem == null; i++) {
                String cell = cells.get(i);
                if (cell == null) {
                    continue;
                }
                String column = header.get(i);
                if (shape.isTextual(column)) {
                    row.set(column, TextNode.valueOf(cell));
                } else {
                    try {
                        row.set(column, JsonCodec.instance().tree(cell));
                    } catch (RuntimeException e) {
                        problem = column + ": \"" + cell + "\" is not a "
                                + shape.types.get(column).asCql(false, true);
                    }
                }
            }
            loader.submit(line, row, problem != null ? problem : shape.problem(table, row));
        }
    }

    /** Column types and primary key of the target table. */
    private final class Shape {
        final Map<String, DataType> types = new LinkedHashMap<>();
        final List<String> primaryKey = new ArrayList<>();

        Shape(TableMetadata table) {
            for (Map.Entry<CqlIdentifier, ColumnMetadata> column :
                    table.getColumns().entrySet()) {
                types.put(column.getKey().asInternal(), column.getValue().getType());
            }
            table.getPrimaryKey()
                    .forEach(column -> primaryKey.add(column.getName().asInternal()));
        }

        boolean isTextual(String column) {
            DataType type = types.get(column);
            return TEXTUAL.contains(type) || CSV_TEXT_LITERALS.contains(type);
        }

        /** Null when the row may be sent, else the first problem found. */
        String problem(String table, ObjectNode row) {
            for (String key : primaryKey) {
                if (!row.hasNonNull(key)) {
                    return key + ": is missing (primary key of " + table + ")";
                }
            }
            for (var field : row.properties()) {
                DataType type = types.get(field.getKey());
                if (type == null) {
                    return "column \"" + field.getKey() + "\" is not in table " + table;
                }
                String problem = check(field.getKey(), type, field.getValue());
                if (problem != null) {
                    return problem;
                }
                if (field.getValue().isTextual()) {
                    try {
                        TeamStoreTables.checkEnumerated(
                                table, field.getKey(), field.getValue().asText());
                    } catch (UnknownStoredValue e) {
                        return e.getMessage();
                    }
                }
            }
            return null;
        }

        private String check(String column, DataType type, JsonNode value) {
            if (value.isNull()) {
                return null;
            }
            String expected = type.asCql(false, true);
            String bad = column + ": " + abbreviate(value) + " is not a " + expected;
            if (TEXTUAL.contains(type)) {
                if (!value.isTextual()) {
                    return bad;
                }
                if (type.equals(DataTypes.UUID) || type.equals(DataTypes.TIMEUUID)) {
                    try {
                        UUID.fromString(value.asText());
                    } catch (IllegalArgumentException e) {
                        return bad;
                    }
                }
                return null;
            }
            if (type.equals(DataTypes.TIMESTAMP)) {
                return value.isTextual() || value.isIntegralNumber() ? null : bad;
            }
            if (type.equals(DataTypes.INT)) {
                return value.isIntegralNumber() && value.canConvertToInt() ? null : bad;
            }
            if (type.equals(DataTypes.BIGINT)) {
                return value.isIntegralNumber() && value.canConvertToLong() ? null : bad;
            }
            if (type.equals(DataTypes.FLOAT) || type.equals(DataTypes.DOUBLE)) {
                return value.isNumber() ? null : bad;
            }
            if (type.equals(DataTypes.BOOLEAN)) {
                return value.isBoolean() ? null : bad;
            }
            if (type instanceof VectorType vector) {
                if (!value.isArray() || value.size() != vector.getDimensions()) {
                    return column + ": expected " + vector.getDimensions() + " numbers (" + expected + "), got "
                            + (value.isArray() ? value.size() + " values" : abbreviate(value));
                }
                for (JsonNode element : value) {
                    if (!element.isNumber()) {
                        return column + ": " + abbreviate(element) + " in the vector is not a number";
                    }
                }
                return null;
            }
            if (type instanceof ListType list) {
                return value.isArray() ? elements(column, list.getElementType(), value) : bad;
            }
            if (type instanceof SetType set) {
                return value.isArray() ? elements(column, set.getElementType(), value) : bad;
            }
            if (type instanceof MapType map) {
                if (!value.isObject()) {
                    return bad;
                }
                for (var entry : value.properties()) {
                    String problem = check(column + "[" + entry.getKey() + "]", map.getValueType(), entry.getValue());
                    if (problem != null) {
                        return problem;
                    }
                }
                return null;
            }
            // other CQL types: the server's own JSON parsing judges them
            return null;
        }

        private String elements(String column, DataType elementType, JsonNode array) {
            for (int i = 0; i < array.size(); i++) {
                String problem = check(column + "[" + i + "]", elementType, array.get(i));
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
    }

    private static final Set<DataType> TEXTUAL =
            Set.of(DataTypes.TEXT, DataTypes.ASCII, DataTypes.UUID, DataTypes.TIMEUUID);

    /** Types whose CQL JSON form is a string: a CSV cell holds their text without JSON quotes. */
    private static final Set<DataType> CSV_TEXT_LITERALS =
            Set.of(DataTypes.TIMESTAMP, DataTypes.DATE, DataTypes.TIME, DataTypes.INET);

    private static String abbreviate(JsonNode value) {
        String text = value.toString();
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    /** Sends one checked row; fails with IllegalArgumentException when the row breaks its table's rules. */
    @FunctionalInterface
    private interface RowWrite {
        CompletionStage<?> send(long line, ObjectNode row);
    }

    /** Sends valid rows asynchronously, a bounded number at a time, and collects the outcome per line. */
    private final class Loader {
        private final RowWrite write;
        private final LongConsumer progress;
        private final Semaphore window = new Semaphore(IN_FLIGHT);
        private final AtomicLong loaded = new AtomicLong();
        private final ConcurrentLinkedQueue<Rejected> rejected = new ConcurrentLinkedQueue<>();
        private long read;

        Loader(RowWrite write, LongConsumer progress) {
            this.write = Objects.requireNonNull(write, "write");
            this.progress = Objects.requireNonNull(progress, "progress");
        }

        void reject(long line, String reason) {
            read++;
            rejected.add(new Rejected(line, reason));
        }

        void submit(long line, ObjectNode row, String problem) {
            if (problem != null) {
                reject(line, problem);
                return;
            }
            window.acquireUninterruptibly();
            CompletionStage<?> sent;
            try {
                sent = write.send(line, row);
            } catch (IllegalArgumentException notAnItem) {
                // the row as a domain record broke one of its rules (content_library): reported like a bad cell
                window.release();
                reject(line, notAnItem.getMessage());
                return;
            }
            read++;
            sent.whenComplete((result, failure) -> {
                if (failure == null) {
                    long done = loaded.incrementAndGet();
                    if (done % settings.pageSize() == 0) {
                        progress.accept(done);
                    }
                } else {
                    rejected.add(new Rejected(line, reason(failure)));
                }
                window.release();
            });
        }

        Report finish(String table) {
            window.acquireUninterruptibly(IN_FLIGHT);
            window.release(IN_FLIGHT);
            progress.accept(loaded.get());
            List<Rejected> sorted = new ArrayList<>(rejected);
            sorted.sort(Comparator.comparingLong(Rejected::line));
            return new Report(table, read, loaded.get(), sorted);
        }

        private static String reason(Throwable failure) {
            Throwable cause =
                    failure.getCause() != null && !(failure instanceof DriverException) ? failure.getCause() : failure;
            return "refused by the cluster: " + cause.getMessage();
        }
    }
}
