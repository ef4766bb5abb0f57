package com.eesystem.curator.storage.local;

import com.eesystem.curator.domain.cache.CacheEntry;
import com.eesystem.curator.domain.cache.CachedContentType;
import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.generation.GenerationTask;
import com.eesystem.curator.domain.generation.QueueStatus;
import com.eesystem.curator.domain.queue.ComplianceReviewTask;
import com.eesystem.curator.domain.queue.ReviewPriority;
import com.eesystem.curator.domain.queue.WorkItemId;
import com.eesystem.curator.domain.stored.StoredEnum;
import com.eesystem.curator.storage.codec.JsonCodec;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Work for the live layer's queues that waits in the local store while Redis cannot be reached: pending
 * local generation tasks (the spec's generation_queue) and compliance review requests made offline
 * ({@code live_review_requests}, V10). The sync side hands them to Redis on reconnect and records here
 * what Redis acknowledged (docs/sync.md, "Live layer").
 *
 * <p>Every item has a stable Redis item id ({@code local-<device>-...}), Redis's idempotency key: a
 * hand-off interrupted between Redis's acknowledgement and the local record is repeated with the same id
 * and Redis refuses the duplicate, so each item is enqueued exactly once.
 */
public final class SqliteLiveOutbox {

    static final String REVIEW_REQUESTS = "live_review_requests";
    /**
     * A held request is logged as a local outbox row (V13) so a restore brings it back; published_at is
     * not carried: a restored request is published again under the same item id, which Redis refuses if
     * it already has it.
     */
    static final RowImage.Table REVIEW_REQUEST_ROWS = new RowImage.Table(
            REVIEW_REQUESTS,
            "item_id",
            List.of("item_id", "content_id", "check_type", "priority", "created_at"),
            RowImage.OnConflict.KEEP);

    private final LocalDatabase database;
    private final OutboxWriter outbox;
    private final Clock clock;
    private final String device;

    private SqliteLiveOutbox(LocalDatabase database, OutboxWriter outbox, Clock clock) {
        this.database = database;
        this.outbox = outbox;
        this.clock = clock;
        this.device = outbox.deviceId().value();
    }

    public static SqliteLiveOutbox of(LocalStore store, Clock clock) {
        return new SqliteLiveOutbox(store.database(), store.outboxWriter(), clock);
    }

    /** A held compliance review request and its Redis item id. */
    public record HeldReview(WorkItemId itemId, ComplianceReviewTask task) {
        public HeldReview {
            Objects.requireNonNull(itemId, "item_id");
            Objects.requireNonNull(task, "task");
        }
    }

    /** Keeps a review request made while Redis is unreachable; returns the id it will have in Redis. */
    public WorkItemId holdReviewRequest(ComplianceReviewTask task) {
        Objects.requireNonNull(task, "task");
        WorkItemId id = WorkItemId.of("local-" + device + "-review-" + UUID.randomUUID());
        database.write("keeping a review request for " + task.contentId() + " until Redis is back", c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO live_review_requests (item_id, content_id, check_type, priority, created_at)"
                            + " VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, id.value());
                insert.setString(2, task.contentId().toString());
                insert.setString(3, task.checkType().storedValue());
                insert.setInt(4, task.priority().value());
                insert.setString(5, Timestamps.text(clock.instant()));
                insert.executeUpdate();
            }
            return outbox.appendLocal(
                    c,
                    REVIEW_REQUESTS,
                    id.value(),
                    REVIEW_REQUEST_ROWS.current(c, id.value()).payload());
        });
        return id;
    }

    /**
     * Unexpired generated content this desktop cached under its Redis key ({@code content_gen:<hash>},
     * type generated_content), in key order after {@code afterKey} (empty for the first page): what the
     * live layer's generation cache gets back after a reconnect.
     */
    public List<CacheEntry> cachedGenerations(String afterKey, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit: " + limit + ", must be at least 1");
        }
        String now = Timestamps.text(clock.instant());
        return database.read("reading cached generated content", c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT key, value, expires_at, created_at FROM content_cache WHERE content_type = ?"
                            + " AND key > ? AND key LIKE 'content_gen:%' AND expires_at > ? ORDER BY key LIMIT ?")) {
                select.setString(1, CachedContentType.GENERATED_CONTENT.storedValue());
                select.setString(2, afterKey);
                select.setString(3, now);
                select.setInt(4, limit);
                List<CacheEntry> entries = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entries.add(new CacheEntry(
                                rows.getString(1),
                                rows.getString(2),
                                CachedContentType.GENERATED_CONTENT,
                                Timestamps.instant("content_cache.expires_at", rows.getString(3)),
                                Timestamps.instant("content_cache.created_at", rows.getString(4))));
                    }
                }
                return entries;
            }
        });
    }

    /** Review requests not yet acknowledged by Redis, oldest first. */
    public List<HeldReview> heldReviewRequests(int limit) {
        positive(limit);
        return database.read("reading held review requests", c -> {
            try (PreparedStatement select =
                    c.prepareStatement("SELECT item_id, content_id, check_type, priority FROM live_review_requests"
                            + " WHERE published_at IS NULL ORDER BY created_at, item_id LIMIT ?")) {
                select.setInt(1, limit);
                List<HeldReview> held = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        held.add(new HeldReview(
                                WorkItemId.of(rows.getString(1)),
                                new ComplianceReviewTask(
                                        ContentId.parse(rows.getString(2)),
                                        StoredEnum.parse(
                                                CheckType.class, "live_review_requests.check_type", rows.getString(3)),
                                        ReviewPriority.of(rows.getInt(4)))));
                    }
                }
                return held;
            }
        });
    }

    /** Redis acknowledged these review requests: they are not published again. */
    public void reviewRequestsPublished(List<WorkItemId> ids) {
        database.write("recording " + ids.size() + " review requests published", c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE live_review_requests SET published_at = ? WHERE item_id = ? AND published_at IS NULL")) {
                for (WorkItemId id : ids) {
                    update.setString(1, Timestamps.text(clock.instant()));
                    update.setString(2, id.value());
                    update.addBatch();
                }
                update.executeBatch();
            }
            return null;
        });
    }

    /** Pending local generation tasks, in the order the local queue would serve them. */
    public List<GenerationTask> pendingGenerationTasks(int limit) {
        positive(limit);
        return new SqliteGenerationQueue(database, clock).withStatus(QueueStatus.PENDING, limit);
    }

    /** The Redis item id of a local generation task (stable: the same task always gets the same id). */
    public WorkItemId itemIdOf(GenerationTask task) {
        return WorkItemId.of("local-" + device + "-generation-" + task.id().value());
    }

    /**
     * Redis acknowledged these tasks: they leave the local generation_queue (so no local worker runs them
     * as well) and are recorded as moved, in one transaction. A task a local worker claimed meanwhile is
     * kept (it is no longer pending); Redis then holds a copy its consumer may run again, which docs/queues.md
     * asks consumers to tolerate.
     */
    public int generationTasksMoved(Map<WorkItemId, GenerationTask> moved) {
        JsonCodec codec = JsonCodec.instance();
        return database.write("recording " + moved.size() + " generation tasks moved to Redis", c -> {
            int removed = 0;
            try (PreparedStatement record = c.prepareStatement(
                            "INSERT INTO live_moved_tasks (item_id, task_id, prompt_data, moved_at) VALUES (?, ?, ?, ?)"
                                    + " ON CONFLICT (item_id) DO NOTHING");
                    PreparedStatement delete =
                            c.prepareStatement("DELETE FROM generation_queue WHERE id = ? AND status = 'pending'")) {
                for (var task : moved.entrySet()) {
                    delete.setLong(1, task.getValue().id().value());
                    if (delete.executeUpdate() == 0) {
                        continue;
                    }
                    removed++;
                    record.setString(1, task.getKey().value());
                    record.setLong(2, task.getValue().id().value());
                    record.setString(3, codec.write(task.getValue().request()));
                    record.setString(4, Timestamps.text(clock.instant()));
                    record.executeUpdate();
                }
            }
            return removed;
        });
    }

    /** How many items wait for Redis (pending generation tasks and unpublished review requests). */
    public long waitingCount() {
        return database.read("counting work waiting for Redis", c -> {
            try (PreparedStatement select =
                            c.prepareStatement("SELECT (SELECT count(*) FROM generation_queue WHERE status = 'pending')"
                                    + " + (SELECT count(*) FROM live_review_requests WHERE published_at IS NULL)");
                    ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    private static void positive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit: " + limit + ", must be at least 1");
        }
    }
}
