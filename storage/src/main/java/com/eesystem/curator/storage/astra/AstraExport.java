package com.eesystem.curator.storage.astra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.ColumnDefinition;
import com.datastax.oss.driver.api.core.cql.PagingState;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.eesystem.curator.storage.codec.JsonCodec;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Logical backup of one team-store table to JSONL or CSV, streamed page by page (memory stays at one
 * page whatever the table's size). After every page the listener gets the rows written so far and a
 * resume token; an export that was cancelled or died continues from that token, appending to the same
 * file. "Changed since" exports read only rows whose updated_at (created_at for write-once tables) is
 * after a timestamp, through its SAI index.
 */
public final class AstraExport {

    private final CqlSession session;
    private final AstraSettings settings;

    public AstraExport(CqlSession session, AstraSettings settings) {
        this.session = session;
        this.settings = settings;
    }

    /** What to export. {@code resumeToken} comes from an earlier run's listener or {@link Result}. */
    public record Request(
            String table, TransferFormat format, Optional<Instant> changedSince, Optional<String> resumeToken) {
        public Request {
            TeamStoreTables.require(table);
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(changedSince, "changedSince");
            Objects.requireNonNull(resumeToken, "resumeToken");
        }

        public static Request all(String table, TransferFormat format) {
            return new Request(table, format, Optional.empty(), Optional.empty());
        }

        public Request changedSince(Instant since) {
            return new Request(table, format, Optional.of(since), resumeToken);
        }

        public Request resumeFrom(String token) {
            return new Request(table, format, changedSince, Optional.of(token));
        }
    }

    /** Called after each page is written and flushed. */
    @FunctionalInterface
    public interface Listener {
        void pageWritten(long rowsSoFar, Optional<String> resumeToken);
    }

    /** How an export ended. */
    public sealed interface Result {
        long rows();

        record Completed(long rows) implements Result {}

        /** Stopped between pages; {@code resumeToken} continues after the last page written. */
        record Cancelled(long rows, String resumeToken) implements Result {}
    }

    /**
     * Writes the table's rows to {@code out}. A CSV export writes its header only on a fresh start, so a
     * resumed export appends to the first part's file.
     */
    public Result export(Request request, Writer out, Listener listener, BooleanSupplier cancelled) {
        String table = request.table();
        String changedColumn = TeamStoreTables.CHANGED_AT.get(table);
        // table and column names come from TeamStoreTables' fixed list; the timestamp is bound
        PreparedStatement select = session.prepare("SELECT JSON * FROM " + table
                + (request.changedSince().isPresent() ? " WHERE " + changedColumn + " > ?" : ""));
        List<String> columns = columns(table);
        BoundStatement statement = request.changedSince()
                .map(select::bind)
                .orElseGet(select::bind)
                .setPageSize(settings.pageSize())
                .setIdempotent(true);
        try {
            if (request.format() == TransferFormat.CSV && request.resumeToken().isEmpty()) {
                out.write(CsvCodec.line(columns));
            }
            if (request.resumeToken().isPresent()) {
                statement = statement.setPagingState(
                        PagingState.fromString(request.resumeToken().get()));
            }
            long rows = 0;
            while (true) {
                ResultSet page = session.execute(statement);
                int available = page.getAvailableWithoutFetching();
                for (int i = 0; i < available; i++) {
                    Row row = page.one();
                    out.write(format(request.format(), columns, row.getString(0)));
                    rows++;
                }
                out.flush();
                PagingState next = page.getExecutionInfo().getSafePagingState();
                listener.pageWritten(rows, Optional.ofNullable(next).map(PagingState::toString));
                if (next == null) {
                    return new Result.Completed(rows);
                }
                if (cancelled.getAsBoolean()) {
                    return new Result.Cancelled(rows, next.toString());
                }
                statement = statement.setPagingState(next);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("export of " + table + " could not write", e);
        }
    }

    /** The table's columns in the order CSV exports write them. */
    List<String> columns(String table) {
        List<String> names = new ArrayList<>();
        for (ColumnDefinition column : session.prepare("SELECT * FROM " + TeamStoreTables.require(table))
                .getResultSetDefinitions()) {
            names.add(column.getName().asInternal());
        }
        return names;
    }

    private static String format(TransferFormat format, List<String> columns, String json) {
        if (format == TransferFormat.JSONL) {
            return json + "\n";
        }
        JsonNode row = JsonCodec.instance().tree(json);
        List<String> cells = new ArrayList<>(columns.size());
        for (String column : columns) {
            JsonNode value = row.get(column);
            cells.add(value == null || value.isNull() ? null : value.isTextual() ? value.asText() : value.toString());
        }
        return CsvCodec.line(cells);
    }
}
