package com.eesystem.curator.storage.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one configured JSON mapper: SQLite JSON-in-TEXT columns, Redis values, Astra payloads and sync
 * messages all pass through it. Domain records carry no Jackson annotations; records map by their
 * component names, instants as ISO-8601 text.
 */
public final class JsonCodec {

    private static final JsonCodec INSTANCE = new JsonCodec();

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private JsonCodec() {}

    public static JsonCodec instance() {
        return INSTANCE;
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new JsonCodecException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new JsonCodecException(describe(type.getSimpleName(), e), e);
        }
    }

    public <T> T read(String json, TypeReference<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new JsonCodecException(describe(type.getType().getTypeName(), e), e);
        }
    }

    public JsonNode tree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new JsonCodecException(describe("JSON", e), e);
        }
    }

    /** For adapters that stream (e.g. JSONL export); do not reconfigure it. */
    public ObjectMapper mapper() {
        return mapper;
    }

    private static String describe(String target, JsonProcessingException e) {
        var location = e.getLocation();
        String where =
                location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return "not valid " + target + where + ": " + e.getOriginalMessage();
    }

    /** JSON that cannot be read or written; the message names the target type and the position. */
    public static final class JsonCodecException extends RuntimeException {
        JsonCodecException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
