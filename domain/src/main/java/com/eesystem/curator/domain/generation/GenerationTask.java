package com.eesystem.curator.domain.generation;

import static com.eesystem.curator.domain.generation.QueueStatus.COMPLETED;
import static com.eesystem.curator.domain.generation.QueueStatus.FAILED;
import static com.eesystem.curator.domain.generation.QueueStatus.PENDING;
import static com.eesystem.curator.domain.generation.QueueStatus.PROCESSING;

import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.platform.Platform;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A generation_queue row and its lifecycle:
 *
 * <pre>
 * pending --start--> processing --complete--> completed
 *    ^                   |
 *    +---fail (attempts left)---+--fail (no attempts left) / failPermanently--> failed
 * </pre>
 *
 * Each {@link #start} counts an attempt; a failure with attempts left goes back to pending with its
 * error message kept; the failure that uses the last attempt ends in failed. Completed and failed
 * are final. A move the diagram does not show is refused with {@link GenerationTaskTransitionRefused}.
 */
public record GenerationTask(
        GenerationTaskId id,
        GenerationRequest request,
        GenerationPriority priority,
        QueueStatus status,
        int attempts,
        int maxAttempts,
        Optional<String> errorMessage,
        Optional<GeneratedContent> result,
        Instant createdAt,
        Instant updatedAt,
        Optional<Instant> processedAt) {

    /** generation_queue.max_attempts default. */
    public static final int DEFAULT_MAX_ATTEMPTS = 3;

    /** A sanity bound: a retry loop of more than this many attempts is a configuration error. */
    public static final int MAX_MAX_ATTEMPTS = 100;

    private static final Map<QueueStatus, Set<QueueStatus>> ALLOWED = Map.of(
            PENDING, EnumSet.of(PROCESSING),
            PROCESSING, EnumSet.of(PENDING, COMPLETED, FAILED),
            COMPLETED, EnumSet.noneOf(QueueStatus.class),
            FAILED, EnumSet.noneOf(QueueStatus.class));

    public GenerationTask {
        Objects.requireNonNull(id, "generation_queue.id");
        Objects.requireNonNull(request, "generation_queue.prompt_data");
        Objects.requireNonNull(priority, "generation_queue.priority");
        Objects.requireNonNull(status, "generation_queue.status");
        Objects.requireNonNull(errorMessage, "generation_queue.error_message");
        Objects.requireNonNull(result, "generation_queue.result_data");
        Objects.requireNonNull(createdAt, "generation_queue.created_at");
        Objects.requireNonNull(updatedAt, "generation_queue.updated_at");
        Objects.requireNonNull(processedAt, "generation_queue.processed_at");
        String where = " (task " + id + ", status " + status.storedValue() + ")";
        if (maxAttempts < 1 || maxAttempts > MAX_MAX_ATTEMPTS) {
            throw new IllegalArgumentException(
                    "generation_queue.max_attempts: " + maxAttempts + " is outside 1.." + MAX_MAX_ATTEMPTS + where);
        }
        if (attempts < 0 || attempts > maxAttempts) {
            throw new IllegalArgumentException(
                    "generation_queue.attempts: " + attempts + " is outside 0..max_attempts " + maxAttempts + where);
        }
        if (errorMessage.isPresent() && errorMessage.get().isBlank()) {
            throw new IllegalArgumentException("generation_queue.error_message: is blank" + where);
        }
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException(
                    "generation_queue.updated_at: " + updatedAt + " is before created_at " + createdAt + where);
        }
        if (processedAt.isPresent() && processedAt.get().isBefore(createdAt)) {
            throw new IllegalArgumentException("generation_queue.processed_at: " + processedAt.get()
                    + " is before created_at " + createdAt + where);
        }
        boolean finished = status == COMPLETED || status == FAILED;
        if (finished != processedAt.isPresent()) {
            throw new IllegalArgumentException("generation_queue.processed_at: "
                    + (finished ? "missing, required once the task finished" : "set although the task has not finished")
                    + where);
        }
        if ((status == COMPLETED) != result.isPresent()) {
            throw new IllegalArgumentException("generation_queue.result_data: "
                    + (result.isPresent() ? "set although the task has not completed" : "missing on a completed task")
                    + where);
        }
        if (status == FAILED && errorMessage.isEmpty()) {
            throw new IllegalArgumentException("generation_queue.error_message: missing on a failed task" + where);
        }
        if (status != PENDING && attempts == 0) {
            throw new IllegalArgumentException("generation_queue.attempts: 0 although the task was started" + where);
        }
        if (status == PENDING && attempts == maxAttempts) {
            throw new IllegalArgumentException("generation_queue.attempts: " + attempts
                    + " equals max_attempts on a pending task, which could never run" + where);
        }
    }

    /** A new pending task with no attempts made. */
    public static GenerationTask enqueued(
            GenerationTaskId id, GenerationRequest request, GenerationPriority priority, int maxAttempts, Instant now) {
        return new GenerationTask(
                id,
                request,
                priority,
                PENDING,
                0,
                maxAttempts,
                Optional.empty(),
                Optional.empty(),
                now,
                now,
                Optional.empty());
    }

    /** Whether the lifecycle has a move from {@code from} to {@code to}. */
    public static boolean allows(QueueStatus from, QueueStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    public ContentType contentType() {
        return request.contentType();
    }

    public Platform platform() {
        return request.platform();
    }

    public int attemptsLeft() {
        return maxAttempts - attempts;
    }

    public boolean isFinished() {
        return status == COMPLETED || status == FAILED;
    }

    /** pending -> processing; counts an attempt. */
    public GenerationTask start(Instant now) {
        require(PENDING, "start");
        return new GenerationTask(
                id,
                request,
                priority,
                PROCESSING,
                attempts + 1,
                maxAttempts,
                errorMessage,
                result,
                createdAt,
                later(now),
                processedAt);
    }

    /** processing -> completed with the generated content; a retry's old error message is cleared. */
    public GenerationTask complete(GeneratedContent content, Instant now) {
        Objects.requireNonNull(content, "result_data");
        require(PROCESSING, "complete");
        Instant at = later(now);
        return new GenerationTask(
                id,
                request,
                priority,
                COMPLETED,
                attempts,
                maxAttempts,
                Optional.empty(),
                Optional.of(content),
                createdAt,
                at,
                Optional.of(at));
    }

    /**
     * processing -> pending when attempts remain (a retry; the error is kept for the UI), otherwise
     * processing -> failed with the error message.
     */
    public GenerationTask fail(String error, Instant now) {
        requireError(error);
        require(PROCESSING, "fail");
        Instant at = later(now);
        if (attempts < maxAttempts) {
            return new GenerationTask(
                    id,
                    request,
                    priority,
                    PENDING,
                    attempts,
                    maxAttempts,
                    Optional.of(error),
                    Optional.empty(),
                    createdAt,
                    at,
                    Optional.empty());
        }
        return failed(error, at);
    }

    /** processing -> failed at once, for errors a retry cannot fix (a refused prompt, say). */
    public GenerationTask failPermanently(String error, Instant now) {
        requireError(error);
        require(PROCESSING, "fail permanently");
        return failed(error, later(now));
    }

    private GenerationTask failed(String error, Instant at) {
        return new GenerationTask(
                id,
                request,
                priority,
                FAILED,
                attempts,
                maxAttempts,
                Optional.of(error),
                Optional.empty(),
                createdAt,
                at,
                Optional.of(at));
    }

    private void require(QueueStatus expected, String transition) {
        if (status != expected) {
            throw new GenerationTaskTransitionRefused(
                    id, status, transition, "only a " + expected.storedValue() + " task can " + transition);
        }
    }

    private void requireError(String error) {
        Objects.requireNonNull(error, "error_message");
        if (error.isBlank()) {
            throw new IllegalArgumentException("error_message: is blank (task " + id + ")");
        }
    }

    // Timestamps never run backwards on one row even if the wall clock does.
    private Instant later(Instant now) {
        Objects.requireNonNull(now, "now");
        return now.isBefore(updatedAt) ? updatedAt : now;
    }
}
