package com.eesystem.curator.storage.local;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Ranked full-text search (FTS5, bm25) over the offline library and brand knowledge. Titles weigh most,
 * then hashtags, descriptions, captions and scripts. User text is quoted by {@link FtsQuery}, so typing
 * FTS syntax cannot break the query.
 */
public final class LocalSearch {

    // the top rows are ranked first (FTS5's rank fast path); snippets are made for those rows only, since
    // snippet() over every match of a common word costs seconds on 100k rows
    private static final String CONTENT = """
            WITH top AS (
              SELECT rowid AS row_id, rank FROM content_library_search
              WHERE content_library_search MATCH ?1 ORDER BY rank LIMIT ?2)
            SELECT c.id, c.title, top.rank,
                   (SELECT snippet(content_library_search, -1, '[', ']', '…', 12) FROM content_library_search
                    WHERE content_library_search MATCH ?1 AND rowid = top.row_id)
            FROM top JOIN content_library c ON c.row_id = top.row_id
            ORDER BY top.rank
            """;
    private static final String KNOWLEDGE = """
            WITH top AS (
              SELECT rowid AS row_id, rank FROM brand_knowledge_search
              WHERE brand_knowledge_search MATCH ?1 ORDER BY rank LIMIT ?2)
            SELECT k.id, k.title, top.rank,
                   (SELECT snippet(brand_knowledge_search, -1, '[', ']', '…', 12) FROM brand_knowledge_search
                    WHERE brand_knowledge_search MATCH ?1 AND rowid = top.row_id)
            FROM top JOIN brand_knowledge k ON k.row_id = top.row_id
            ORDER BY top.rank
            """;

    private final LocalDatabase database;

    LocalSearch(LocalDatabase database) {
        this.database = database;
    }

    /** Library items matching every word of {@code userText}, best first. */
    public List<SearchHit> content(String userText, int limit) {
        return run(CONTENT, "searching the library", userText, limit);
    }

    /** Brand knowledge entries matching every word of {@code userText}, best first. */
    public List<SearchHit> knowledge(String userText, int limit) {
        return run(KNOWLEDGE, "searching brand knowledge", userText, limit);
    }

    private List<SearchHit> run(String sql, String doing, String userText, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit: " + limit + ", must be 1..1000");
        }
        String match = FtsQuery.of(userText);
        if (match.isEmpty()) {
            return List.of();
        }
        return database.read(doing, connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, match);
                select.setInt(2, limit);
                List<SearchHit> hits = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        hits.add(new SearchHit(
                                rows.getString(1), rows.getString(2), rows.getDouble(3), rows.getString(4)));
                    }
                }
                return hits;
            }
        });
    }
}
