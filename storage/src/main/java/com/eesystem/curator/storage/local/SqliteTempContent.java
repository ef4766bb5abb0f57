package com.eesystem.curator.storage.local;

import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.generation.GeneratedContent;
import com.eesystem.curator.domain.generation.TempContent;
import com.eesystem.curator.domain.generation.TempContentId;
import com.eesystem.curator.domain.generation.TempContentStore;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.stored.StoredEnum;
import com.eesystem.curator.storage.codec.JsonCodec;
import com.fasterxml.jackson.core.type.TypeReference;
import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The temp_content table: generated drafts waiting to be accepted; JSON columns through JsonCodec. */
final class SqliteTempContent implements TempContentStore {

    private static final String COLUMNS =
            "id, content_type, platform, content_data, media_urls, generation_metadata, expires_at, created_at";

    private final LocalDatabase database;
    private final Clock clock;
    private final JsonCodec codec = JsonCodec.instance();

    SqliteTempContent(LocalDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public void put(TempContent content) {
        database.write("saving generated content " + content.id(), connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT OR REPLACE INTO temp_content (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                upsert.setString(1, content.id().value());
                upsert.setString(2, content.contentType().storedValue());
                upsert.setString(3, content.platform().storedValue());
                upsert.setString(4, codec.write(content.content()));
                upsert.setString(
                        5,
                        codec.write(
                                content.mediaUrls().stream().map(URI::toString).toList()));
                upsert.setString(6, codec.write(content.generationMetadata()));
                upsert.setString(7, Timestamps.text(content.expiresAt()));
                upsert.setString(8, Timestamps.text(content.createdAt()));
                return upsert.executeUpdate();
            }
        });
    }

    @Override
    public Optional<TempContent> find(TempContentId id) {
        String now = Timestamps.text(clock.instant());
        return database.read("reading generated content " + id, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM temp_content WHERE id = ? AND expires_at > ?")) {
                select.setString(1, id.value());
                select.setString(2, now);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(content(row)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<TempContent> recent(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit: " + limit + ", must be at least 1");
        }
        String now = Timestamps.text(clock.instant());
        return database.read("listing generated content", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM temp_content WHERE expires_at > ? ORDER BY created_at DESC, id LIMIT ?")) {
                select.setString(1, now);
                select.setInt(2, limit);
                List<TempContent> contents = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        contents.add(content(rows));
                    }
                }
                return contents;
            }
        });
    }

    @Override
    public void remove(TempContentId id) {
        database.write("removing generated content " + id, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM temp_content WHERE id = ?")) {
                delete.setString(1, id.value());
                return delete.executeUpdate();
            }
        });
    }

    @Override
    public int removeExpired() {
        String now = Timestamps.text(clock.instant());
        return database.write("removing expired generated content", connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM temp_content WHERE expires_at <= ?")) {
                delete.setString(1, now);
                return delete.executeUpdate();
            }
        });
    }

    private TempContent content(ResultSet row) throws SQLException {
        return new TempContent(
                TempContentId.of(row.getString(1)),
                StoredEnum.parse(ContentType.class, "temp_content.content_type", row.getString(2)),
                StoredEnum.parse(Platform.class, "temp_content.platform", row.getString(3)),
                codec.read(row.getString(4), GeneratedContent.class),
                codec.read(orEmpty(row.getString(5), "[]"), new TypeReference<List<String>>() {}).stream()
                        .map(URI::create)
                        .toList(),
                codec.read(orEmpty(row.getString(6), "{}"), new TypeReference<Map<String, String>>() {}),
                Timestamps.instant("temp_content.expires_at", row.getString(7)),
                Timestamps.instant("temp_content.created_at", row.getString(8)));
    }

    private static String orEmpty(String json, String empty) {
        return json == null || json.isBlank() ? empty : json;
    }
}
