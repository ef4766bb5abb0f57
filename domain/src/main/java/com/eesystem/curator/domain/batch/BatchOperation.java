package com.eesystem.curator.domain.batch;

import static com.eesystem.curator.domain.batch.BatchStatus.COMPLETED;
import static com.eesystem.curator.domain.batch.BatchStatus.FAILED;
import static com.eesystem.curator.domain.batch.BatchStatus.PENDING;
import static com.eesystem.curator.domain.batch.BatchStatus.RUNNING;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A batch_operations row and its lifecycle:
 *
 * <pre>
 * pending --start--> running --complete (every item counted)--> completed
 *    |                  |
 *    +------fail--------+--fail--> failed
 * </pre>
 *
 * While running, each item is counted once as completed or failed; the counts never exceed
 * total_items. A batch completes when every item is counted, even if some items failed (the failed
 * count says how many); it fails when the operation itself stops (aborted, crashed, bad parameters).
 */
public record BatchOperation(
        BatchId id,
        OperationType operationType,
        int totalItems,
        int completedItems,
        int failedItems,
        BatchStatus status,
        Map<String, String> operationData,
        Map<String, String> results,
        Instant createdAt,
        Instant updatedAt,
        Optional<Instant> completedAt) {

    /** The key under which {@link #fail} records its reason in results. */
    public static final String ERROR_RESULT = "error";

    private static final Map<BatchStatus, Set<BatchStatus>> ALLOWED = Map.of(
            PENDING, EnumSet.of(RUNNING, FAILED),
            RUNNING, EnumSet.of(COMPLETED, FAILED),
            COMPLETED, EnumSet.noneOf(BatchStatus.class),
            FAILED, EnumSet.noneOf(BatchStatus.class));

    public BatchOperation {
        Objects.requireNonNull(id, "batch_operations.id");
        Objects.requireNonNull(operationType, "batch_operations.operation_type");
        Objects.requireNonNull(status, "batch_operations.status");
        operationData = Map.copyOf(Objects.requireNonNull(operationData, "batch_operations.operation_data"));
        results = Map.copyOf(Objects.requireNonNull(results, "batch_operations.results"));
        Objects.requireNonNull(createdAt, "batch_operations.created_at");
        Objects.requireNonNull(updatedAt, "batch_operations.updated_at");
        Objects.requireNonNull(completedAt, "batch_operations.completed_at");
        String where = " (batch " + id + ", status " + status.storedValue() + ")";
        if (totalItems < 0) {
            throw new IllegalArgumentException("batch_operations.total_items: " + totalItems + " is negative" + where);
        }
        if (completedItems < 0) {
            throw new IllegalArgumentException(
                    "batch_operations.completed_items: " + completedItems + " is negative" + where);
        }
        if (failedItems < 0) {
            throw new IllegalArgumentException(
                    "batch_operations.failed_items: " + failedItems + " is negative" + where);
        }
        if ((long) completedItems + failedItems > totalItems) {
            throw new IllegalArgumentException("batch_operations.completed_items + failed_items: " + completedItems
                    + " + " + failedItems + " exceeds total_items " + totalItems + where);
        }
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException(
                    "batch_operations.updated_at: " + updatedAt + " is before created_at " + createdAt + where);
        }
        if (completedAt.isPresent() && completedAt.get().isBefore(createdAt)) {
            throw new IllegalArgumentException("batch_operations.completed_at: " + completedAt.get()
                    + " is before created_at " + createdAt + where);
        }
        boolean finished = status == COMPLETED || status == FAILED;
        if (finished != completedAt.isPresent()) {
            throw new IllegalArgumentException("batch_operations.completed_at: "
                    + (finished ? "missing on a finished batch" : "set although the batch has not finished") + where);
        }
        if (status == PENDING && completedItems + failedItems > 0) {
            throw new IllegalArgumentException("batch_operations.completed_items + failed_items: "
                    + (completedItems + failedItems) + " items counted before the batch started" + where);
        }
        if (status == COMPLETED && completedItems + failedItems != totalItems) {
            throw new IllegalArgumentException("batch_operations.completed_items + failed_items: "
                    + (completedItems + failedItems) + " of " + totalItems + " on a completed batch" + where);
        }
    }

    /** A new pending batch of {@code totalItems} items. */
    public static BatchOperation pending(
            BatchId id, OperationType type, int totalItems, Map<String, String> operationData, Instant now) {
        return new BatchOperation(
                id, type, totalItems, 0, 0, PENDING, operationData, Map.of(), now, now, Optional.empty());
    }

    /** Whether the lifecycle has a move from {@code from} to {@code to}. */
    public static boolean allows(BatchStatus from, BatchStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    /** Items not yet counted. */
    public int remainingItems() {
        return totalItems - completedItems - failedItems;
    }

    public boolean isFinished() {
        return status == COMPLETED || status == FAILED;
    }

    /** pending -> running. */
    public BatchOperation start(Instant now) {
        require(PENDING, "start");
        return with(RUNNING, completedItems, failedItems, results, later(now), Optional.empty());
    }

    /** Counts {@code succeeded} more items completed and {@code failed} more failed, while running. */
    public BatchOperation record(int succeeded, int failed, Instant now) {
        if (succeeded < 0 || failed < 0) {
            throw new IllegalArgumentException("item counts: " + succeeded + " succeeded, " + failed
                    + " failed; neither may be negative (batch " + id + ")");
        }
        require(RUNNING, "count items");
        if ((long) succeeded + failed > remainingItems()) {
            throw new BatchTransitionRefused(
                    id,
                    status,
                    "count items",
                    (succeeded + failed) + " more items would exceed total_items " + totalItems + " (" + completedItems
                            + " completed, " + failedItems + " failed so far)");
        }
        return with(RUNNING, completedItems + succeeded, failedItems + failed, results, later(now), Optional.empty());
    }

    public BatchOperation itemCompleted(Instant now) {
        return record(1, 0, now);
    }

    public BatchOperation itemFailed(Instant now) {
        return record(0, 1, now);
    }

    /** running -> completed once every item is counted; {@code summary} becomes results. */
    public BatchOperation complete(Map<String, String> summary, Instant now) {
        Objects.requireNonNull(summary, "results");
        require(RUNNING, "complete");
        if (remainingItems() > 0) {
            throw new BatchTransitionRefused(
                    id, status, "complete", remainingItems() + " of " + totalItems + " items not yet counted");
        }
        Instant at = later(now);
        return with(COMPLETED, completedItems, failedItems, summary, at, Optional.of(at));
    }

    /** pending or running -> failed; the reason is kept in results under {@value #ERROR_RESULT}. */
    public BatchOperation fail(String reason, Instant now) {
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("reason: is blank (batch " + id + ")");
        }
        if (isFinished()) {
            throw new BatchTransitionRefused(id, status, "fail", "the batch has already finished");
        }
        Map<String, String> withError = new HashMap<>(results);
        withError.put(ERROR_RESULT, reason);
        Instant at = later(now);
        return with(FAILED, completedItems, failedItems, withError, at, Optional.of(at));
    }

    private BatchOperation with(
            BatchStatus next,
            int completed,
            int failed,
            Map<String, String> newResults,
            Instant at,
            Optional<Instant> finishedAt) {
        return new BatchOperation(
                id,
                operationType,
                totalItems,
                completed,
                failed,
                next,
                operationData,
                newResults,
                createdAt,
                at,
                finishedAt);
    }

    private void require(BatchStatus expected, String transition) {
        if (status != expected) {
            throw new BatchTransitionRefused(
                    id, status, transition, "only a " + expected.storedValue() + " batch can " + transition);
        }
    }

    private Instant later(Instant now) {
        Objects.requireNonNull(now, "now");
        return now.isBefore(updatedAt) ? updatedAt : now;
    }
}
