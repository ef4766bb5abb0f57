package com.eesystem.curator.domain.agent;

import static com.eesystem.curator.domain.agent.CoordinationStatus.ACTIVE;
import static com.eesystem.curator.domain.agent.CoordinationStatus.COMPLETED;
import static com.eesystem.curator.domain.agent.CoordinationStatus.FAILED;
import static com.eesystem.curator.domain.agent.CoordinationStatus.WAITING;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An agent_coordination row: one agent's part in a coordination session, and its lifecycle:
 *
 * <pre>
 * waiting --activate--> active --complete--> completed
 *    ^  <----wait-------  |
 *    |                    +--fail--> failed
 *    +---------fail---------------> failed
 * </pre>
 *
 * A part with dependencies begins waiting and is activated once every dependency completed; a part
 * without dependencies begins active. Completed and failed are final.
 *
 * @param dependencies the other parts (agent_coordination ids) this one needs finished first
 * @param results the agent's output; set on completion, the reason on failure
 * @param coordinationData messages between agents
 */
public record AgentCoordination(
        CoordinationId id,
        CoordinationSessionId sessionId,
        AgentType agentType,
        String taskDescription,
        CoordinationStatus status,
        List<CoordinationId> dependencies,
        Optional<String> results,
        Map<String, String> coordinationData,
        Optional<Instant> startedAt,
        Optional<Instant> completedAt,
        Instant createdAt) {

    private static final Map<CoordinationStatus, Set<CoordinationStatus>> ALLOWED = Map.of(
            WAITING, EnumSet.of(ACTIVE, FAILED),
            ACTIVE, EnumSet.of(WAITING, COMPLETED, FAILED),
            COMPLETED, EnumSet.noneOf(CoordinationStatus.class),
            FAILED, EnumSet.noneOf(CoordinationStatus.class));

    public AgentCoordination {
        Objects.requireNonNull(id, "agent_coordination.id");
        Objects.requireNonNull(sessionId, "agent_coordination.session_id");
        Objects.requireNonNull(agentType, "agent_coordination.agent_type");
        Objects.requireNonNull(taskDescription, "agent_coordination.task_description");
        Objects.requireNonNull(status, "agent_coordination.status");
        dependencies = List.copyOf(Objects.requireNonNull(dependencies, "agent_coordination.dependencies"));
        Objects.requireNonNull(results, "agent_coordination.results");
        coordinationData = Map.copyOf(Objects.requireNonNull(coordinationData, "agent_coordination.coordination_data"));
        Objects.requireNonNull(startedAt, "agent_coordination.started_at");
        Objects.requireNonNull(completedAt, "agent_coordination.completed_at");
        Objects.requireNonNull(createdAt, "agent_coordination.created_at");
        String where = " (coordination " + id + ", status " + status.storedValue() + ")";
        if (taskDescription.isBlank()) {
            throw new IllegalArgumentException("agent_coordination.task_description: is blank" + where);
        }
        if (dependencies.contains(id)) {
            throw new IllegalArgumentException("agent_coordination.dependencies: contains the row's own id " + id);
        }
        if (new HashSet<>(dependencies).size() != dependencies.size()) {
            throw new IllegalArgumentException(
                    "agent_coordination.dependencies: " + dependencies + " lists an id twice" + where);
        }
        if (startedAt.isPresent() && startedAt.get().isBefore(createdAt)) {
            throw new IllegalArgumentException(
                    "agent_coordination.started_at: " + startedAt.get() + " is before created_at " + createdAt + where);
        }
        if (completedAt.isPresent() && completedAt.get().isBefore(startedAt.orElse(createdAt))) {
            throw new IllegalArgumentException("agent_coordination.completed_at: " + completedAt.get()
                    + " is before started_at/created_at " + startedAt.orElse(createdAt) + where);
        }
        boolean finished = status == COMPLETED || status == FAILED;
        if (finished != completedAt.isPresent()) {
            throw new IllegalArgumentException("agent_coordination.completed_at: "
                    + (finished ? "missing on a finished part" : "set although the part has not finished") + where);
        }
        if ((status == ACTIVE || status == COMPLETED) && startedAt.isEmpty()) {
            throw new IllegalArgumentException(
                    "agent_coordination.started_at: missing on an " + status.storedValue() + " part" + where);
        }
        if (status == COMPLETED && results.isEmpty()) {
            throw new IllegalArgumentException("agent_coordination.results: missing on a completed part" + where);
        }
    }

    /** A new part: active at once without dependencies, waiting otherwise. */
    public static AgentCoordination begin(
            CoordinationId id,
            CoordinationSessionId session,
            AgentType agent,
            String taskDescription,
            List<CoordinationId> dependencies,
            Instant now) {
        boolean ready = dependencies.isEmpty();
        return new AgentCoordination(
                id,
                session,
                agent,
                taskDescription,
                ready ? ACTIVE : WAITING,
                dependencies,
                Optional.empty(),
                Map.of(),
                ready ? Optional.of(now) : Optional.empty(),
                Optional.empty(),
                now);
    }

    /** Whether the lifecycle has a move from {@code from} to {@code to}. */
    public static boolean allows(CoordinationStatus from, CoordinationStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    public boolean isFinished() {
        return status == COMPLETED || status == FAILED;
    }

    /** Whether every dependency is among {@code completedParts}. */
    public boolean dependenciesMetBy(Collection<CoordinationId> completedParts) {
        return completedParts.containsAll(dependencies);
    }

    /** waiting -> active; the first activation sets started_at. */
    public AgentCoordination activate(Instant now) {
        require(WAITING, "activate");
        return with(ACTIVE, results, Optional.of(startedAt.orElse(now)), Optional.empty(), coordinationData);
    }

    /** active -> waiting, when the agent blocks on another part. */
    public AgentCoordination await() {
        require(ACTIVE, "wait");
        return with(WAITING, results, startedAt, Optional.empty(), coordinationData);
    }

    /** active -> completed with the agent's output. */
    public AgentCoordination complete(String output, Instant now) {
        Objects.requireNonNull(output, "results");
        require(ACTIVE, "complete");
        return with(COMPLETED, Optional.of(output), startedAt, Optional.of(notBefore(now)), coordinationData);
    }

    /** active or waiting -> failed; the reason becomes results. */
    public AgentCoordination fail(String reason, Instant now) {
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("reason: is blank (coordination " + id + ")");
        }
        if (isFinished()) {
            throw new CoordinationTransitionRefused(id, status, "fail", "the part has already finished");
        }
        return with(FAILED, Optional.of(reason), startedAt, Optional.of(notBefore(now)), coordinationData);
    }

    /** Adds or replaces one coordination_data entry on an unfinished part. */
    public AgentCoordination withData(String key, String value) {
        Objects.requireNonNull(key, "coordination_data key");
        Objects.requireNonNull(value, "coordination_data value");
        if (isFinished()) {
            throw new CoordinationTransitionRefused(id, status, "add coordination data", "the part has finished");
        }
        Map<String, String> data = new HashMap<>(coordinationData);
        data.put(key, value);
        return with(status, results, startedAt, completedAt, data);
    }

    private AgentCoordination with(
            CoordinationStatus next,
            Optional<String> newResults,
            Optional<Instant> started,
            Optional<Instant> completed,
            Map<String, String> data) {
        return new AgentCoordination(
                id,
                sessionId,
                agentType,
                taskDescription,
                next,
                dependencies,
                newResults,
                data,
                started,
                completed,
                createdAt);
    }

    private void require(CoordinationStatus expected, String transition) {
        if (status != expected) {
            throw new CoordinationTransitionRefused(
                    id, status, transition, "only a " + expected.storedValue() + " part can " + transition);
        }
    }

    private Instant notBefore(Instant now) {
        Objects.requireNonNull(now, "now");
        Instant floor = startedAt.orElse(createdAt);
        return now.isBefore(floor) ? floor : now;
    }
}
