package com.eesystem.curator.storage.sync;

import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.sync.FieldMerge.FieldKind;
import com.eesystem.curator.storage.codec.JsonCodec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A content item as the fields sync merges one by one. Body properties are fields of their own
 * ({@code body.caption}); status and published_at travel together as {@code status} because the item
 * refuses one without the other. id, version, revision and updated_at are not merged: they are local
 * bookkeeping, derived again when a merged item is written.
 */
final class ContentFields {

    static final String ENTITY = "content_library";
    static final String STATUS = "status";
    static final String BODY_PREFIX = "body.";

    private static final Set<String> TEXT =
            Set.of("body.title", "body.description", "body.caption", "body.scriptContent", "complianceNotes");
    private static final Set<String> TOP_LEVEL =
            Set.of("authorId", "complianceNotes", "performanceMetrics", "createdAt");

    private ContentFields() {}

    static FieldKind kindOf(String field) {
        return TEXT.contains(field) ? FieldKind.TEXT : FieldKind.VALUE;
    }

    static boolean isBody(String field) {
        return field.startsWith(BODY_PREFIX);
    }

    /** Every merged field of the item as JSON text. */
    static Map<String, String> flatten(ContentItem item) {
        return flatten(JsonCodec.instance().mapper().valueToTree(item));
    }

    /**
     * The same for an item as the JSON the local store wrote for it (an outbox payload): read as a tree,
     * not bound to a {@link ContentItem} and back, which was most of a push's CPU time per change. The
     * texts equal the ones {@link #flatten(ContentItem)} gives (same serializer, keys sorted).
     */
    static Map<String, String> flatten(String itemJson) {
        return flatten(JsonCodec.instance().tree(itemJson));
    }

    private static Map<String, String> flatten(JsonNode item) {
        JsonCodec codec = JsonCodec.instance();
        JsonNode tree = canonical(item);
        Map<String, String> fields = new TreeMap<>();
        for (var body : tree.path("body").properties()) {
            fields.put(BODY_PREFIX + body.getKey(), codec.write(body.getValue()));
        }
        for (String name : TOP_LEVEL) {
            fields.put(name, codec.write(tree.path(name)));
        }
        ObjectNode status = codec.mapper().createObjectNode();
        status.set("status", tree.path("status"));
        status.set("publishedAt", tree.path("publishedAt"));
        fields.put(STATUS, codec.write(status));
        return fields;
    }

    /** Object keys sorted at every level, so equal values have equal text whatever map they came from. */
    private static JsonNode canonical(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode sorted = JsonCodec.instance().mapper().createObjectNode();
            TreeMap<String, JsonNode> byKey = new TreeMap<>();
            object.properties().forEach(property -> byKey.put(property.getKey(), property.getValue()));
            byKey.forEach((key, value) -> sorted.set(key, canonical(value)));
            return sorted;
        }
        if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode array) {
            var copy = JsonCodec.instance().mapper().createArrayNode();
            array.forEach(element -> copy.add(canonical(element)));
            return copy;
        }
        return node;
    }

    static ContentStatus statusOf(String statusField) {
        // the JSON codec writes enums by name (DRAFT), not by their stored column value (draft)
        return ContentStatus.valueOf(
                JsonCodec.instance().tree(statusField).path("status").asText());
    }

    /** A status field value: {@code status} without a publication time. */
    static String statusValue(ContentStatus status) {
        JsonCodec codec = JsonCodec.instance();
        ObjectNode node = codec.mapper().createObjectNode();
        node.put("status", status.name());
        node.putNull("publishedAt");
        return codec.write(node);
    }

    /** A review decision that a stale edit must not overwrite and a later body edit voids. */
    static boolean isDecision(ContentStatus status) {
        return status == ContentStatus.APPROVED || status == ContentStatus.SCHEDULED;
    }

    /**
     * The item with {@code fields}, and the given bookkeeping. The field texts are JSON already: they are
     * spliced into one document and read once (a tree per field and a bound tree cost a pull most of its
     * CPU time per change); only the status field, which splits into two properties, is parsed.
     */
    static ContentItem rebuild(String id, Map<String, String> fields, long version, long revision, Instant updatedAt) {
        JsonCodec codec = JsonCodec.instance();
        StringBuilder body = new StringBuilder(2048).append('{');
        StringBuilder item = new StringBuilder(4096).append('{');
        item.append("\"id\":").append(codec.write(ContentId.parse(id)));
        item.append(",\"version\":").append(version);
        item.append(",\"revision\":").append(revision);
        item.append(",\"updatedAt\":").append(codec.write(updatedAt.toString()));
        for (var field : fields.entrySet()) {
            String name = field.getKey();
            if (isBody(name)) {
                if (body.length() > 1) {
                    body.append(',');
                }
                body.append(codec.write(name.substring(BODY_PREFIX.length())))
                        .append(':')
                        .append(field.getValue());
            } else if (name.equals(STATUS)) {
                JsonNode value = codec.tree(field.getValue());
                item.append(",\"status\":").append(jsonOrNull(value.path("status")));
                item.append(",\"publishedAt\":").append(jsonOrNull(value.path("publishedAt")));
            } else {
                item.append(',').append(codec.write(name)).append(':').append(field.getValue());
            }
        }
        item.append(",\"body\":").append(body).append("}}");
        try {
            return codec.mapper().readValue(item.toString(), ContentItem.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "merged content " + id + " is not a valid item: " + e.getOriginalMessage(), e);
        }
    }

    private static String jsonOrNull(JsonNode value) {
        return value.isMissingNode() ? "null" : JsonCodec.instance().write(value);
    }
}
