package com.eesystem.curator.storage.sync;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchType;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
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
    private final Map<String, PreparedStatement> writes = new java.util.HashMap<>();
    private final PreparedStatement writeStatus;
    private final PreparedStatement writeUpdatedAt;
    private final PreparedStatement delete;

    TeamContentCells(CqlSession session) {
        this.session = session;
        COLUMNS.values()
                .forEach(column -> writes.put(
                        column,
                        session.prepare(
                                "INSERT INTO content_library (id, " + column + ") VALUES (?, ?) USING TIMESTAMP ?")));
        this.writeStatus = session.prepare(
                "INSERT INTO content_library (id, status, published_at) VALUES (?, ?, ?) USING TIMESTAMP ?");
        this.writeUpdatedAt =
                session.prepare("INSERT INTO content_library (id, updated_at) VALUES (?, ?) USING TIMESTAMP ?");
        this.delete = session.prepare("DELETE FROM content_library USING TIMESTAMP ? WHERE id = ?");
    }

    /** The Cassandra write timestamp (microseconds) of a clock reading; ordered like the readings. */
    static long writeTime(HlcTimestamp at) {
        // 1000 logical ticks per millisecond fit in the microseconds; beyond that the order is approximate
        return at.physicalMillis() * 1000 + Math.min(at.logical(), 999);
    }

    CompletionStage<?> apply(OutboxEntry entry) {
        if (!entry.entityType().equals(ContentFields.ENTITY)) {
            return CompletableFuture.completedFuture(null); // kept in the change feed only (docs/sync.md)
        }
        UUID id = UUID.fromString(entry.entityId());
        long writeTime = writeTime(entry.timestamp());
        if (entry.operation() == ChangeOperation.DELETE) {
            return session.executeAsync(delete.bind(writeTime, id));
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
            return CompletableFuture.completedFuture(null);
        }
        Map<String, String> changed = state.changedAt(new ChangeStamp(entry.timestamp(), entry.deviceId()));
        if (changed.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        JsonCodec codec = JsonCodec.instance();
        BatchStatement batch = BatchStatement.newInstance(BatchType.UNLOGGED)
                .add(writeUpdatedAt.bind(id, entry.timestamp().physicalTime(), writeTime));
        for (var field : changed.entrySet()) {
            JsonNode value = codec.tree(field.getValue());
            if (field.getKey().equals(ContentFields.STATUS)) {
                JsonNode published = value.path("publishedAt");
                batch = batch.add(writeStatus.bind(
                        id,
                        ContentStatus.valueOf(value.path("status").asText()).storedValue(),
                        published.isTextual() ? Instant.parse(published.asText()) : null,
                        writeTime));
                continue;
            }
            String column = COLUMNS.get(field.getKey());
            if (column == null) {
                continue; // caption, hashtags, platforms, author: no team column, carried by the feed
            }
            batch = batch.add(writes.get(column).bind(id, cell(column, value, codec), writeTime));
        }
        return session.executeAsync(batch);
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
