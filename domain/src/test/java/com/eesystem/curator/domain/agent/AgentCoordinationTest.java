package com.eesystem.curator.domain.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AgentCoordinationTest {

    static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
    static final CoordinationSessionId SESSION = CoordinationSessionId.of(new UUID(1, 1));
    static final CoordinationId SELF = CoordinationId.of(new UUID(2, 2));
    static final CoordinationId RESEARCH = CoordinationId.of(new UUID(3, 3));

    static AgentCoordination waiting() {
        return AgentCoordination.begin(SELF, SESSION, AgentType.CREATION, "draft reel script", List.of(RESEARCH), T0);
    }

    static AgentCoordination active() {
        return AgentCoordination.begin(SELF, SESSION, AgentType.RESEARCH, "collect sources", List.of(), T0);
    }

    @Test
    void aPartWithoutDependenciesBeginsActive() {
        var part = active();

        assertThat(part.status()).isEqualTo(CoordinationStatus.ACTIVE);
        assertThat(part.startedAt()).contains(T0);
    }

    @Test
    void aPartWithDependenciesBeginsWaitingAndActivatesWhenTheyComplete() {
        var part = waiting();

        assertThat(part.status()).isEqualTo(CoordinationStatus.WAITING);
        assertThat(part.startedAt()).isEmpty();
        assertThat(part.dependenciesMetBy(Set.of())).isFalse();
        assertThat(part.dependenciesMetBy(Set.of(RESEARCH))).isTrue();
        var activated = part.activate(T0.plusSeconds(30));
        assertThat(activated.status()).isEqualTo(CoordinationStatus.ACTIVE);
        assertThat(activated.startedAt()).contains(T0.plusSeconds(30));
    }

    @Test
    void reactivationKeepsTheFirstStart() {
        var part = active().await().activate(T0.plusSeconds(90));

        assertThat(part.startedAt()).contains(T0);
    }

    @Test
    void completingRecordsResultsAndCompletedAt() {
        var done = active().complete("3 sources found", T0.plusSeconds(5));

        assertThat(done.status()).isEqualTo(CoordinationStatus.COMPLETED);
        assertThat(done.results()).contains("3 sources found");
        assertThat(done.completedAt()).contains(T0.plusSeconds(5));
    }

    @Test
    void failingRecordsTheReason() {
        var failed = waiting().fail("research failed", T0.plusSeconds(5));

        assertThat(failed.status()).isEqualTo(CoordinationStatus.FAILED);
        assertThat(failed.results()).contains("research failed");
    }

    @Test
    void coordinationDataCanBeAddedUntilThePartFinishes() {
        var part = active().withData("handoff", "sources.json");

        assertThat(part.coordinationData()).containsEntry("handoff", "sources.json");
        var done = part.complete("ok", T0);
        assertThatThrownBy(() -> done.withData("late", "x")).isInstanceOf(CoordinationTransitionRefused.class);
    }

    static AgentCoordination in(CoordinationStatus status) {
        return switch (status) {
            case ACTIVE -> active();
            case WAITING -> waiting();
            case COMPLETED -> active().complete("done", T0);
            case FAILED -> active().fail("broken", T0);
        };
    }

    enum Move {
        ACTIVATE(Set.of(CoordinationStatus.WAITING)),
        WAIT(Set.of(CoordinationStatus.ACTIVE)),
        COMPLETE(Set.of(CoordinationStatus.ACTIVE)),
        FAIL(Set.of(CoordinationStatus.ACTIVE, CoordinationStatus.WAITING));

        final Set<CoordinationStatus> allowedFrom;

        Move(Set<CoordinationStatus> allowedFrom) {
            this.allowedFrom = allowedFrom;
        }

        AgentCoordination apply(AgentCoordination part) {
            return switch (this) {
                case ACTIVATE -> part.activate(T0);
                case WAIT -> part.await();
                case COMPLETE -> part.complete("out", T0);
                case FAIL -> part.fail("why", T0);
            };
        }
    }

    static Stream<Arguments> everyMoveFromEveryStatus() {
        return Arrays.stream(Move.values())
                .flatMap(move -> Arrays.stream(CoordinationStatus.values()).map(s -> Arguments.of(move, s)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyMoveFromEveryStatus")
    void eachMoveIsAllowedExactlyFromItsSourceStatuses(Move move, CoordinationStatus from) {
        var part = in(from);
        if (move.allowedFrom.contains(from)) {
            assertThat(AgentCoordination.allows(from, move.apply(part).status()))
                    .isTrue();
        } else {
            assertThatThrownBy(() -> move.apply(part))
                    .isInstanceOf(CoordinationTransitionRefused.class)
                    .hasMessageContaining("coordination " + SELF)
                    .hasMessageContaining("from " + from.storedValue());
        }
    }

    static Stream<Arguments> transitionTable() {
        Set<String> allowed =
                Set.of("WAITING>ACTIVE", "WAITING>FAILED", "ACTIVE>WAITING", "ACTIVE>COMPLETED", "ACTIVE>FAILED");
        return EnumSet.allOf(CoordinationStatus.class).stream()
                .flatMap(from -> EnumSet.allOf(CoordinationStatus.class).stream()
                        .map(to -> Arguments.of(from, to, allowed.contains(from + ">" + to))));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("transitionTable")
    void theTransitionTableMatchesTheSpec(CoordinationStatus from, CoordinationStatus to, boolean allowed) {
        assertThat(AgentCoordination.allows(from, to)).isEqualTo(allowed);
    }

    AgentCoordination row(
            CoordinationStatus status,
            List<CoordinationId> deps,
            Optional<String> results,
            Optional<Instant> started,
            Optional<Instant> completed) {
        return new AgentCoordination(
                SELF, SESSION, AgentType.COMPLIANCE, "check", status, deps, results, Map.of(), started, completed, T0);
    }

    @Test
    void aPartCannotDependOnItself() {
        assertThatThrownBy(() -> row(
                        CoordinationStatus.WAITING,
                        List.of(SELF),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()))
                .hasMessage("agent_coordination.dependencies: contains the row's own id " + SELF);
    }

    @Test
    void aDependencyListedTwiceIsRefused() {
        assertThatThrownBy(() -> row(
                        CoordinationStatus.WAITING,
                        List.of(RESEARCH, RESEARCH),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()))
                .hasMessageContaining("lists an id twice");
    }

    @Test
    void aCompletedPartNeedsResultsAndCompletedAt() {
        assertThatThrownBy(() -> row(
                        CoordinationStatus.COMPLETED, List.of(), Optional.empty(), Optional.of(T0), Optional.of(T0)))
                .hasMessageStartingWith("agent_coordination.results: missing on a completed part");
        assertThatThrownBy(() -> row(
                        CoordinationStatus.COMPLETED, List.of(), Optional.of("x"), Optional.of(T0), Optional.empty()))
                .hasMessageStartingWith("agent_coordination.completed_at: missing on a finished part");
    }

    @Test
    void anActivePartNeedsStartedAt() {
        assertThatThrownBy(() ->
                        row(CoordinationStatus.ACTIVE, List.of(), Optional.empty(), Optional.empty(), Optional.empty()))
                .hasMessageStartingWith("agent_coordination.started_at: missing on an active part");
    }

    @Test
    void completedBeforeStartIsRefused() {
        assertThatThrownBy(() -> row(
                        CoordinationStatus.COMPLETED,
                        List.of(),
                        Optional.of("x"),
                        Optional.of(T0.plusSeconds(10)),
                        Optional.of(T0.plusSeconds(5))))
                .hasMessageStartingWith("agent_coordination.completed_at: " + T0.plusSeconds(5) + " is before");
    }

    @Test
    void idsParseFromTextNamingTheColumn() {
        assertThat(CoordinationId.parse(RESEARCH.toString())).isEqualTo(RESEARCH);
        assertThatThrownBy(() -> CoordinationSessionId.parse("session123"))
                .hasMessage("agent_coordination.session_id: \"session123\" is not a UUID");
    }
}
