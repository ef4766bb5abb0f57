-- FTS5 indexes (ranked with bm25) over the local content library and brand knowledge. External-content
-- tables: the text lives once, in the base table; triggers keep the index in step with every change.

CREATE VIRTUAL TABLE content_library_search USING fts5(
    title, description, script_content, hashtags,
    content='content_library', content_rowid='row_id',
    tokenize='unicode61 remove_diacritics 2'
);

CREATE TRIGGER content_library_search_insert AFTER INSERT ON content_library BEGIN
    INSERT INTO content_library_search(rowid, title, description, script_content, hashtags)
    VALUES (new.row_id, new.title, new.description, new.script_content, new.hashtags);
END;

CREATE TRIGGER content_library_search_delete AFTER DELETE ON content_library BEGIN
    INSERT INTO content_library_search(content_library_search, rowid, title, description, script_content, hashtags)
    VALUES ('delete', old.row_id, old.title, old.description, old.script_content, old.hashtags);
END;

CREATE TRIGGER content_library_search_update AFTER UPDATE OF title, description, script_content, hashtags ON content_library BEGIN
    INSERT INTO content_library_search(content_library_search, rowid, title, description, script_content, hashtags)
    VALUES ('delete', old.row_id, old.title, old.description, old.script_content, old.hashtags);
    INSERT INTO content_library_search(rowid, title, description, script_content, hashtags)
    VALUES (new.row_id, new.title, new.description, new.script_content, new.hashtags);
END;

CREATE VIRTUAL TABLE brand_knowledge_search USING fts5(
    title, content,
    content='brand_knowledge', content_rowid='row_id',
    tokenize='unicode61 remove_diacritics 2'
);

CREATE TRIGGER brand_knowledge_search_insert AFTER INSERT ON brand_knowledge BEGIN
    INSERT INTO brand_knowledge_search(rowid, title, content) VALUES (new.row_id, new.title, new.content);
END;

CREATE TRIGGER brand_knowledge_search_delete AFTER DELETE ON brand_knowledge BEGIN
    INSERT INTO brand_knowledge_search(brand_knowledge_search, rowid, title, content)
    VALUES ('delete', old.row_id, old.title, old.content);
END;

CREATE TRIGGER brand_knowledge_search_update AFTER UPDATE OF title, content ON brand_knowledge BEGIN
    INSERT INTO brand_knowledge_search(brand_knowledge_search, rowid, title, content)
    VALUES ('delete', old.row_id, old.title, old.content);
    INSERT INTO brand_knowledge_search(rowid, title, content) VALUES (new.row_id, new.title, new.content);
END;

-- rows copied in by an earlier version are indexed too
INSERT INTO content_library_search(content_library_search) VALUES ('rebuild');
INSERT INTO brand_knowledge_search(brand_knowledge_search) VALUES ('rebuild');
