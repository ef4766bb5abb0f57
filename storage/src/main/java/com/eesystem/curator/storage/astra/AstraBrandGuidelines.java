package com.eesystem.curator.storage.astra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.eesystem.curator.domain.brand.BrandGuideline;
import com.eesystem.curator.domain.brand.BrandGuidelines;
import com.eesystem.curator.domain.brand.GuidelineCategory;
import com.eesystem.curator.domain.brand.GuidelineId;
import com.eesystem.curator.domain.brand.GuidelineType;
import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.domain.platform.Platform;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * brand_guidelines in the team store. Saves replace the row (idempotent). The rule book is small (tens to
 * hundreds of rules), so "applies to platform" reads it in driver pages and keeps the rules whose
 * platform list is empty (every platform) or names the platform: an index on the list could not find the
 * empty lists. Severity is an SAI lookup.
 */
public final class AstraBrandGuidelines implements BrandGuidelines {

    static final String COLUMNS = "id, guideline_type, category, title, description, requirements, restrictions,"
            + " examples, severity_level, platforms, created_at, updated_at";
    /** The local store's order: critical first, then title and id. */
    static final Comparator<BrandGuideline> CRITICAL_FIRST = Comparator.comparing(
                    (BrandGuideline guideline) -> guideline.severityLevel().ordinal())
            .thenComparing(BrandGuideline::title)
            .thenComparing(guideline -> guideline.id().value().toString());

    private final CqlSession session;
    private final AstraSettings settings;
    private final PreparedStatement upsert;
    private final PreparedStatement find;
    private final PreparedStatement all;
    private final PreparedStatement bySeverity;

    public AstraBrandGuidelines(CqlSession session, AstraSettings settings) {
        this.session = session;
        this.settings = settings;
        upsert = session.prepare(
                "INSERT INTO brand_guidelines (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        find = session.prepare("SELECT " + COLUMNS + " FROM brand_guidelines WHERE id = ?");
        all = session.prepare("SELECT " + COLUMNS + " FROM brand_guidelines");
        bySeverity = session.prepare("SELECT " + COLUMNS + " FROM brand_guidelines WHERE severity_level = ?");
    }

    @Override
    public void save(BrandGuideline guideline) {
        session.execute(upsert.bind(
                        guideline.id().value(),
                        guideline.guidelineType().storedValue(),
                        guideline.category().storedValue(),
                        guideline.title(),
                        guideline.description(),
                        guideline.requirements(),
                        guideline.restrictions(),
                        guideline.examples(),
                        guideline.severityLevel().storedValue(),
                        guideline.platforms().stream()
                                .map(Platform::storedValue)
                                .toList(),
                        guideline.createdAt(),
                        guideline.updatedAt())
                .setIdempotent(true));
    }

    @Override
    public Optional<BrandGuideline> find(GuidelineId id) {
        Row row = session.execute(find.bind(id.value()).setIdempotent(true)).one();
        return Optional.ofNullable(row).map(AstraBrandGuidelines::toGuideline);
    }

    @Override
    public List<BrandGuideline> applicableTo(Platform platform) {
        return read(all.bind()).stream()
                .filter(guideline -> guideline.appliesTo(platform))
                .toList();
    }

    @Override
    public List<BrandGuideline> withSeverity(SeverityLevel severity) {
        return read(bySeverity.bind(severity.storedValue()));
    }

    @Override
    public List<BrandGuideline> all() {
        return read(all.bind());
    }

    private List<BrandGuideline> read(BoundStatement statement) {
        List<BrandGuideline> guidelines = new ArrayList<>();
        for (Row row :
                session.execute(statement.setPageSize(settings.pageSize()).setIdempotent(true))) {
            guidelines.add(toGuideline(row));
        }
        guidelines.sort(CRITICAL_FIRST);
        return guidelines;
    }

    static BrandGuideline toGuideline(Row row) {
        return new BrandGuideline(
                new GuidelineId(row.getUuid("id")),
                GuidelineType.fromStored(row.getString("guideline_type")),
                GuidelineCategory.fromStored(row.getString("category")),
                row.getString("title"),
                row.getString("description"),
                row.getList("requirements", String.class),
                row.getList("restrictions", String.class),
                row.getString("examples"),
                SeverityLevel.fromStored(row.getString("severity_level")),
                row.getList("platforms", String.class).stream()
                        .map(Platform::fromStored)
                        .toList(),
                row.getInstant("created_at"),
                row.getInstant("updated_at"));
    }
}
