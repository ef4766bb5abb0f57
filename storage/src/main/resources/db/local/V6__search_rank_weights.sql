-- bm25 column weights as each index's default rank, so "ORDER BY rank LIMIT n" takes FTS5's fast path
-- (title weighs most, then hashtags, description, caption, script; knowledge: title, then content).
INSERT INTO content_library_search(content_library_search, rank) VALUES ('rank', 'bm25(10.0, 3.0, 2.0, 1.0, 5.0)');
INSERT INTO brand_knowledge_search(brand_knowledge_search, rank) VALUES ('rank', 'bm25(5.0, 1.0)');
