package com.eesystem.curator.storage.local;

/**
 * One full-text match, best first.
 *
 * @param id the row's id (content_library.id or brand_knowledge.id)
 * @param score bm25 relevance: lower is better (SQLite's convention)
 * @param snippet a few words around the match, matches in [brackets]
 */
public record SearchHit(String id, String title, double score, String snippet) {}
