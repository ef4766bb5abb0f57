-- The demo workspace of a first start (docs/data-model.md "Demo workspace"): which content items and
-- brand guidelines the demo created, so "Clear demo" removes exactly those and never a user's rows, and
-- whether it was seeded or cleared (entity 'workspace', entity_id 'seeded' or 'cleared'), so a cleared
-- demo is not seeded again. Demo rows are never pushed to the team store.
CREATE TABLE demo_workspace (
    entity TEXT NOT NULL CHECK (entity IN ('content_library', 'brand_guidelines', 'workspace')),
    entity_id TEXT NOT NULL,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (entity, entity_id)
);

-- Decisions stay append-only, except the demo's own: clearing the demo deletes its decisions with its content.
DROP TRIGGER review_decisions_no_delete;
CREATE TRIGGER review_decisions_no_delete BEFORE DELETE ON review_decisions
WHEN NOT EXISTS (SELECT 1 FROM demo_workspace WHERE entity = 'content_library' AND entity_id = old.content_id)
BEGIN
    SELECT RAISE(ABORT, 'review_decisions is append-only: decisions are never deleted');
END;
