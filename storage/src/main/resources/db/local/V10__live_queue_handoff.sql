-- Work for the live layer's (Redis) queues made while Redis could not be reached, and what was handed to
-- it (docs/sync.md, "Live layer"). The spec's generation_queue stays as written: a pending local task that
-- was moved to Redis is deleted there and recorded here, in the same transaction.

-- A compliance review request made offline; published_at is set once Redis acknowledged the enqueue. The
-- item_id is the Redis idempotency key, so a re-publish after a crash is refused by Redis.
CREATE TABLE live_review_requests (
    item_id TEXT PRIMARY KEY,
    content_id TEXT NOT NULL,
    check_type TEXT NOT NULL,
    priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 5),
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    published_at TIMESTAMP
);

CREATE INDEX idx_live_review_requests_pending ON live_review_requests(published_at, created_at);

-- A local generation task moved to Redis's content_generation_queue (its row left generation_queue).
CREATE TABLE live_moved_tasks (
    item_id TEXT PRIMARY KEY,
    task_id INTEGER NOT NULL,
    prompt_data TEXT NOT NULL,
    moved_at TIMESTAMP NOT NULL
);
