package com.eesystem.curator.storage.local;

import com.eesystem.curator.domain.cache.CacheEntry;
import com.eesystem.curator.domain.cache.CachedContentType;
import com.eesystem.curator.domain.cache.ContentCache;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Optional;

/** The content_cache table: a value per key until expires_at; an expired entry reads as absent. */
final class SqliteContentCache implements ContentCache {

    private final LocalDatabase database;
    private final Clock clock;

    SqliteContentCache(LocalDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public void put(CacheEntry entry) {
        database.write("caching " + entry.key(), connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO content_cache (key, value, content_type, expires_at, created_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (key) DO UPDATE SET value = excluded.value, content_type = excluded.content_type,
                      expires_at = excluded.expires_at, created_at = excluded.created_at
                    """)) {
                upsert.setString(1, entry.key());
                upsert.setString(2, entry.value());
                upsert.setString(3, entry.contentType().storedValue());
                upsert.setString(4, Timestamps.text(entry.expiresAt()));
                upsert.setString(5, Timestamps.text(entry.createdAt()));
                return upsert.executeUpdate();
            }
        });
    }

    @Override
    public Optional<CacheEntry> get(String key) {
        String now = Timestamps.text(clock.instant());
        return database.read("reading cache entry " + key, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT key, value, content_type, expires_at, created_at FROM content_cache"
                            + " WHERE key = ? AND expires_at > ?")) {
                select.setString(1, key);
                select.setString(2, now);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new CacheEntry(
                            row.getString(1),
                            row.getString(2),
                            CachedContentType.fromStored(row.getString(3)),
                            Timestamps.instant("content_cache.expires_at", row.getString(4)),
                            Timestamps.instant("content_cache.created_at", row.getString(5))));
                }
            }
        });
    }

    @Override
    public void invalidate(String key) {
        database.write("invalidating cache entry " + key, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM content_cache WHERE key = ?")) {
                delete.setString(1, key);
                return delete.executeUpdate();
            }
        });
    }

    @Override
    public int removeExpired() {
        String now = Timestamps.text(clock.instant());
        return database.write("removing expired cache entries", connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM content_cache WHERE expires_at <= ?")) {
                delete.setString(1, now);
                return delete.executeUpdate();
            }
        });
    }
}
