-- Columns for the parts of a content item's body the library filters and searches on (the domain's
-- ContentBody): the post caption, the target platforms and the revision that checks bind to; plus
-- search_text, the lower-cased haystack the library's keyword filter matches words in (the same text
-- ContentQuery.matches looks at, so the store and the domain agree on what matches).
-- The full-text index is rebuilt to cover the caption too.

ALTER TABLE content_library ADD COLUMN caption TEXT NOT NULL DEFAULT '';
ALTER TABLE content_library ADD COLUMN platforms TEXT NOT NULL DEFAULT '[]';   -- JSON array of platform ids
ALTER TABLE content_library ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE content_library ADD COLUMN search_text TEXT NOT NULL DEFAULT '';

CREATE INDEX idx_content_library_author_id ON content_library(author_id);

DROP TRIGGER content_library_search_insert;
DROP TRIGGER content_library_search_delete;
DROP TRIGGER content_library_search_update;
DROP TABLE content_library_search;

CREATE VIRTUAL TABLE content_library_search USING fts5(
    title, description, caption, script_content, hashtags,
    content='content_library', content_rowid='row_id',
    tokenize='unicode61 remove_diacritics 2'
);

CREATE TRIGGER content_library_search_insert AFTER INSERT ON content_library BEGIN
    INSERT INTO content_library_search(rowid, title, description, caption, script_content, hashtags)
    VALUES (new.row_id, new.title, new.description, new.caption, new.script_content, new.hashtags);
END;

CREATE TRIGGER content_library_search_delete AFTER DELETE ON content_library BEGIN
    INSERT INTO content_library_search(content_library_search, rowid, title, description, caption, script_content, hashtags)
    VALUES ('delete', old.row_id, old.title, old.description, old.caption, old.script_content, old.hashtags);
END;

CREATE TRIGGER content_library_search_update AFTER UPDATE OF title, description, caption, script_content, hashtags ON content_library BEGIN
    INSERT INTO content_library_search(content_library_search, rowid, title, description, caption, script_content, hashtags)
    VALUES ('delete', old.row_id, old.title, old.description, old.caption, old.script_content, old.hashtags);
    INSERT INTO content_library_search(rowid, title, description, caption, script_content, hashtags)
    VALUES (new.row_id, new.title, new.description, new.caption, new.script_content, new.hashtags);
END;

INSERT INTO content_library_search(content_library_search) VALUES ('rebuild');
