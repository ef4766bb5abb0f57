package com.eesystem.curator.storage.astra;

import com.eesystem.curator.domain.agent.AgentType;
import com.eesystem.curator.domain.agent.CoordinationStatus;
import com.eesystem.curator.domain.agent.MemoryType;
import com.eesystem.curator.domain.brand.GuidelineCategory;
import com.eesystem.curator.domain.brand.GuidelineType;
import com.eesystem.curator.domain.brand.KnowledgeCategory;
import com.eesystem.curator.domain.brand.KnowledgeStatus;
import com.eesystem.curator.domain.brand.KnowledgeType;
import com.eesystem.curator.domain.compliance.CheckResult;
import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.domain.content.ComplianceStatus;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.schedule.ScheduleStatus;
import com.eesystem.curator.domain.stored.StoredEnum;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The tables export and import may touch, the column "changed since" reads, and the enumerated text
 * columns with their parsers (an import refuses {@code status = 'live'} naming the column before the
 * row reaches the cluster). Table names reach CQL only from this fixed list, never from input as is.
 */
final class TeamStoreTables {

    /** Table -> the timestamp column that tells when a row last changed. */
    static final Map<String, String> CHANGED_AT = changedAt();

    private static final Map<String, Consumer<String>> ENUMERATED = enumerated();

    private TeamStoreTables() {}

    static Set<String> names() {
        return CHANGED_AT.keySet();
    }

    /** The known table of that name, or a message listing the known ones. */
    static String require(String table) {
        if (table == null || !CHANGED_AT.containsKey(table)) {
            throw new IllegalArgumentException(
                    "table: \"" + table + "\" is not a team store table (one of " + String.join(", ", names()) + ")");
        }
        return table;
    }

    /** Checks an enumerated column's text; fails with {@code UnknownStoredValue} naming the column. */
    static void checkEnumerated(String table, String column, String value) {
        Optional.ofNullable(ENUMERATED.get(table + "." + column)).ifPresent(parser -> parser.accept(value));
    }

    private static Map<String, String> changedAt() {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("content_embeddings", "updated_at");
        tables.put("brand_knowledge", "updated_at");
        tables.put("content_library", "updated_at");
        tables.put("publication_schedule", "updated_at");
        tables.put("content_templates", "updated_at");
        tables.put("brand_guidelines", "updated_at");
        tables.put("compliance_checks", "created_at");
        tables.put("agent_memory", "updated_at");
        tables.put("agent_coordination", "created_at");
        return Collections.unmodifiableMap(tables);
    }

    private static Map<String, Consumer<String>> enumerated() {
        Map<String, Consumer<String>> columns = new LinkedHashMap<>();
        for (String table : new String[] {"content_embeddings", "content_library", "content_templates"}) {
            columns.put(
                    table + ".content_type",
                    value -> StoredEnum.parse(ContentType.class, table + ".content_type", value));
        }
        for (String table : new String[] {"content_embeddings", "publication_schedule", "content_templates"}) {
            columns.put(table + ".platform", value -> StoredEnum.parse(Platform.class, table + ".platform", value));
        }
        columns.put(
                "content_embeddings.compliance_status",
                value -> StoredEnum.parse(ComplianceStatus.class, "content_embeddings.compliance_status", value));
        columns.put(
                "content_library.status",
                value -> StoredEnum.parse(ContentStatus.class, "content_library.status", value));
        columns.put(
                "publication_schedule.status",
                value -> StoredEnum.parse(ScheduleStatus.class, "publication_schedule.status", value));
        columns.put(
                "brand_knowledge.knowledge_type",
                value -> StoredEnum.parse(KnowledgeType.class, "brand_knowledge.knowledge_type", value));
        columns.put(
                "brand_knowledge.category",
                value -> StoredEnum.parse(KnowledgeCategory.class, "brand_knowledge.category", value));
        columns.put(
                "brand_knowledge.status",
                value -> StoredEnum.parse(KnowledgeStatus.class, "brand_knowledge.status", value));
        columns.put(
                "brand_guidelines.guideline_type",
                value -> StoredEnum.parse(GuidelineType.class, "brand_guidelines.guideline_type", value));
        columns.put(
                "brand_guidelines.category",
                value -> StoredEnum.parse(GuidelineCategory.class, "brand_guidelines.category", value));
        columns.put(
                "brand_guidelines.severity_level",
                value -> StoredEnum.parse(SeverityLevel.class, "brand_guidelines.severity_level", value));
        columns.put(
                "compliance_checks.check_type",
                value -> StoredEnum.parse(CheckType.class, "compliance_checks.check_type", value));
        columns.put(
                "compliance_checks.check_result",
                value -> StoredEnum.parse(CheckResult.class, "compliance_checks.check_result", value));
        columns.put(
                "agent_memory.agent_type",
                value -> StoredEnum.parse(AgentType.class, "agent_memory.agent_type", value));
        columns.put(
                "agent_memory.memory_type",
                value -> StoredEnum.parse(MemoryType.class, "agent_memory.memory_type", value));
        columns.put(
                "agent_coordination.agent_type",
                value -> StoredEnum.parse(AgentType.class, "agent_coordination.agent_type", value));
        columns.put(
                "agent_coordination.status",
                value -> StoredEnum.parse(CoordinationStatus.class, "agent_coordination.status", value));
        return Collections.unmodifiableMap(columns);
    }
}
