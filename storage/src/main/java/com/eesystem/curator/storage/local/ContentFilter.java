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
 *
 * <p>{@link #orderedWhere} is the same condition for reading a page in order: its columns carry SQLite's
 * unary {@code +}, so the planner walks the order's sort index (V11: sort key, id, then the filter
 * columns, checked inside the index) and stops after the page, instead of collecting every match
 * through a filter index and sorting them all (seconds when a filter or a common word matches 100k rows).
 */
record ContentFilter(String where, String orderedWhere, List<String> values, String orderBy) {

    static ContentFilter of(ContentQuery query) {
        ContentFilter plain = of(query, "");
        boolean sortIndex = switch (query.order()) {
            case RECENTLY_UPDATED, TITLE, CONTENT_TYPE, STATUS, COMPLIANCE_STATUS -> true;
            case RECENTLY_CREATED, RECENTLY_PUBLISHED -> false;
        };
        String ordered = sortIndex ? of(query, "+").where() : plain.where();
        return new ContentFilter(plain.where(), ordered, plain.values(), plain.orderBy());
    }

    private static ContentFilter of(ContentQuery query, String unindexed) {
        List<String> conditions = new ArrayList<>();
        List<String> values = new ArrayList<>();
        if (!query.statuses().isEmpty()) {
            conditions.add(
                    unindexed + "status IN (" + placeholders(query.statuses().size()) + ")");
            addStored(values, query.statuses());
        }
        if (!query.contentTypes().isEmpty()) {
            conditions.add(unindexed + "content_type IN ("
                    + placeholders(query.contentTypes().size()) + ")");
            addStored(values, query.contentTypes());
        }
        if (!query.platforms().isEmpty()) {
            conditions.add("EXISTS (SELECT 1 FROM json_each(content_library.platforms) WHERE value IN ("
                    + placeholders(query.platforms().size()) + "))");
            addStored(values, query.platforms());
        }
        query.author().ifPresent(author -> {
            // not in the sort indexes: its own index stays usable (one author's items, then sorted)
            conditions.add("author_id = ?");
            values.add(author.value().toString());
        });
        if (!query.complianceStatuses().isEmpty()) {
            conditions.add(unindexed + "compliance_status IN ("
                    + placeholders(query.complianceStatuses().size()) + ")");
            addStored(values, query.complianceStatuses());
        }
        List<String> words = query.searchWords();
        if (!words.isEmpty()) {
            // the full-text index, each word as a prefix; the words hold only letters and digits, so the
            // quoted terms cannot carry FTS syntax
            conditions.add(unindexed
                    + "row_id IN (SELECT rowid FROM content_library_search WHERE content_library_search MATCH ?)");
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
        return new ContentFilter(where, where, List.copyOf(values), orderBy);
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
