-- Local-only changes in the outbox (docs/data-model.md, "outbox"). The outbox is also the change log the
-- incremental backups are cut from, so a change that never goes to the team store (a user profile, a
-- review request held for Redis) is logged here too, so a restore brings it back. Such rows have
-- local_only = 1 and are written with pushed = 1, meaning nothing is left to push: every reader of pending
-- rows (the sync engine, the pending count) skips them without knowing about this column.
ALTER TABLE outbox ADD COLUMN local_only INTEGER NOT NULL DEFAULT 0 CHECK (local_only IN (0, 1));
