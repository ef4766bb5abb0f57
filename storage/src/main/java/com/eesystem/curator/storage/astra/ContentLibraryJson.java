package com.eesystem.curator.storage.astra;

import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.user.UserId;
import com.eesystem.curator.storage.codec.JsonCodec;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A content_library row in CQL's JSON form (an export line, or a CSV record read into JSON) as a domain
 * {@link ContentItem}, so an import writes it through {@link AstraContentLibrary#putAsync} and the
 * item's own invariants check it. A row that is not a whole item (an export of a team store before
 * schema V5, or a hand-written partial row) is refused: listings skip such rows, so loading it would
 * report success for content nobody sees.
 */
final class ContentLibraryJson {

    private static final List<String> REQUIRED =
            List.of("version", "revision", "author_id", "title", "content_type", "status", "created_at", "updated_at");
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<Map<String, String>> TEXT_MAP = new TypeReference<>() {};

    /** CQL's JSON timestamps ({@code 2026-11-25 10:00:00.000Z}) and ISO-8601 ({@code 2026-11-25T10:00:00Z}). */
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .optionalEnd()
            .optionalStart()
            .appendLiteral(' ')
            .optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .toFormatter();

    private ContentLibraryJson() {}

    /** The item the row holds; fails with a message naming the column and the value. */
    static ContentItem item(ObjectNode row) {
        for (String column : REQUIRED) {
            if (!row.hasNonNull(column)) {
                throw new IllegalArgumentException(column + ": is missing; content_library rows must be whole"
                        + " Curator items (an export from before team-store schema V5 lacks caption, hashtags,"
                        + " platforms, author_id and revision)");
            }
        }
        if (!row.hasNonNull("platform_list") && !row.hasNonNull("platforms")) {
            throw new IllegalArgumentException(
                    "platforms: is missing (or platform_list); every item targets a" + " platform");
        }
        var body = new ContentBody(
                row.get("title").asText(),
                text(row, "description"),
                ContentType.fromStored(row.get("content_type").asText()),
                strings(row, "platform_list", "platforms").stream()
                        .map(Platform::fromStored)
                        .toList(),
                text(row, "caption"),
                text(row, "script_content"),
                strings(row, "hashtag_list", "hashtags"),
                prompts(row),
                row.hasNonNull("platform_specs")
                        ? JsonCodec.instance().mapper().convertValue(row.get("platform_specs"), TEXT_MAP)
                        : Map.of());
        return new ContentItem(
                new ContentId(UUID.fromString(row.get("id").asText())),
                row.get("version").asLong(),
                row.get("revision").asLong(),
                new UserId(UUID.fromString(row.get("author_id").asText())),
                body,
                ContentStatus.fromStored(row.get("status").asText()),
                text(row, "compliance_notes"),
                metrics(row),
                timestamp(row, "created_at"),
                timestamp(row, "updated_at"),
                row.hasNonNull("published_at") ? timestamp(row, "published_at") : null);
    }

    /** A timestamp cell: milliseconds since the epoch, or text; a zone-less text is UTC. */
    static Instant timestamp(ObjectNode row, String column) {
        JsonNode value = row.get(column);
        if (value.isIntegralNumber()) {
            return Instant.ofEpochMilli(value.asLong());
        }
        String text = value.asText().strip();
        try {
            TemporalAccessor parsed = TIMESTAMP.parse(text);
            LocalDateTime local = LocalDateTime.of(LocalDate.from(parsed), LocalTime.from(parsed));
            ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS)
                    ? ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS))
                    : ZoneOffset.UTC;
            return local.toInstant(offset);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    column + ": \"" + text + "\" is not a timestamp (e.g. 2026-11-25 10:00:00.000Z)", e);
        }
    }

    private static String text(ObjectNode row, String column) {
        return row.hasNonNull(column) ? row.get(column).asText() : "";
    }

    /** The frozen list column (V006), else the list of an export from before it, else empty. */
    private static List<String> strings(ObjectNode row, String frozen, String beforeV006) {
        String column = row.hasNonNull(frozen) ? frozen : beforeV006;
        return row.hasNonNull(column)
                ? JsonCodec.instance().mapper().convertValue(row.get(column), STRINGS)
                : List.of();
    }

    /** media_prompts is text holding a JSON list (the spec's column is text; the domain has a list). */
    private static List<String> prompts(ObjectNode row) {
        String prompts = text(row, "media_prompts");
        if (prompts.isBlank()) {
            return List.of();
        }
        try {
            return JsonCodec.instance().read(prompts, STRINGS);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "media_prompts: \"" + abbreviate(prompts) + "\" is not a JSON list of prompts", e);
        }
    }

    private static Map<String, Double> metrics(ObjectNode row) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        if (row.hasNonNull("performance_metrics")) {
            // the column is a float map: read each value as the float it will be stored as
            row.get("performance_metrics")
                    .properties()
                    .forEach(metric -> metrics.put(metric.getKey(), AstraContentEmbeddings.widen((float)
                            metric.getValue().asDouble())));
        }
        return metrics;
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }
}
