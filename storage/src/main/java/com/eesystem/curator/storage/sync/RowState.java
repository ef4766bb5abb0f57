package com.eesystem.curator.storage.sync;

import com.eesystem.curator.domain.sync.ChangeStamp;
import com.eesystem.curator.domain.sync.DeviceId;
import com.eesystem.curator.domain.sync.FieldVersion;
import com.eesystem.curator.domain.sync.HlcTimestamp;
import com.eesystem.curator.storage.codec.JsonCodec;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every field of one synced row with the stamp of its value, plus the body stamps a review decision was
 * made on. It is both the payload pushed to the change feed (the "envelope") and what {@code sync_rows}
 * keeps as the confirmed base a local edit is diffed against.
 *
 * <p>JSON: {@code {"fields": {name: {"value": json, "stamp": "hlc@device", "basedOn": "hlc@device"|null}},
 * "approvedBasis": {name: "hlc@device"}}}, values as JSON text so any field type round-trips unchanged.
 *
 * @param approvedBasis the stamps of the body fields when the current approval was given; empty when the
 *     row is not approved
 */
record RowState(Map<String, FieldVersion> fields, Map<String, ChangeStamp> approvedBasis) {

    static final RowState EMPTY = new RowState(Map.of(), Map.of());

    RowState {
        fields = Map.copyOf(Objects.requireNonNull(fields, "fields"));
        approvedBasis = Map.copyOf(Objects.requireNonNull(approvedBasis, "approvedBasis"));
    }

    static String stampText(ChangeStamp stamp) {
        return stamp.at().toText() + "@" + stamp.device().value();
    }

    static ChangeStamp parseStamp(String text) {
        if (text.length() < 31 || text.charAt(29) != '@') {
            throw new IllegalArgumentException("sync stamp: \"" + text + "\" is not hlc@device");
        }
        return new ChangeStamp(HlcTimestamp.parse(text.substring(0, 29)), DeviceId.of(text.substring(30)));
    }

    /** Written with a streaming generator (no tree): the envelope of every pushed change is built here. */
    String toJson() {
        StringWriter text = new StringWriter(256 + fields.size() * 160);
        try (JsonGenerator json = JsonCodec.instance().mapper().getFactory().createGenerator(text)) {
            json.writeStartObject();
            json.writeObjectFieldStart("fields");
            for (var field : new TreeMap<>(fields).entrySet()) {
                FieldVersion version = field.getValue();
                json.writeObjectFieldStart(field.getKey());
                json.writeStringField("value", version.value());
                json.writeStringField("stamp", stampText(version.stamp()));
                if (version.basedOn().isPresent()) {
                    json.writeStringField("basedOn", stampText(version.basedOn().get()));
                } else {
                    json.writeNullField("basedOn");
                }
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeObjectFieldStart("approvedBasis");
            for (var basis : new TreeMap<>(approvedBasis).entrySet()) {
                json.writeStringField(basis.getKey(), stampText(basis.getValue()));
            }
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a sync row state to a string", e); // cannot happen
        }
        return text.toString();
    }

    static RowState fromJson(String json) {
        JsonNode root = JsonCodec.instance().tree(json);
        JsonNode fieldNodes = root.path("fields");
        if (!fieldNodes.isObject()) {
            throw new IllegalArgumentException("sync row state: no \"fields\" object in " + abbreviate(json));
        }
        Map<String, FieldVersion> fields = new TreeMap<>();
        for (var field : fieldNodes.properties()) {
            JsonNode node = field.getValue();
            JsonNode basedOn = node.path("basedOn");
            fields.put(
                    field.getKey(),
                    new FieldVersion(
                            node.path("value").asText(),
                            parseStamp(node.path("stamp").asText()),
                            basedOn.isTextual() ? Optional.of(parseStamp(basedOn.asText())) : Optional.empty()));
        }
        Map<String, ChangeStamp> basis = new TreeMap<>();
        for (var entry : root.path("approvedBasis").properties()) {
            basis.put(entry.getKey(), parseStamp(entry.getValue().asText()));
        }
        return new RowState(fields, basis);
    }

    /** The fields written at {@code stamp} (the ones a change with that stamp actually changed). */
    Map<String, String> changedAt(ChangeStamp stamp) {
        Map<String, String> changed = new TreeMap<>();
        fields.forEach((name, version) -> {
            if (version.stamp().equals(stamp)) {
                changed.put(name, version.value());
            }
        });
        return changed;
    }

    private static String abbreviate(String json) {
        return json.length() <= 80 ? json : json.substring(0, 77) + "...";
    }
}
