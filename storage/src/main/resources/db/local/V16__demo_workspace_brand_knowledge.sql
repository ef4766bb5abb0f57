-- The demo workspace also seeds brand knowledge (voice notes, product facts, approved claims), so
-- "Clear demo" must know those rows too: demo_workspace accepts the entity 'brand_knowledge'. SQLite
-- cannot change a CHECK constraint in place, so the table is rebuilt with its rows; the trigger that
-- reads it is dropped first and created again unchanged.
DROP TRIGGER review_decisions_no_delete;

CREATE TABLE demo_workspace_v16 (
    entity TEXT NOT NULL CHECK (entity IN ('content_library', 'brand_guidelines', 'brand_knowledge', 'workspace')),
    entity_id TEXT NOT NULL,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (entity, entity_id)
);
INSERT INTO demo_workspace_v16 (entity, entity_id, created_at)
SELECT entity, entity_id, created_at FROM demo_workspace;
DROP TABLE demo_workspace;
ALTER TABLE demo_workspace_v16 RENAME TO demo_workspace;

CREATE TRIGGER review_decisions_no_delete BEFORE DELETE ON review_decisions
WHEN NOT EXISTS (SELECT 1 FROM demo_workspace WHERE entity = 'content_library' AND entity_id = old.content_id)
BEGIN
    SELECT RAISE(ABORT, 'review_decisions is append-only: decisions are never deleted');
END;
