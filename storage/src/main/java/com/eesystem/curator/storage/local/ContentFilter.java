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
        for (String word : query.keywordList()) {
            conditions.add("instr(search_text, ?) > 0");
            values.add(word);
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        String orderBy = switch (query.order()) {
            case RECENTLY_UPDATED -> "updated_at DESC, id";
            case RECENTLY_CREATED -> "created_at DESC, id";
            case RECENTLY_PUBLISHED -> "published_at DESC NULLS LAST, id";
            case TITLE -> "lower(title), id";
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

    private static String placeholders(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> "?").collect(Collectors.joining(", "));
    }

    private static void addStored(List<String> values, Collection<? extends StoredEnum> constants) {
        constants.stream().map(StoredEnum::storedValue).sorted().forEach(values::add);
    }
}
