package com.eesystem.curator.storage.local;

import com.eesystem.curator.domain.generation.GeneratedContent;
import com.eesystem.curator.domain.generation.GenerationPriority;
import com.eesystem.curator.domain.generation.GenerationQueue;
import com.eesystem.curator.domain.generation.GenerationRequest;
import com.eesystem.curator.domain.generation.GenerationTask;
import com.eesystem.curator.domain.generation.GenerationTaskId;
import com.eesystem.curator.domain.generation.QueueStatus;
import com.eesystem.curator.domain.stored.StoredEnum;
import com.eesystem.curator.storage.codec.JsonCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The local generation_queue (works without Redis). The lifecycle lives in {@link GenerationTask}; this
 * adapter loads a row, applies the transition and writes it back inside one write transaction, and the
 * single writer connection makes a claim exclusive.
 */
final class SqliteGenerationQueue implements GenerationQueue {

    private static final String COLUMNS = "id, prompt_data, priority, status, attempts, max_attempts, error_message,"
            + " result_data, created_at, updated_at, processed_at";
    private static final String CLAIM_ORDER = "priority DESC, created_at, id";

    private final LocalDatabase database;
    private final Clock clock;
    private final JsonCodec codec = JsonCodec.instance();

    SqliteGenerationQueue(LocalDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public GenerationTask enqueue(GenerationRequest request, GenerationPriority priority) {
        Instant now = now();
        return database.write("queueing a " + request.contentType().storedValue() + " generation", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO generation_queue (content_type, platform, prompt_data, priority, status, attempts,
                      max_attempts, created_at, updated_at)
                    VALUES (?, ?, ?, ?, 'pending', 0, ?, ?, ?) RETURNING id
                    """)) {
                insert.setString(1, request.contentType().storedValue());
                insert.setString(2, request.platform().storedValue());
                insert.setString(3, codec.write(request));
                insert.setInt(4, priority.value());
                insert.setInt(5, GenerationTask.DEFAULT_MAX_ATTEMPTS);
                insert.setString(6, Timestamps.text(now));
                insert.setString(7, Timestamps.text(now));
                try (ResultSet key = insert.executeQuery()) {
                    key.next();
                    return GenerationTask.enqueued(
                            GenerationTaskId.of(key.getLong(1)),
                            request,
                            priority,
                            GenerationTask.DEFAULT_MAX_ATTEMPTS,
                            now);
                }
            }
        });
    }

    @Override
    public Optional<GenerationTask> claimNext() {
        Instant now = now();
        return database.write("claiming a generation task", connection -> {
            List<GenerationTask> next =
                    select(connection, "WHERE status = 'pending' ORDER BY " + CLAIM_ORDER + " LIMIT 1", null);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            GenerationTask started = next.getFirst().start(now);
            update(connection, started);
            return Optional.of(started);
        });
    }

    @Override
    public GenerationTask complete(GenerationTaskId id, GeneratedContent result) {
        Instant now = now();
        return database.write("completing generation task " + id, connection -> {
            GenerationTask done = load(connection, id).complete(result, now);
            update(connection, done);
            return done;
        });
    }

    @Override
    public GenerationTask fail(GenerationTaskId id, String errorMessage) {
        Instant now = now();
        return database.write("failing generation task " + id, connection -> {
            GenerationTask failed = load(connection, id).fail(errorMessage, now);
            update(connection, failed);
            return failed;
        });
    }

    @Override
    public Optional<GenerationTask> find(GenerationTaskId id) {
        return database.read(
                "reading generation task " + id,
                connection -> select(connection, "WHERE id = ?", id).stream().findFirst());
    }

    @Override
    public List<GenerationTask> withStatus(QueueStatus status, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit: " + limit + ", must be at least 1");
        }
        String order = status == QueueStatus.PENDING ? CLAIM_ORDER : "updated_at DESC, id DESC";
        return database.read("listing " + status.storedValue() + " generation tasks", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM generation_queue WHERE status = ? ORDER BY " + order + " LIMIT ?")) {
                select.setString(1, status.storedValue());
                select.setInt(2, limit);
                return tasks(select);
            }
        });
    }

    @Override
    public int recoverStalled(Instant stalledBefore) {
        Instant now = now();
        return database.write("recovering stalled generation tasks", connection -> {
            List<GenerationTask> stalled = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM generation_queue WHERE status = 'processing' AND updated_at < ?")) {
                select.setString(1, Timestamps.text(stalledBefore));
                stalled.addAll(tasks(select));
            }
            for (GenerationTask task : stalled) {
                update(connection, task.fail("stalled: the worker stopped while generating", now));
            }
            return stalled.size();
        });
    }

    @Override
    public int removeFinishedBefore(Instant cutoff) {
        return database.write("removing finished generation tasks", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM generation_queue WHERE status IN ('completed', 'failed') AND processed_at < ?")) {
                delete.setString(1, Timestamps.text(cutoff));
                return delete.executeUpdate();
            }
        });
    }

    private GenerationTask load(Connection connection, GenerationTaskId id) throws SQLException {
        return select(connection, "WHERE id = ?", id).stream()
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("generation_queue.id: " + id + " does not exist"));
    }

    private List<GenerationTask> select(Connection connection, String tail, GenerationTaskId id) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT " + COLUMNS + " FROM generation_queue " + tail)) {
            if (id != null) {
                select.setLong(1, id.value());
            }
            return tasks(select);
        }
    }

    private List<GenerationTask> tasks(PreparedStatement select) throws SQLException {
        List<GenerationTask> tasks = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String result = rows.getString(8);
                tasks.add(new GenerationTask(
                        GenerationTaskId.of(rows.getLong(1)),
                        codec.read(rows.getString(2), GenerationRequest.class),
                        new GenerationPriority(rows.getInt(3)),
                        StoredEnum.parse(QueueStatus.class, QueueStatus.COLUMN, rows.getString(4)),
                        rows.getInt(5),
                        rows.getInt(6),
                        Optional.ofNullable(rows.getString(7)),
                        result == null ? Optional.empty() : Optional.of(codec.read(result, GeneratedContent.class)),
                        Timestamps.instant("generation_queue.created_at", rows.getString(9)),
                        Timestamps.instant("generation_queue.updated_at", rows.getString(10)),
                        Optional.ofNullable(Timestamps.instant("generation_queue.processed_at", rows.getString(11)))));
            }
        }
        return tasks;
    }

    private void update(Connection connection, GenerationTask task) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE generation_queue SET status = ?, attempts = ?, max_attempts = ?, error_message = ?,
                  result_data = ?, updated_at = ?, processed_at = ?
                WHERE id = ?
                """)) {
            update.setString(1, task.status().storedValue());
            update.setInt(2, task.attempts());
            update.setInt(3, task.maxAttempts());
            update.setString(4, task.errorMessage().orElse(null));
            update.setString(5, task.result().map(codec::write).orElse(null));
            update.setString(6, Timestamps.text(task.updatedAt()));
            update.setString(7, Timestamps.text(task.processedAt().orElse(null)));
            update.setLong(8, task.id().value());
            update.executeUpdate();
        }
    }

    // the table keeps milliseconds; truncating here makes a task read back equal to the one returned
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
