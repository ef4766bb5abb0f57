package com.eesystem.curator.storage.local;

import com.eesystem.curator.domain.content.ContentQuery;
import com.eesystem.curator.domain.stored.StoredEnum;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A {@link ContentQuery} as a WHERE clause with one {@code ?} per value (only placeholders are generated;
 * values are bound) and an ORDER BY that breaks ties by id, so pages never overlap.
 */
record ContentFilter(String where, List<String> values, String orderBy) {

    static ContentFilter of(ContentQuery query) {
        List<String> conditions = new ArrayList<>();
        List<String> values = new ArrayList<>();
        if (!query.statuses().isEmpty()) {
            conditions.add("status IN (" + placeholders(query.statuses().size()) + ")");
            addStored(values, query.statuses());
        }
        if (!query.contentTypes().isEmpty()) {
            conditions.add(
                    "content_type IN (" + placeholders(query.contentTypes().size()) + ")");
            addStored(values, query.contentTypes());
        }
        if (!query.platforms().isEmpty()) {
            conditions.add("EXISTS (SELECT 1 FROM json_each(content_library.platforms) WHERE value IN ("
                    + placeholders(query.platforms().size()) + "))");
            addStored(values, query.platforms());
        }
        query.author().ifPresent(author -> {
            conditions.add("author_id = ?");
            values.add(author.value().toString());
        });
        if (!query.complianceStatuses().isEmpty()) {
            conditions.add("compliance_status IN ("
                    + placeholders(query.complianceStatuses().size()) + ")");
            addStored(values, query.complianceStatuses());
        }
        List<String> words = query.searchWords();
        if (!words.isEmpty()) {
            // the full-text index, each word as a prefix; the words hold only letters and digits, so the
            // quoted terms cannot carry FTS syntax
            conditions.add("row_id IN (SELECT rowid FROM content_library_search WHERE content_library_search MATCH ?)");
            values.add(words.stream().map(word -> "\"" + word + "\"*").collect(Collectors.joining(" ")));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        // every term turns around when reversed, id too, so the V11 sort indexes are walked backwards
        boolean back = query.reversed();
        String orderBy = switch (query.order()) {
            case RECENTLY_UPDATED -> "updated_at " + (back ? "ASC" : "DESC") + ", id " + (back ? "DESC" : "ASC");
            case RECENTLY_CREATED -> "created_at " + (back ? "ASC" : "DESC") + ", id " + (back ? "DESC" : "ASC");
            case RECENTLY_PUBLISHED ->
                "published_at " + (back ? "ASC NULLS FIRST" : "DESC NULLS LAST") + ", id " + (back ? "DESC" : "ASC");
            case TITLE -> ascending("lower(title)", back);
            case CONTENT_TYPE -> ascending("content_type", back);
            case STATUS -> ascending("status", back);
            case COMPLIANCE_STATUS -> ascending("compliance_status", back);
        };
        return new ContentFilter(where, List.copyOf(values), orderBy);
    }

    /** Binds the values from {@code first}; returns the next free index. */
    int bind(PreparedStatement statement, int first) throws SQLException {
        int index = first;
        for (String value : values) {
            statement.setString(index++, value);
        }
        return index;
    }

    private static String ascending(String column, boolean back) {
        String direction = back ? " DESC" : " ASC";
        return column + direction + ", id" + direction;
    }

    private static String placeholders(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> "?").collect(Collectors.joining(", "));
    }

    private static void addStored(List<String> values, Collection<? extends StoredEnum> constants) {
        constants.stream().map(StoredEnum::storedValue).sorted().forEach(values::add);
    }
}
