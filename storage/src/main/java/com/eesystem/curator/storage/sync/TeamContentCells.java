package com.eesystem.curator.storage.sync;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Statement;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.sync.ChangeOperation;
import com.eesystem.curator.domain.sync.ChangeStamp;
import com.eesystem.curator.domain.sync.HlcTimestamp;
import com.eesystem.curator.domain.sync.OutboxEntry;
import com.eesystem.curator.domain.user.UserId;
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
 *
 * <p>Every change also writes the row's bookkeeping, so a synced row is a whole item that the team
 * store's listings show (AstraContentLibrary skips rows without version, revision or author):
 * {@code version} = the change's write time (it goes up with every change, and an interactive LWT save
 * holding an older version loses its race instead of overwriting the change), {@code revision} = the
 * same time when the change touched the body (so it moves only with the body, and never passes the
 * version), and {@code updated_at}. The rule for sharing the table with LWT saves: docs/decisions/0004.
 */
final class TeamContentCells {

    private static final Logger LOG = LoggerFactory.getLogger(TeamContentCells.class);

    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("body.title", "title"),
            Map.entry("body.description", "description"),
            Map.entry("body.contentType", "content_type"),
            Map.entry("body.platforms", "platforms"),
            Map.entry("body.caption", "caption"),
            Map.entry("body.scriptContent", "script_content"),
            Map.entry("body.hashtags", "hashtags"),
            Map.entry("body.mediaPrompts", "media_prompts"),
            Map.entry("body.platformSpecs", "platform_specs"),
            Map.entry("authorId", "author_id"),
            Map.entry("complianceNotes", "compliance_notes"),
            Map.entry("performanceMetrics", "performance_metrics"),
            Map.entry("createdAt", "created_at"));

    private static final Map<String, String> FROZEN_TWINS =
            Map.of("platforms", "platform_list", "hashtags", "hashtag_list");

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
            return Optional.of(delete.bind(writeTime, id).setIdempotent(true));
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
        cells.put("version", writeTime);
        if (changed.keySet().stream().anyMatch(ContentFields::isBody)) {
            cells.put("revision", writeTime); // the newest body change's time: moves only with the body
        }
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
            if (column != null) {
                Object cell = cell(column, value, codec);
                cells.put(column, cell);
                // lists also go to their frozen twin (V006): a retried push rewrites one cell instead of
                // appending the elements again to the list
                Optional.ofNullable(FROZEN_TWINS.get(column)).ifPresent(twin -> cells.put(twin, cell));
            }
        }
        List<String> columns = List.copyOf(cells.keySet());
        PreparedStatement insert = inserts.computeIfAbsent(columns, this::prepareInsert);
        List<Object> values = new ArrayList<>(columns.size() + 2);
        values.add(id);
        values.addAll(cells.values());
        values.add(writeTime);
        // the write carries its own timestamp: repeating it (a retry, a speculative execution) changes nothing
        return Optional.of(insert.bind(values.toArray()).setIdempotent(true));
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
            case "hashtags" -> codec.mapper().convertValue(value, new TypeReference<List<String>>() {});
            // the codec writes enums by name (INSTAGRAM), the table holds their stored value (instagram)
            case "platforms" ->
                codec.mapper().convertValue(value, new TypeReference<List<Platform>>() {}).stream()
                        .map(Platform::storedValue)
                        .toList();
            case "author_id" -> codec.mapper().convertValue(value, UserId.class).value();
            default -> value.asText();
        };
    }
}
