-- Sync metadata (docs/sync.md). Numbered 9 so the local-store work can keep adding 5..8 without a clash.

-- Per synced row, the version of each field as the team store last confirmed it (pushed or pulled):
-- {"fields": {name: {"value": json, "stamp": "hlc@device", "basedOn": "hlc@device"|null}},
--  "approvedBasis": {name: "hlc@device"}}. Local edits are diffed against it when they are pushed.
CREATE TABLE sync_rows (
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    meta TEXT NOT NULL,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (entity, entity_id)
);

-- A text field edited on two desktops at once: the value that lost the merge, kept until the user picks.
CREATE TABLE sync_conflicts (
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field TEXT NOT NULL,
    kept_value TEXT NOT NULL,
    other_value TEXT NOT NULL,
    other_stamp TEXT NOT NULL,
    detected_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (entity, entity_id, field, other_stamp)
);
