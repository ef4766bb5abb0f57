package com.eesystem.curator.storage.sync;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchStatementBuilder;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.Statement;
import com.eesystem.curator.domain.agent.AgentMemory;
import com.eesystem.curator.domain.brand.BrandGuideline;
import com.eesystem.curator.domain.brand.BrandKnowledge;
import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.compliance.ComplianceCheck;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.schedule.ScheduleEntry;
import com.eesystem.curator.domain.sync.ChangeOperation;
import com.eesystem.curator.domain.sync.OutboxEntry;
import com.eesystem.curator.domain.template.ContentTemplate;
import com.eesystem.curator.storage.codec.JsonCodec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a pushed whole-row change (schedule, templates, guidelines, knowledge, compliance checks, agent
 * memory) to its team table, so the team store holds every row and not only the change feed.
 *
 * <p>Every write is an unconditional upsert (or delete) whose write time is the change's hybrid clock
 * ({@link TeamContentCells#writeTime}): Cassandra keeps the write with the highest timestamp, which is the
 * change with the later stamp, the same one every desktop keeps ("later stamp wins", docs/sync.md). So the
 * team tables converge whatever order desktops push in, which the {@code storage.astra} adapters' versioned
 * saves (conditional, arrival order) would not give. The columns are theirs (V001 spec tables); embeddings
 * are not written here (the team store's own re-embedding fills them; a desktop's model may differ).
 */
final class TeamRows {

    private static final Logger LOG = LoggerFactory.getLogger(TeamRows.class);

    /** The team table of each entity synced as whole rows (the outbox entity names are the table names). */
    static final Map<String, String> TABLES = Map.of(
            "publication_schedule", "publication_schedule",
            "content_templates", "content_templates",
            "brand_guidelines", "brand_guidelines",
            "brand_knowledge", "brand_knowledge",
            "compliance_checks", "compliance_checks",
            "agent_memory", "agent_memory");

    private final CqlSession session;
    private final Map<String, PreparedStatement> upserts;
    private final Map<String, PreparedStatement> deletes;
    private final PreparedStatement schedulePlacement;
    private final PreparedStatement calendarInsert;
    private final PreparedStatement calendarDelete;

    TeamRows(CqlSession session) {
        this.session = session;
        this.upserts = Map.of(
                "publication_schedule",
                session.prepare("INSERT INTO publication_schedule (id, version, content_id, platform, scheduled_at,"
                        + " cycle_week, cycle_day, theme, priority, status, result_data, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                "content_templates",
                session.prepare("INSERT INTO content_templates (id, template_name, content_type, platform,"
                        + " template_structure, script_template, media_template, compliance_requirements, usage_count,"
                        + " performance_score, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                "brand_guidelines",
                session.prepare("INSERT INTO brand_guidelines (id, guideline_type, category, title, description,"
                        + " requirements, restrictions, examples, severity_level, platforms, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                "brand_knowledge",
                session.prepare("INSERT INTO brand_knowledge (id, knowledge_type, title, content, relevance_score,"
                        + " category, status, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                "compliance_checks",
                session.prepare("INSERT INTO compliance_checks (id, content_id, content_version, check_type,"
                        + " check_result, confidence_score, issues_found, recommendations, reviewer_id, reviewed_at,"
                        + " created_at, rule_pack_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                "agent_memory",
                session.prepare("INSERT INTO agent_memory (id, agent_type, memory_type, memory_key, memory_content,"
                        + " relevance_score, context_data, expires_at, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        // table names come from the fixed map above, never from a change
        this.deletes = Map.copyOf(TABLES.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(
                        Map.Entry::getKey,
                        table -> session.prepare("DELETE FROM " + table.getValue() + " WHERE id = ?"))));
        this.schedulePlacement =
                session.prepare("SELECT platform, scheduled_at FROM publication_schedule WHERE id = ?");
        this.calendarInsert = session.prepare("INSERT INTO publication_calendar (week, platform, scheduled_at,"
                + " schedule_id, content_id, theme, priority, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        this.calendarDelete = session.prepare("DELETE FROM publication_calendar WHERE week = ? AND platform = ?"
                + " AND scheduled_at = ? AND schedule_id = ?");
    }

    /** The write of a pushed change's team row; empty for entities without one here (content, decisions). */
    Optional<Statement<?>> statement(OutboxEntry entry) {
        if (!TABLES.containsKey(entry.entityType())) {
            return Optional.empty();
        }
        long writeTime = TeamContentCells.writeTime(entry.timestamp());
        try {
            Statement<?> write = entry.operation() == ChangeOperation.DELETE
                    ? delete(entry.entityType(), UUID.fromString(entry.entityId()))
                    : upsert(entry.entityType(), entry.payloadJson());
            return Optional.of(write.setQueryTimestamp(writeTime).setIdempotent(true));
        } catch (IllegalArgumentException | JsonCodec.JsonCodecException e) {
            // a row this version cannot read must not block every later change: it stays in the feed
            LOG.warn(
                    "{} {} from {} #{} is unreadable; kept in the change feed only: {}",
                    entry.entityType(),
                    entry.entityId(),
                    entry.deviceId(),
                    entry.sequence(),
                    e.getMessage());
            return Optional.empty();
        }
    }

    private Statement<?> delete(String entity, UUID id) {
        if (!entity.equals("publication_schedule")) {
            return deletes.get(entity).bind(id);
        }
        BatchStatementBuilder batch = BatchStatement.builder(DefaultBatchType.LOGGED);
        batch.addStatement(deletes.get(entity).bind(id));
        placement(id)
                .ifPresent(old -> batch.addStatement(
                        calendarDelete.bind(week(old.scheduledAt()), old.platform(), old.scheduledAt(), id)));
        return batch.build();
    }

    private Statement<?> upsert(String entity, String json) {
        JsonCodec codec = JsonCodec.instance();
        PreparedStatement upsert = upserts.get(entity);
        return switch (entity) {
            case "publication_schedule" -> schedule(codec.read(json, ScheduleEntry.class));
            case "content_templates" -> {
                ContentTemplate t = codec.read(json, ContentTemplate.class);
                yield upsert.bind(
                        t.id().value(),
                        t.templateName(),
                        t.contentType().storedValue(),
                        t.platform().storedValue(),
                        t.templateStructure(),
                        t.scriptTemplate(),
                        t.mediaTemplate(),
                        t.complianceRequirements().stream()
                                .map(CheckType::storedValue)
                                .toList(),
                        t.usageCount(),
                        t.performanceScore().asFloat(),
                        t.createdAt(),
                        t.updatedAt());
            }
            case "brand_guidelines" -> {
                BrandGuideline g = codec.read(json, BrandGuideline.class);
                yield upsert.bind(
                        g.id().value(),
                        g.guidelineType().storedValue(),
                        g.category().storedValue(),
                        g.title(),
                        g.description(),
                        g.requirements(),
                        g.restrictions(),
                        g.examples(),
                        g.severityLevel().storedValue(),
                        g.platforms().stream().map(Platform::storedValue).toList(),
                        g.createdAt(),
                        g.updatedAt());
            }
            case "brand_knowledge" -> {
                BrandKnowledge k = codec.read(json, BrandKnowledge.class);
                yield upsert.bind(
                        k.id().value(),
                        k.knowledgeType().storedValue(),
                        k.title(),
                        k.content(),
                        k.relevanceScore().asFloat(),
                        k.category().storedValue(),
                        k.status().storedValue(),
                        k.version(),
                        k.createdAt(),
                        k.updatedAt());
            }
            case "compliance_checks" -> {
                ComplianceCheck c = codec.read(json, ComplianceCheck.class);
                yield upsert.bind(
                        c.id(),
                        c.contentId(),
                        c.contentVersion(),
                        c.checkType().storedValue(),
                        c.checkResult().storedValue(),
                        (float) c.confidenceScore(),
                        c.issuesFound().stream().map(codec::write).toList(),
                        c.recommendations(),
                        c.reviewerId(),
                        c.reviewedAt(),
                        c.createdAt(),
                        c.rulePackVersion());
            }
            case "agent_memory" -> {
                AgentMemory m = codec.read(json, AgentMemory.class);
                yield upsert.bind(
                        m.id().value(),
                        m.agentType().storedValue(),
                        m.memoryType().storedValue(),
                        m.memoryKey(),
                        m.memoryContent(),
                        m.relevanceScore().asFloat(),
                        m.contextData(),
                        m.expiresAt().orElse(null),
                        m.createdAt(),
                        m.updatedAt());
            }
            default -> throw new IllegalArgumentException("entity: " + entity + " has no team table here");
        };
    }

    /**
     * The schedule row and its calendar row, moved from where the team row was (one logged batch: both
     * partitions change or neither). The previous placement is read first; schedule changes are rare.
     */
    private Statement<?> schedule(ScheduleEntry entry) {
        BatchStatementBuilder batch = BatchStatement.builder(DefaultBatchType.LOGGED);
        batch.addStatement(upserts.get("publication_schedule")
                .bind(
                        entry.id().value(),
                        entry.version(),
                        entry.contentId().value(),
                        entry.platform().storedValue(),
                        entry.scheduledAt(),
                        entry.cycleWeek(),
                        entry.cycleDay(),
                        entry.theme(),
                        entry.priority(),
                        entry.status().storedValue(),
                        entry.resultData(),
                        entry.createdAt(),
                        entry.updatedAt()));
        placement(entry.id().value())
                .filter(old -> !old.scheduledAt().equals(entry.scheduledAt())
                        || !old.platform().equals(entry.platform().storedValue()))
                .ifPresent(old -> batch.addStatement(calendarDelete.bind(
                        week(old.scheduledAt()),
                        old.platform(),
                        old.scheduledAt(),
                        entry.id().value())));
        batch.addStatement(calendarInsert.bind(
                week(entry.scheduledAt()),
                entry.platform().storedValue(),
                entry.scheduledAt(),
                entry.id().value(),
                entry.contentId().value(),
                entry.theme(),
                entry.priority(),
                entry.status().storedValue()));
        return batch.build();
    }

    private record Placement(String platform, Instant scheduledAt) {}

    private Optional<Placement> placement(UUID scheduleId) {
        Row row = session.execute(schedulePlacement.bind(scheduleId).setIdempotent(true))
                .one();
        return row == null || row.isNull("scheduled_at")
                ? Optional.empty()
                : Optional.of(new Placement(row.getString("platform"), row.getInstant("scheduled_at")));
    }

    /** ISO week of the UTC date, e.g. 2026-W48: the calendar's partition with the platform (V002). */
    static String week(Instant instant) {
        var date = instant.atOffset(ZoneOffset.UTC).toLocalDate();
        return "%d-W%02d".formatted(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
