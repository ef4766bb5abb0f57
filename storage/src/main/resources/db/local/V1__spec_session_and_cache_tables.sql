-- The six SQLite tables of the data spec (database-schemas.md, "SQLite Schema Design"), exactly as written.

CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    session_data TEXT,              -- JSON session data
    expires_at TIMESTAMP NOT NULL,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX idx_sessions_user_id ON sessions(user_id);
CREATE INDEX idx_sessions_expires_at ON sessions(expires_at);

CREATE TABLE user_preferences (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id TEXT NOT NULL,
    preference_key TEXT NOT NULL,
    preference_value TEXT,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    UNIQUE(user_id, preference_key)
);

CREATE TABLE content_cache (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    content_type TEXT,              -- 'generated_content', 'ai_response', 'api_result'
    expires_at TIMESTAMP NOT NULL,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX idx_content_cache_expires_at ON content_cache(expires_at);
CREATE INDEX idx_content_cache_content_type ON content_cache(content_type);

CREATE TABLE generation_queue (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    content_type TEXT NOT NULL,
    platform TEXT NOT NULL,
    prompt_data TEXT NOT NULL,      -- JSON prompt data
    priority INTEGER DEFAULT 5,    -- 1-10, higher = more urgent
    status TEXT DEFAULT 'pending', -- 'pending', 'processing', 'completed', 'failed'
    attempts INTEGER DEFAULT 0,
    max_attempts INTEGER DEFAULT 3,
    error_message TEXT,
    result_data TEXT,              -- JSON result data
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    processed_at TIMESTAMP
);

CREATE INDEX idx_generation_queue_status ON generation_queue(status);
CREATE INDEX idx_generation_queue_priority ON generation_queue(priority);
CREATE INDEX idx_generation_queue_created_at ON generation_queue(created_at);

CREATE TABLE temp_content (
    id TEXT PRIMARY KEY,
    content_type TEXT NOT NULL,
    platform TEXT NOT NULL,
    content_data TEXT NOT NULL,     -- JSON content data
    media_urls TEXT,               -- JSON array of media URLs
    generation_metadata TEXT,      -- JSON metadata from generation
    expires_at TIMESTAMP NOT NULL,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX idx_temp_content_expires_at ON temp_content(expires_at);
CREATE INDEX idx_temp_content_content_type ON temp_content(content_type);

CREATE TABLE batch_operations (
    id TEXT PRIMARY KEY,
    operation_type TEXT NOT NULL,   -- 'content_generation', 'publication', 'compliance_check'
    total_items INTEGER NOT NULL,
    completed_items INTEGER DEFAULT 0,
    failed_items INTEGER DEFAULT 0,
    status TEXT DEFAULT 'pending',  -- 'pending', 'running', 'completed', 'failed'
    operation_data TEXT,           -- JSON operation parameters
    results TEXT,                  -- JSON results
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    completed_at TIMESTAMP
);

CREATE INDEX idx_batch_operations_status ON batch_operations(status);
CREATE INDEX idx_batch_operations_created_at ON batch_operations(created_at);
