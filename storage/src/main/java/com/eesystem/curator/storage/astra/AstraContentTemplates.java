package com.eesystem.curator.storage.astra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.score.Score;
import com.eesystem.curator.domain.template.ContentTemplate;
import com.eesystem.curator.domain.template.ContentTemplates;
import com.eesystem.curator.domain.template.TemplateId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * content_templates in the team store. A save replaces the row (idempotent). usage_count is the spec's
 * plain int, not a counter column (a counter table cannot hold the other columns), so {@link #recordUse}
 * is a compare-and-set loop with a lightweight transaction: two desktops counting at once both count.
 */
public final class AstraContentTemplates implements ContentTemplates {

    static final String COLUMNS = "id, template_name, content_type, platform, template_structure, script_template,"
            + " media_template, compliance_requirements, usage_count, performance_score, created_at, updated_at";
    /** The local store's order: best performance first, then name and id. */
    static final Comparator<ContentTemplate> BEST_FIRST = Comparator.comparing(
                    (ContentTemplate template) -> template.performanceScore().value(), Comparator.reverseOrder())
            .thenComparing(ContentTemplate::templateName)
            .thenComparing(template -> template.id().value().toString());
    /** Enough rounds for a handful of desktops counting the same template in the same moment. */
    private static final int CAS_ROUNDS = 50;

    private final CqlSession session;
    private final AstraSettings settings;
    private final PreparedStatement upsert;
    private final PreparedStatement find;
    private final PreparedStatement countUse;
    /** bit 0 content_type, bit 1 platform. */
    private final PreparedStatement[] matching = new PreparedStatement[4];

    public AstraContentTemplates(CqlSession session, AstraSettings settings) {
        this.session = session;
        this.settings = settings;
        upsert = session.prepare(
                "INSERT INTO content_templates (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        find = session.prepare("SELECT " + COLUMNS + " FROM content_templates WHERE id = ?");
        countUse = session.prepare(
                "UPDATE content_templates SET usage_count = ?, updated_at = ? WHERE id = ? IF usage_count = ?");
        for (int filters = 0; filters < matching.length; filters++) {
            List<String> where = new ArrayList<>();
            if ((filters & 1) != 0) {
                where.add("content_type = ?");
            }
            if ((filters & 2) != 0) {
                where.add("platform = ?");
            }
            matching[filters] = session.prepare("SELECT " + COLUMNS + " FROM content_templates"
                    + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)));
        }
    }

    @Override
    public void save(ContentTemplate template) {
        session.execute(upsert.bind(
                        template.id().value(),
                        template.templateName(),
                        template.contentType().storedValue(),
                        template.platform().storedValue(),
                        template.templateStructure(),
                        template.scriptTemplate(),
                        template.mediaTemplate(),
                        template.complianceRequirements().stream()
                                .map(CheckType::storedValue)
                                .toList(),
                        template.usageCount(),
                        template.performanceScore().asFloat(),
                        template.createdAt(),
                        template.updatedAt())
                .setIdempotent(true));
    }

    @Override
    public Optional<ContentTemplate> find(TemplateId id) {
        Row row = session.execute(find.bind(id.value()).setIdempotent(true)).one();
        return Optional.ofNullable(row).map(AstraContentTemplates::toTemplate);
    }

    @Override
    public List<ContentTemplate> matching(Optional<ContentType> contentType, Optional<Platform> platform) {
        int filters = (contentType.isPresent() ? 1 : 0) | (platform.isPresent() ? 2 : 0);
        List<Object> values = new ArrayList<>();
        contentType.ifPresent(type -> values.add(type.storedValue()));
        platform.ifPresent(target -> values.add(target.storedValue()));
        BoundStatement statement = matching[filters]
                .bind(values.toArray())
                .setPageSize(settings.pageSize())
                .setIdempotent(true);
        List<ContentTemplate> templates = new ArrayList<>();
        for (Row row : session.execute(statement)) {
            templates.add(toTemplate(row));
        }
        templates.sort(BEST_FIRST);
        return templates;
    }

    @Override
    public void recordUse(TemplateId id, Instant at) {
        for (int round = 0; round < CAS_ROUNDS; round++) {
            ContentTemplate current =
                    find(id).orElseThrow(() -> new IllegalArgumentException("template: " + id + " does not exist"));
            ContentTemplate used = current.used(at);
            Row outcome = session.execute(
                            countUse.bind(used.usageCount(), used.updatedAt(), id.value(), current.usageCount()))
                    .one();
            if (outcome != null && outcome.getBoolean("[applied]")) {
                return;
            }
        }
        throw new IllegalStateException("template " + id + ": usage_count kept changing under " + CAS_ROUNDS
                + " attempts to count one use; try again");
    }

    static ContentTemplate toTemplate(Row row) {
        return new ContentTemplate(
                new TemplateId(row.getUuid("id")),
                row.getString("template_name"),
                ContentType.fromStored(row.getString("content_type")),
                Platform.fromStored(row.getString("platform")),
                row.getString("template_structure"),
                row.getString("script_template"),
                row.getString("media_template"),
                row.getList("compliance_requirements", String.class).stream()
                        .map(CheckType::fromStored)
                        .toList(),
                row.getInt("usage_count"),
                Score.of(
                        "content_templates.performance_score",
                        AstraContentEmbeddings.widen(row.getFloat("performance_score"))),
                row.getInstant("created_at"),
                row.getInstant("updated_at"));
    }
}
