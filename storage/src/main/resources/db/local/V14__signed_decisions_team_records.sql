-- Signed review decisions and the team's review records (docs/sync.md, "Signed decisions").

-- The SHA-256 of the content body a decision was made on (domain.review.ContentDigest), part of what the
-- reviewer signs; NULL for decisions recorded before digests were bound.
ALTER TABLE review_decisions ADD COLUMN content_digest TEXT;

-- Every reviewer Ed25519 public key this desktop knows: the ones registered here (origin_device is this
-- desktop) and the ones other desktops published through the team store. A reviewer may have several
-- (a new computer, a lost key folder); a pulled decision verifies when one of them verifies it.
-- public_key is the X.509 encoding in base64, fingerprint the SHA-256 hex of that encoding.
CREATE TABLE reviewer_keys (
    reviewer_id TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    public_key TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    registered_at TEXT NOT NULL,
    PRIMARY KEY (reviewer_id, fingerprint)
);

-- Pulled review decisions and audit entries that were not applied: a signature that does not verify
-- (tampered, unknown key, another user's key) or an audit entry whose hash does not match. Kept so the
-- sync status, the conflicts page and `curator sync` can name each one; the row itself stays in the feed.
CREATE TABLE rejected_changes (
    origin_device TEXT NOT NULL,
    origin_sequence INTEGER NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    actor_id TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL,
    payload TEXT NOT NULL,
    detected_at TEXT NOT NULL,
    PRIMARY KEY (origin_device, origin_sequence)
);
CREATE INDEX idx_rejected_changes_detected ON rejected_changes(detected_at);

-- The audit entries of the other desktops, pulled with their place in their desktop's hash chain; each
-- entry's hash is recomputed before it is kept (this desktop's own chain stays in audit_log).
CREATE TABLE team_audit_log (
    origin_device TEXT NOT NULL,
    sequence INTEGER NOT NULL CHECK (sequence >= 1),
    at TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT '{}',
    previous_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (origin_device, sequence)
);
CREATE INDEX idx_team_audit_log_subject ON team_audit_log(subject);
