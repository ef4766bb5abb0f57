package com.eesystem.curator.storage.local;

import com.eesystem.curator.domain.brand.BrandGuideline;
import com.eesystem.curator.domain.brand.BrandGuidelines;
import com.eesystem.curator.domain.brand.GuidelineId;
import com.eesystem.curator.domain.compliance.SeverityLevel;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.sync.ChangeOperation;
import com.eesystem.curator.storage.codec.JsonCodec;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Offline brand_guidelines. The table is small (tens of rows), so platform applicability is decided by
 * {@link BrandGuideline#appliesTo} on the rows rather than in SQL over the JSON platforms column.
 */
final class SqliteBrandGuidelines implements BrandGuidelines {

    static final String ENTITY = "brand_guidelines";
    private static final ObjectReader READER = JsonCodec.instance()
            .mapper()
            .readerFor(BrandGuideline.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Comparator<BrandGuideline> CRITICAL_FIRST = Comparator.comparing(
                    (BrandGuideline guideline) -> guideline.severityLevel().ordinal())
            .thenComparing(BrandGuideline::title)
            .thenComparing(guideline -> guideline.id().toString());

    private final LocalDatabase database;
    private final OutboxWriter outbox;
    private final JsonCodec codec = JsonCodec.instance();

    SqliteBrandGuidelines(LocalDatabase database, OutboxWriter outbox) {
        this.database = database;
        this.outbox = outbox;
    }

    @Override
    public void save(BrandGuideline guideline) {
        String json = codec.write(guideline);
        database.write("saving guideline " + guideline.id(), connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT OR REPLACE INTO brand_guidelines (id, guideline_type, category, title, description,
                      requirements, restrictions, examples, severity_level, platforms, created_at, updated_at,
                      guideline_data)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)) {
                upsert.setString(1, guideline.id().toString());
                upsert.setString(2, guideline.guidelineType().storedValue());
                upsert.setString(3, guideline.category().storedValue());
                upsert.setString(4, guideline.title());
                upsert.setString(5, guideline.description());
                upsert.setString(6, codec.write(guideline.requirements()));
                upsert.setString(7, codec.write(guideline.restrictions()));
                upsert.setString(8, guideline.examples());
                upsert.setString(9, guideline.severityLevel().storedValue());
                upsert.setString(
                        10,
                        codec.write(guideline.platforms().stream()
                                .map(Platform::storedValue)
                                .toList()));
                upsert.setString(11, Timestamps.text(guideline.createdAt()));
                upsert.setString(12, Timestamps.text(guideline.updatedAt()));
                upsert.setString(13, json);
                upsert.executeUpdate();
            }
            return outbox.append(connection, ENTITY, guideline.id().toString(), ChangeOperation.UPSERT, json);
        });
    }

    @Override
    public Optional<BrandGuideline> find(GuidelineId id) {
        return select("reading guideline " + id, "WHERE id = ?", id.toString()).stream()
                .findFirst();
    }

    @Override
    public List<BrandGuideline> applicableTo(Platform platform) {
        return all().stream().filter(guideline -> guideline.appliesTo(platform)).toList();
    }

    @Override
    public List<BrandGuideline> withSeverity(SeverityLevel severity) {
        return select(
                "reading " + severity.storedValue() + " guidelines",
                "WHERE severity_level = ?",
                severity.storedValue());
    }

    @Override
    public List<BrandGuideline> all() {
        return select("reading guidelines", "", null);
    }

    private List<BrandGuideline> select(String doing, String where, String value) {
        return database.read(doing, connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT guideline_data FROM brand_guidelines " + where)) {
                if (value != null) {
                    select.setString(1, value);
                }
                List<BrandGuideline> guidelines = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        guidelines.add(READER.readValue(rows.getString(1)));
                    }
                }
                guidelines.sort(CRITICAL_FIRST);
                return guidelines;
            }
        });
    }
}
