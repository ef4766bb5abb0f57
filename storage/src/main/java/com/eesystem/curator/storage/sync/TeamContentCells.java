package com.eesystem.curator.storage.sync;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Statement;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.sync.ChangeOperation;
import com.eesystem.curator.domain.sync.ChangeStamp;
import com.eesystem.curator.domain.sync.HlcTimestamp;
import com.eesystem.curator.domain.sync.OutboxEntry;
import com.eesystem.curator.storage.codec.JsonCodec;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a pushed content change to the team's content_library: only the columns the change wrote, each
 * with the change's hybrid-logical-clock time as the cell's write timestamp. Cassandra keeps the cell
 * with the highest timestamp, which is the same field version every desktop's merge keeps, so the team
 * table converges with the desktops whatever order pushes arrive in.
 */
final class TeamContentCells {

    private static final Logger LOG = LoggerFactory.getLogger(TeamContentCells.class);

    private static final Map<String, String> COLUMNS = Map.of(
            "body.title", "title",
            "body.description", "description",
            "body.contentType", "content_type",
            "body.scriptContent", "script_content",
            "body.mediaPrompts", "media_prompts",
            "body.platformSpecs", "platform_specs",
            "complianceNotes", "compliance_notes",
            "performanceMetrics", "performance_metrics",
            "createdAt", "created_at");

    private final CqlSession session;
    /** One prepared INSERT per set of written columns (a first save writes all, an edit a few). */
    private final Map<List<String>, PreparedStatement> inserts = new ConcurrentHashMap<>();

    private final PreparedStatement delete;

    TeamContentCells(CqlSession session) {
        this.session = session;
        this.delete = session.prepare("DELETE FROM content_library USING TIMESTAMP ? WHERE id = ?");
    }

    /** The Cassandra write timestamp (microseconds) of a clock reading; ordered like the readings. */
    static long writeTime(HlcTimestamp at) {
        // 1000 logical ticks per millisecond fit in the microseconds; beyond that the order is approximate
        return at.physicalMillis() * 1000 + Math.min(at.logical(), 999);
    }

    /** The write of a pushed change's team cells; empty when the change has none (kept in the feed only). */
    Optional<Statement<?>> statement(OutboxEntry entry) {
        if (!entry.entityType().equals(ContentFields.ENTITY)) {
            return Optional.empty(); // kept in the change feed only (docs/sync.md)
        }
        UUID id = UUID.fromString(entry.entityId());
        long writeTime = writeTime(entry.timestamp());
        if (entry.operation() == ChangeOperation.DELETE) {
            return Optional.of(delete.bind(writeTime, id));
        }
        RowState state;
        try {
            state = RowState.fromJson(entry.payloadJson());
        } catch (IllegalArgumentException e) {
            LOG.warn(
                    "content change {} #{} has no field versions; kept in the change feed only: {}",
                    entry.deviceId(),
                    entry.sequence(),
                    e.getMessage());
            return Optional.empty();
        }
        Map<String, String> changed = state.changedAt(new ChangeStamp(entry.timestamp(), entry.deviceId()));
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        // every cell of one change carries the change's time: one INSERT (one mutation) writes them all
        JsonCodec codec = JsonCodec.instance();
        Map<String, Object> cells = new TreeMap<>();
        cells.put("updated_at", entry.timestamp().physicalTime());
        for (var field : changed.entrySet()) {
            JsonNode value = codec.tree(field.getValue());
            if (field.getKey().equals(ContentFields.STATUS)) {
                JsonNode published = value.path("publishedAt");
                cells.put(
                        "status",
                        ContentStatus.valueOf(value.path("status").asText()).storedValue());
                cells.put("published_at", published.isTextual() ? Instant.parse(published.asText()) : null);
                continue;
            }
            String column = COLUMNS.get(field.getKey());
            if (column != null) { // caption, hashtags, platforms, author: no team column, carried by the feed
                cells.put(column, cell(column, value, codec));
            }
        }
        List<String> columns = List.copyOf(cells.keySet());
        PreparedStatement insert = inserts.computeIfAbsent(columns, this::prepareInsert);
        List<Object> values = new ArrayList<>(columns.size() + 2);
        values.add(id);
        values.addAll(cells.values());
        values.add(writeTime);
        return Optional.of(insert.bind(values.toArray()));
    }

    private PreparedStatement prepareInsert(List<String> columns) {
        return session.prepare("INSERT INTO content_library (id, " + String.join(", ", columns) + ") VALUES (?"
                + ", ?".repeat(columns.size()) + ") USING TIMESTAMP ?");
    }

    private static Object cell(String column, JsonNode value, JsonCodec codec) {
        if (value.isNull()) {
            return null;
        }
        return switch (column) {
            case "media_prompts" -> codec.write(value);
            case "platform_specs" -> codec.mapper().convertValue(value, new TypeReference<Map<String, String>>() {});
            case "performance_metrics" ->
                codec.mapper().convertValue(value, new TypeReference<Map<String, Float>>() {});
            case "created_at" -> Instant.parse(value.asText());
            case "content_type" -> ContentType.valueOf(value.asText()).storedValue();
            default -> value.asText();
        };
    }
}
