-- Offline copies of the team-store tables an editor or reviewer needs without a network, the outbox the
-- sync engine pushes from, and the sync watermarks. Columns follow the AstraDB tables of the data spec;
-- MAP/LIST columns become JSON text, VECTOR becomes a little-endian float32 BLOB plus the model id.
-- Timestamps are UTC text 'YYYY-MM-DD HH:MM:SS.SSS' (sorts like CURRENT_TIMESTAMP, which the spec's
-- defaults write). No foreign keys between synced copies: the sync engine may deliver a schedule
-- entry or a check before the content item it names.

-- row_id is the stable integer key the full-text index points at: VACUUM may renumber implicit rowids.
CREATE TABLE content_library (
    row_id INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    description TEXT,
    content_type TEXT NOT NULL,
    platform TEXT,
    platform_specs TEXT NOT NULL DEFAULT '{}',      -- JSON object
    script_content TEXT,
    media_prompts TEXT,
    hashtags TEXT NOT NULL DEFAULT '[]',            -- JSON array
    compliance_notes TEXT,
    performance_metrics TEXT NOT NULL DEFAULT '{}', -- JSON object of numbers
    status TEXT NOT NULL,
    author_id TEXT,
    item_data TEXT NOT NULL DEFAULT '{}',           -- JSON: fields of the item the columns do not hold
    version INTEGER NOT NULL CHECK (version >= 1),  -- versioned save: WHERE version = ?
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    published_at TIMESTAMP
);

CREATE INDEX idx_content_library_content_type ON content_library(content_type);
CREATE INDEX idx_content_library_status ON content_library(status);
CREATE INDEX idx_content_library_published_at ON content_library(published_at);
CREATE INDEX idx_content_library_updated_at ON content_library(updated_at);

CREATE TABLE publication_schedule (
    id TEXT PRIMARY KEY,
    content_id TEXT NOT NULL,
    platform TEXT NOT NULL,
    scheduled_at TIMESTAMP NOT NULL,
    cycle_week INTEGER,
    cycle_day INTEGER CHECK (cycle_day IS NULL OR cycle_day BETWEEN 1 AND 7),
    theme TEXT,
    priority INTEGER NOT NULL DEFAULT 5,
    status TEXT NOT NULL,
    result_data TEXT NOT NULL DEFAULT '{}',         -- JSON object
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE INDEX idx_publication_schedule_content_id ON publication_schedule(content_id);
CREATE INDEX idx_publication_schedule_platform ON publication_schedule(platform);
CREATE INDEX idx_publication_schedule_scheduled_at ON publication_schedule(scheduled_at);
CREATE INDEX idx_publication_schedule_status ON publication_schedule(status);
CREATE INDEX idx_publication_schedule_cycle ON publication_schedule(cycle_week, cycle_day);

CREATE TABLE content_templates (
    id TEXT PRIMARY KEY,
    template_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    platform TEXT,
    template_structure TEXT NOT NULL DEFAULT '{}',  -- JSON structure for content
    script_template TEXT,
    media_template TEXT,
    compliance_requirements TEXT NOT NULL DEFAULT '[]', -- JSON array
    usage_count INTEGER NOT NULL DEFAULT 0,
    performance_score REAL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE INDEX idx_content_templates_content_type ON content_templates(content_type);
CREATE INDEX idx_content_templates_platform ON content_templates(platform);
CREATE INDEX idx_content_templates_performance_score ON content_templates(performance_score);

CREATE TABLE brand_guidelines (
    id TEXT PRIMARY KEY,
    guideline_type TEXT NOT NULL,
    category TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT,
    requirements TEXT NOT NULL DEFAULT '[]',        -- JSON array
    restrictions TEXT NOT NULL DEFAULT '[]',        -- JSON array
    examples TEXT,
    severity_level TEXT NOT NULL,
    platforms TEXT NOT NULL DEFAULT '[]',           -- JSON array
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE INDEX idx_brand_guidelines_guideline_type ON brand_guidelines(guideline_type);
CREATE INDEX idx_brand_guidelines_category ON brand_guidelines(category);
CREATE INDEX idx_brand_guidelines_severity_level ON brand_guidelines(severity_level);

CREATE TABLE brand_knowledge (
    row_id INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    knowledge_type TEXT NOT NULL,
    title TEXT NOT NULL,
    content TEXT NOT NULL,
    embedding BLOB,                                 -- float32 little-endian
    embedding_model TEXT,                           -- the model that produced the embedding
    relevance_score REAL,
    category TEXT NOT NULL,
    status TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CHECK ((embedding IS NULL) = (embedding_model IS NULL))
);

CREATE INDEX idx_brand_knowledge_knowledge_type ON brand_knowledge(knowledge_type);
CREATE INDEX idx_brand_knowledge_category ON brand_knowledge(category);
CREATE INDEX idx_brand_knowledge_status ON brand_knowledge(status);

CREATE TABLE compliance_checks (
    id TEXT PRIMARY KEY,
    content_id TEXT NOT NULL,
    content_version INTEGER,                        -- the exact version that was checked
    check_type TEXT NOT NULL,
    check_result TEXT NOT NULL,
    confidence_score REAL,
    issues_found TEXT NOT NULL DEFAULT '[]',        -- JSON array of issues
    recommendations TEXT,
    reviewer_id TEXT,
    reviewed_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);

CREATE INDEX idx_compliance_checks_content_id ON compliance_checks(content_id, created_at);
CREATE INDEX idx_compliance_checks_check_type ON compliance_checks(check_type);
CREATE INDEX idx_compliance_checks_check_result ON compliance_checks(check_result);

CREATE TABLE agent_memory (
    id TEXT PRIMARY KEY,
    agent_type TEXT NOT NULL,
    memory_type TEXT NOT NULL,
    memory_key TEXT NOT NULL,
    memory_content TEXT NOT NULL,
    embedding BLOB,                                 -- float32 little-endian
    embedding_model TEXT,
    relevance_score REAL,
    context_data TEXT NOT NULL DEFAULT '{}',        -- JSON object
    expires_at TIMESTAMP,                           -- NULL: permanent
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE INDEX idx_agent_memory_agent_type ON agent_memory(agent_type);
CREATE INDEX idx_agent_memory_memory_type ON agent_memory(memory_type);
CREATE INDEX idx_agent_memory_memory_key ON agent_memory(memory_key);
CREATE INDEX idx_agent_memory_expires_at ON agent_memory(expires_at);

-- Every local change of a synced table appends one row here in the same transaction as the change.
-- sequence orders the log on this device; hlc (hybrid logical clock, 'physical-counter') orders it
-- across devices; pushed flips to 1 when the team store acknowledged the row.
CREATE TABLE outbox (
    sequence INTEGER PRIMARY KEY AUTOINCREMENT,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    operation TEXT NOT NULL CHECK (operation IN ('upsert', 'delete')),
    payload TEXT NOT NULL,                          -- JSON of the row as written
    hlc TEXT NOT NULL,
    device_id TEXT NOT NULL,
    pushed INTEGER NOT NULL DEFAULT 0 CHECK (pushed IN (0, 1)),
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX idx_outbox_pending ON outbox(pushed, sequence);
CREATE INDEX idx_outbox_entity ON outbox(entity, entity_id);

-- Watermarks of the sync engine (last pulled HLC per table, last pushed sequence) and this device's id.
CREATE TABLE sync_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);
