package com.eesystem.curator.storage.local;

import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.sync.ChangeOperation;
import com.eesystem.curator.domain.template.ContentTemplate;
import com.eesystem.curator.domain.template.ContentTemplates;
import com.eesystem.curator.domain.template.TemplateId;
import com.eesystem.curator.storage.codec.JsonCodec;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Offline content_templates; each save and each counted use is synced through the outbox. */
final class SqliteContentTemplates implements ContentTemplates {

    static final String ENTITY = "content_templates";
    private static final ObjectReader READER = JsonCodec.instance()
            .mapper()
            .readerFor(ContentTemplate.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final LocalDatabase database;
    private final OutboxWriter outbox;
    private final JsonCodec codec = JsonCodec.instance();

    SqliteContentTemplates(LocalDatabase database, OutboxWriter outbox) {
        this.database = database;
        this.outbox = outbox;
    }

    @Override
    public void save(ContentTemplate template) {
        database.write("saving template " + template.id(), connection -> write(connection, template));
    }

    @Override
    public Optional<ContentTemplate> find(TemplateId id) {
        return database.read("reading template " + id, connection -> load(connection, id));
    }

    @Override
    public List<ContentTemplate> matching(Optional<ContentType> contentType, Optional<Platform> platform) {
        return database.read("listing templates", connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT template_data FROM content_templates
                    WHERE (? IS NULL OR content_type = ?) AND (? IS NULL OR platform = ?)
                    ORDER BY performance_score DESC NULLS LAST, template_name, id
                    """)) {
                String type = contentType.map(ContentType::storedValue).orElse(null);
                String on = platform.map(Platform::storedValue).orElse(null);
                select.setString(1, type);
                select.setString(2, type);
                select.setString(3, on);
                select.setString(4, on);
                List<ContentTemplate> templates = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        templates.add(READER.readValue(rows.getString(1)));
                    }
                }
                return templates;
            }
        });
    }

    @Override
    public void recordUse(TemplateId id, Instant at) {
        // read and write in one transaction of the single writer: concurrent uses are counted, none lost
        database.write("counting a use of template " + id, connection -> {
            ContentTemplate template = load(connection, id)
                    .orElseThrow(() -> new IllegalArgumentException("content_templates.id: " + id + " does not exist"));
            return write(connection, template.used(at));
        });
    }

    private Optional<ContentTemplate> load(Connection connection, TemplateId id) throws SQLException, IOException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT template_data FROM content_templates WHERE id = ?")) {
            select.setString(1, id.toString());
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(READER.readValue(row.getString(1))) : Optional.empty();
            }
        }
    }

    private Void write(Connection connection, ContentTemplate template) throws SQLException {
        String json = codec.write(template);
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT OR REPLACE INTO content_templates (id, template_name, content_type, platform,
                  template_structure, script_template, media_template, compliance_requirements, usage_count,
                  performance_score, created_at, updated_at, template_data)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)) {
            upsert.setString(1, template.id().toString());
            upsert.setString(2, template.templateName());
            upsert.setString(3, template.contentType().storedValue());
            upsert.setString(
                    4, template.platform() == null ? null : template.platform().storedValue());
            upsert.setString(5, template.templateStructure());
            upsert.setString(6, template.scriptTemplate());
            upsert.setString(7, template.mediaTemplate());
            upsert.setString(
                    8,
                    codec.write(template.complianceRequirements().stream()
                            .map(CheckType::storedValue)
                            .toList()));
            upsert.setInt(9, template.usageCount());
            if (template.performanceScore() == null) {
                upsert.setNull(10, java.sql.Types.REAL);
            } else {
                upsert.setDouble(10, template.performanceScore().value());
            }
            upsert.setString(11, Timestamps.text(template.createdAt()));
            upsert.setString(12, Timestamps.text(template.updatedAt()));
            upsert.setString(13, json);
            upsert.executeUpdate();
        }
        outbox.append(connection, ENTITY, template.id().toString(), ChangeOperation.UPSERT, json);
        return null;
    }
}
