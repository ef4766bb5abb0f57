-- The review workflow offline (docs/data-model.md): review decisions, the hash-chained audit log and the
-- local user profiles chosen at start. Decisions and audit entries are synced through the outbox.

-- One row per decision; never changed, only followed by newer ones (the newest per content item counts).
-- content_version is the content revision the reviewer read: an approval binds to exactly that revision.
-- decided_at is the instant as the signature covers it (ISO-8601), so a signed decision verifies after a
-- round trip; overrides is a JSON array of {"check_type", "reason"}.
CREATE TABLE review_decisions (
    id TEXT PRIMARY KEY,
    content_id TEXT NOT NULL,
    content_version INTEGER NOT NULL CHECK (content_version >= 1),
    reviewer_id TEXT NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('approved', 'rejected', 'changes_requested')),
    comment TEXT NOT NULL DEFAULT '',
    overrides TEXT NOT NULL DEFAULT '[]',
    override_reason TEXT,
    decided_at TEXT NOT NULL,
    signature TEXT,
    signature_algorithm TEXT,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    CHECK ((signature IS NULL) = (signature_algorithm IS NULL))
);
CREATE INDEX idx_review_decisions_content ON review_decisions(content_id, decided_at);

CREATE TRIGGER review_decisions_no_update BEFORE UPDATE ON review_decisions
BEGIN
    SELECT RAISE(ABORT, 'review_decisions is append-only: a decision is followed by a newer one, never changed');
END;
CREATE TRIGGER review_decisions_no_delete BEFORE DELETE ON review_decisions
BEGIN
    SELECT RAISE(ABORT, 'review_decisions is append-only: decisions are never deleted');
END;

-- The audit log of this desktop: entry n holds the hash of entry n-1 (AuditChain, SHA-256), so altering,
-- removing or reordering rows breaks the chain that `curator audit verify` walks. at is the ISO-8601
-- instant exactly as hashed; details a JSON object with sorted keys. The triggers refuse UPDATE and
-- DELETE through any connection; the chain catches whoever drops them.
CREATE TABLE audit_log (
    sequence INTEGER PRIMARY KEY CHECK (sequence >= 1),
    at TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT '{}',
    previous_hash TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX idx_audit_log_subject ON audit_log(subject);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: entries are never updated');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: entries are never deleted');
END;

-- The people who use this desktop, chosen at start; the role decides what the window offers and the use
-- cases allow. public_key is the reviewer's Ed25519 key (X.509, base64) that offline decisions are
-- verified with; null until one is registered.
CREATE TABLE user_profiles (
    id TEXT PRIMARY KEY,
    display_name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    role TEXT NOT NULL CHECK (role IN ('editor', 'reviewer', 'admin')),
    public_key TEXT,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);
