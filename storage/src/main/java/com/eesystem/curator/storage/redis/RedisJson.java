package com.eesystem.curator.storage.redis;

import com.eesystem.curator.domain.agent.AgentStatus;
import com.eesystem.curator.domain.agent.AgentType;
import com.eesystem.curator.domain.agent.CoordinationEvent;
import com.eesystem.curator.domain.agent.CoordinationSessionId;
import com.eesystem.curator.domain.agent.CoordinationStatus;
import com.eesystem.curator.domain.brand.KnowledgeType;
import com.eesystem.curator.domain.cache.BrandKnowledgeEntry;
import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.generation.GeneratedContent;
import com.eesystem.curator.domain.generation.GenerationJob;
import com.eesystem.curator.domain.generation.GenerationPriority;
import com.eesystem.curator.domain.generation.GenerationRequest;
import com.eesystem.curator.domain.generation.GenerationTaskId;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.queue.ComplianceReviewTask;
import com.eesystem.curator.domain.queue.PublicationTask;
import com.eesystem.curator.domain.queue.ReviewPriority;
import com.eesystem.curator.domain.schedule.ScheduleEntryId;
import com.eesystem.curator.domain.session.Session;
import com.eesystem.curator.domain.session.SessionData;
import com.eesystem.curator.domain.session.SessionId;
import com.eesystem.curator.storage.codec.JsonCodec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The JSON of every live value, in the spec's shape: snake_case fields, enums as their stored text,
 * ids as plain strings (e.g. {@code {"content_id": "uuid", "platform": "tiktok", "scheduled_at":
 * "..."}}). Explicit rather than derived from the records, so the wire format stays put when a record
 * grows a component. Reading a value that lacks a field fails naming the field and the value kind.
 */
final class RedisJson {

    private RedisJson() {}

    static String generationJob(GenerationJob job) {
        ObjectNode node = object();
        GenerationRequest request = job.request();
        node.put("content_type", request.contentType().storedValue());
        node.put("platform", request.platform().storedValue());
        node.put("prompt", request.prompt());
        node.set("parameters", strings(request.parameters()));
        node.put("priority", job.priority().value());
        job.localTask().ifPresent(task -> node.put("local_task_id", task.value()));
        return write(node);
    }

    static GenerationJob generationJob(String json) {
        JsonNode node = read(json);
        String what = "content_generation_queue item";
        GenerationRequest request = new GenerationRequest(
                ContentType.fromStored(text(node, "content_type", what)),
                Platform.fromStored(text(node, "platform", what)),
                text(node, "prompt", what),
                new TreeMap<>(stringMap(node.path("parameters"))));
        Optional<GenerationTaskId> local = node.hasNonNull("local_task_id")
                ? Optional.of(GenerationTaskId.of(node.get("local_task_id").asLong()))
                : Optional.empty();
        return new GenerationJob(request, GenerationPriority.of(integer(node, "priority", what)), local);
    }

    static String publicationTask(PublicationTask task) {
        ObjectNode node = object();
        node.put("content_id", task.contentId().toString());
        node.put("platform", task.platform().storedValue());
        node.put("scheduled_at", task.scheduledAt().toString());
        node.put("schedule_entry_id", task.scheduleEntryId().toString());
        return write(node);
    }

    static PublicationTask publicationTask(String json) {
        JsonNode node = read(json);
        String what = "publication_queue item";
        return new PublicationTask(
                ContentId.parse(text(node, "content_id", what)),
                Platform.fromStored(text(node, "platform", what)),
                instant(node, "scheduled_at", what),
                ScheduleEntryId.parse(text(node, "schedule_entry_id", what)));
    }

    static String complianceReviewTask(ComplianceReviewTask task) {
        ObjectNode node = object();
        node.put("content_id", task.contentId().toString());
        node.put("check_type", task.checkType().storedValue());
        node.put("priority", task.priority().value());
        return write(node);
    }

    static ComplianceReviewTask complianceReviewTask(String json) {
        JsonNode node = read(json);
        String what = "compliance_review_queue item";
        return new ComplianceReviewTask(
                ContentId.parse(text(node, "content_id", what)),
                CheckType.fromStored(text(node, "check_type", what)),
                ReviewPriority.of(integer(node, "priority", what)));
    }

    static String session(Session session) {
        ObjectNode node = object();
        node.put("session_id", session.id().value());
        node.put("user_id", session.data().userId());
        node.set("preferences", strings(session.data().preferences()));
        node.set("attributes", strings(session.data().attributes()));
        node.put("expires_at", session.expiresAt().toString());
        node.put("created_at", session.createdAt().toString());
        node.put("updated_at", session.updatedAt().toString());
        return write(node);
    }

    static Session session(String json) {
        JsonNode node = read(json);
        String what = "session";
        SessionData data = new SessionData(
                text(node, "user_id", what), stringMap(node.path("preferences")), stringMap(node.path("attributes")));
        return new Session(
                SessionId.of(text(node, "session_id", what)),
                data,
                instant(node, "expires_at", what),
                instant(node, "created_at", what),
                instant(node, "updated_at", what));
    }

    static String generatedContent(GeneratedContent content) {
        ObjectNode node = object();
        node.put("content", content.content());
        node.put("media_prompts", content.mediaPrompts());
        node.set("attributes", strings(content.attributes()));
        return write(node);
    }

    static GeneratedContent generatedContent(String json) {
        JsonNode node = read(json);
        String what = "content_gen value";
        return new GeneratedContent(
                text(node, "content", what), text(node, "media_prompts", what), stringMap(node.path("attributes")));
    }

    static String brandEntry(BrandKnowledgeEntry entry) {
        ObjectNode node = object();
        node.put("knowledge_type", entry.knowledgeType().storedValue());
        node.put("key", entry.key());
        node.put("title", entry.title());
        node.put("content", entry.content());
        ObjectNode lists = node.putObject("lists");
        new TreeMap<>(entry.lists()).forEach((name, values) -> {
            var array = lists.putArray(name);
            values.forEach(array::add);
        });
        node.put("cached_at", entry.cachedAt().toString());
        return write(node);
    }

    static BrandKnowledgeEntry brandEntry(String json) {
        JsonNode node = read(json);
        String what = "brand cache value";
        Map<String, List<String>> lists = new LinkedHashMap<>();
        node.path("lists").properties().forEach(field -> {
            List<String> values = new ArrayList<>();
            field.getValue().forEach(value -> values.add(value.asText()));
            lists.put(field.getKey(), values);
        });
        return new BrandKnowledgeEntry(
                KnowledgeType.fromStored(text(node, "knowledge_type", what)),
                text(node, "key", what),
                text(node, "title", what),
                text(node, "content", what),
                lists,
                instant(node, "cached_at", what));
    }

    static String agentStatus(AgentStatus status) {
        ObjectNode node = object();
        node.put("agent_type", status.agentType().storedValue());
        node.put("session_id", status.sessionId().toString());
        node.put("status", status.status().storedValue());
        node.put("task", status.task());
        node.put("heartbeat_at", status.heartbeatAt().toString());
        node.set("details", strings(status.details()));
        return write(node);
    }

    static AgentStatus agentStatus(String json) {
        JsonNode node = read(json);
        String what = "agent status";
        return new AgentStatus(
                AgentType.fromStored(text(node, "agent_type", what)),
                CoordinationSessionId.parse(text(node, "session_id", what)),
                CoordinationStatus.fromStored(text(node, "status", what)),
                text(node, "task", what),
                instant(node, "heartbeat_at", what),
                stringMap(node.path("details")));
    }

    static String coordinationEvent(CoordinationEvent event) {
        ObjectNode node = object();
        node.put("agent", event.agent().storedValue());
        node.put("event", event.event());
        node.put("timestamp", event.timestamp().toString());
        node.set("data", strings(event.data()));
        return write(node);
    }

    static CoordinationEvent coordinationEvent(String json) {
        JsonNode node = read(json);
        String what = "coordination event";
        return new CoordinationEvent(
                AgentType.fromStored(text(node, "agent", what)),
                text(node, "event", what),
                instant(node, "timestamp", what),
                stringMap(node.path("data")));
    }

    private static ObjectNode object() {
        return JsonCodec.instance().mapper().createObjectNode();
    }

    private static ObjectNode strings(Map<String, String> map) {
        ObjectNode node = object();
        new TreeMap<>(map).forEach(node::put);
        return node;
    }

    private static Map<String, String> stringMap(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        node.properties()
                .forEach(field -> map.put(field.getKey(), field.getValue().asText()));
        return map;
    }

    private static String write(ObjectNode node) {
        return JsonCodec.instance().write(node);
    }

    private static JsonNode read(String json) {
        return JsonCodec.instance().tree(json);
    }

    private static String text(JsonNode node, String field, String what) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || !value.isValueNode()) {
            throw new IllegalArgumentException(field + ": missing in " + what + " " + abbreviate(node));
        }
        return value.asText();
    }

    private static int integer(JsonNode node, String field, String what) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt()) {
            throw new IllegalArgumentException(field + ": missing or not a number in " + what + " " + abbreviate(node));
        }
        return value.asInt();
    }

    private static Instant instant(JsonNode node, String field, String what) {
        String text = text(node, field, what);
        try {
            return Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": \"" + text + "\" is not an ISO-8601 instant in " + what, e);
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 120) + "..." : text;
    }
}
