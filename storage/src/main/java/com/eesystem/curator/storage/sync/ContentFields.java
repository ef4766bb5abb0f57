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
        JsonCodec codec = JsonCodec.instance();
        JsonNode tree = canonical(codec.mapper().valueToTree(item));
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

    /** The item with {@code fields}, and the given bookkeeping. */
    static ContentItem rebuild(String id, Map<String, String> fields, long version, long revision, Instant updatedAt) {
        JsonCodec codec = JsonCodec.instance();
        ObjectNode tree = codec.mapper().createObjectNode();
        tree.set("id", codec.mapper().valueToTree(ContentId.parse(id)));
        tree.put("version", version);
        tree.put("revision", revision);
        ObjectNode body = tree.putObject("body");
        fields.forEach((name, json) -> {
            JsonNode value = codec.tree(json);
            if (isBody(name)) {
                body.set(name.substring(BODY_PREFIX.length()), value);
            } else if (name.equals(STATUS)) {
                tree.set("status", value.path("status"));
                tree.set("publishedAt", value.path("publishedAt"));
            } else {
                tree.set(name, value);
            }
        });
        tree.put("updatedAt", updatedAt.toString());
        try {
            return codec.mapper().treeToValue(tree, ContentItem.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "merged content " + id + " is not a valid item: " + e.getOriginalMessage(), e);
        }
    }
}
