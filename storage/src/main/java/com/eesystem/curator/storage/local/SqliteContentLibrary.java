package com.eesystem.curator.storage.local;

import com.eesystem.curator.domain.content.ComplianceStatus;
import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentLibrary;
import com.eesystem.curator.domain.content.ContentListing;
import com.eesystem.curator.domain.content.ContentQuery;
import com.eesystem.curator.domain.content.ContentSave;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.content.ListedContent;
import com.eesystem.curator.domain.paging.Page;
import com.eesystem.curator.domain.paging.PageRequest;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.stored.StoredEnum;
import com.eesystem.curator.domain.sync.ChangeOperation;
import com.eesystem.curator.storage.codec.JsonCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The offline content library (content_library). The whole item is kept as JSON in item_data (read back
 * as is); the columns beside it are its projections for filters, ordering and the full-text index. A save
 * is versioned and appends its outbox row in the same transaction. As the library table
 * ({@link ContentListing}) it reads rows by offset with their compliance_status, which V11's triggers
 * derive from compliance_checks.
 */
final class SqliteContentLibrary implements ContentLibrary, ContentListing {

    static final String ENTITY = "content_library";

    private static final String UPDATE = """
            UPDATE content_library SET title = ?, description = ?, content_type = ?, platform = ?,
              platform_specs = ?, script_content = ?, media_prompts = ?, hashtags = ?, compliance_notes = ?,
              performance_metrics = ?, status = ?, author_id = ?, item_data = ?, version = ?, created_at = ?,
              updated_at = ?, published_at = ?, caption = ?, platforms = ?, revision = ?, search_text = ?
            WHERE id = ? AND version = ?
            """;
    private static final String INSERT = """
            INSERT INTO content_library (title, description, content_type, platform, platform_specs,
              script_content, media_prompts, hashtags, compliance_notes, performance_metrics, status, author_id,
              item_data, version, created_at, updated_at, published_at, caption, platforms, revision, search_text, id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO NOTHING
            """;

    private final LocalDatabase database;
    private final OutboxWriter outbox;
    private final JsonCodec codec = JsonCodec.instance();

    SqliteContentLibrary(LocalDatabase database, OutboxWriter outbox) {
        this.database = database;
        this.outbox = outbox;
    }

    @Override
    public ContentSave save(ContentItem item) {
        return save(item, true);
    }

    /**
     * Saves {@code item}; {@code logged} false skips the outbox row, for changes that came from the team
     * store (the sync engine applying a pulled change must not push it back).
     */
    ContentSave save(ContentItem item, boolean logged) {
        // JSON and the search text are built before the write lock is taken: other saves wait only for SQL
        String json = codec.write(item);
        List<Object> columns = columns(item, json);
        return database.write("saving content " + item.id(), connection -> {
            boolean isNew = item.version() == 1;
            PreparedStatement write = database.writerStatement(connection, isNew ? INSERT : UPDATE);
            int next = 1;
            for (Object column : columns) {
                write.setObject(next++, column);
            }
            write.setString(next, item.id().toString());
            if (!isNew) {
                write.setLong(next + 1, item.version() - 1);
            }
            if (write.executeUpdate() == 0) {
                return new ContentSave.VersionConflict(item.id(), item.version(), storedVersion(connection, item));
            }
            if (logged) {
                outbox.append(connection, ENTITY, item.id().toString(), ChangeOperation.UPSERT, json);
            }
            return new ContentSave.Saved(item);
        });
    }

    /**
     * Inserts new items (version 1) in one transaction, each with its outbox row, for imports and seeding
     * large libraries; an id already stored is skipped. Returns how many were inserted.
     */
    int insertNew(List<ContentItem> items) {
        for (ContentItem item : items) {
            if (item.version() != 1) {
                throw new IllegalArgumentException(
                        "content " + item.id() + ": version " + item.version() + ", only new items (version 1) import");
            }
        }
        return database.write("importing " + items.size() + " content items", connection -> {
            int inserted = 0;
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (ContentItem item : items) {
                    String json = codec.write(item);
                    int next = 1;
                    for (Object column : columns(item, json)) {
                        insert.setObject(next++, column);
                    }
                    insert.setString(next, item.id().toString());
                    if (insert.executeUpdate() == 1) {
                        inserted++;
                        outbox.append(connection, ENTITY, item.id().toString(), ChangeOperation.UPSERT, json);
                    }
                }
            }
            return inserted;
        });
    }

    @Override
    public Optional<ContentItem> find(ContentId id) {
        return database.read("reading content " + id, connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT item_data FROM content_library WHERE id = ?")) {
                select.setString(1, id.toString());
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(item(row.getString(1))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Page<ContentItem> list(ContentQuery query, PageRequest page) {
        long offset = page.cursor().map(SqliteContentLibrary::offset).orElse(0L);
        ContentFilter filter = ContentFilter.of(query);
        String sql = "SELECT item_data FROM content_library" + filter.orderedWhere() + " ORDER BY " + filter.orderBy()
                + " LIMIT ? OFFSET ?";
        return database.read("listing content", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int next = filter.bind(select, 1);
                select.setInt(next, page.size() + 1);
                select.setLong(next + 1, offset);
                List<ContentItem> items = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        items.add(item(rows.getString(1)));
                    }
                }
                if (items.size() > page.size()) {
                    return new Page<>(items.subList(0, page.size()), Optional.of(Long.toString(offset + page.size())));
                }
                return Page.last(items);
            }
        });
    }

    @Override
    public List<ListedContent> rows(ContentQuery query, long offset, int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset: " + offset + " is negative");
        }
        if (limit < 1 || limit > PageRequest.MAX_SIZE) {
            throw new IllegalArgumentException("limit: " + limit + " is outside 1.." + PageRequest.MAX_SIZE);
        }
        ContentFilter filter = ContentFilter.of(query);
        String sql = "SELECT item_data, compliance_status FROM content_library" + filter.orderedWhere() + " ORDER BY "
                + filter.orderBy() + " LIMIT ? OFFSET ?";
        return database.read("listing the library table", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int next = filter.bind(select, 1);
                select.setInt(next, limit);
                select.setLong(next + 1, offset);
                List<ListedContent> rows = new ArrayList<>(limit);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        rows.add(listed(result));
                    }
                }
                return rows;
            }
        });
    }

    @Override
    public long each(ContentQuery query, Predicate<ListedContent> sink) {
        ContentFilter filter = ContentFilter.of(query);
        String sql = "SELECT item_data, compliance_status FROM content_library" + filter.orderedWhere() + " ORDER BY "
                + filter.orderBy();
        // one statement on one read connection: a consistent snapshot, read a row at a time
        return database.read("reading the library for an export", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                filter.bind(select, 1);
                long handed = 0;
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        handed++;
                        if (!sink.test(listed(result))) {
                            break;
                        }
                    }
                }
                return handed;
            }
        });
    }

    private ListedContent listed(ResultSet row) throws SQLException {
        return new ListedContent(
                item(row.getString(1)),
                StoredEnum.parse(ComplianceStatus.class, "content_library.compliance_status", row.getString(2)));
    }

    @Override
    public long count(ContentQuery query) {
        ContentFilter filter = ContentFilter.of(query);
        return database.read("counting content", connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT count(*) FROM content_library" + filter.where())) {
                filter.bind(select, 1);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    @Override
    public Map<ContentStatus, Long> countByStatus() {
        return database.read("counting content by status", connection -> {
            Map<ContentStatus, Long> counts = new EnumMap<>(ContentStatus.class);
            for (ContentStatus status : ContentStatus.values()) {
                counts.put(status, 0L);
            }
            try (PreparedStatement select = connection.prepareStatement(
                            "SELECT status, count(*) FROM content_library GROUP BY status");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.put(
                            StoredEnum.parse(ContentStatus.class, "content_library.status", rows.getString(1)),
                            rows.getLong(2));
                }
            }
            return counts;
        });
    }

    /** The 21 columns INSERT and UPDATE share, in their order (Strings and Longs; null stays null). */
    private List<Object> columns(ContentItem item, String json) {
        ContentBody body = item.body();
        return java.util.Arrays.asList(
                body.title(),
                body.description(),
                body.contentType().storedValue(),
                body.platforms().getFirst().storedValue(),
                codec.write(body.platformSpecs()),
                body.scriptContent(),
                codec.write(body.mediaPrompts()),
                codec.write(body.hashtags()),
                item.complianceNotes(),
                codec.write(item.performanceMetrics()),
                item.status().storedValue(),
                item.authorId().value().toString(),
                json,
                item.version(),
                Timestamps.text(item.createdAt()),
                Timestamps.text(item.updatedAt()),
                Timestamps.text(item.publishedAt()),
                body.caption(),
                codec.write(body.platforms().stream().map(Platform::storedValue).toList()),
                item.revision(),
                searchText(body));
    }

    /** The same haystack {@link ContentQuery#matches} searches, lower-cased the same way. */
    static String searchText(ContentBody body) {
        return String.join(
                        "\n",
                        body.title(),
                        body.description(),
                        body.caption(),
                        body.scriptContent(),
                        String.join(" ", body.hashtags()))
                .toLowerCase(Locale.ROOT);
    }

    private static long storedVersion(Connection connection, ContentItem item) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT version FROM content_library WHERE id = ?")) {
            select.setString(1, item.id().toString());
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    private ContentItem item(String json) {
        return codec.read(json, ContentItem.class);
    }

    private static long offset(String cursor) {
        try {
            long offset = Long.parseLong(cursor);
            if (offset < 0) {
                throw new NumberFormatException();
            }
            return offset;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("page cursor: \"" + cursor + "\" did not come from this listing", e);
        }
    }
}
