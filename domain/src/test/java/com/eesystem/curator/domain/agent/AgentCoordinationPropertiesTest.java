package com.eesystem.curator.domain.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random move sequences against the coordination lifecycle. */
class AgentCoordinationPropertiesTest {

    static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    enum Move {
        ACTIVATE,
        WAIT,
        COMPLETE,
        FAIL,
        ADD_DATA
    }

    @Provide
    Arbitrary<List<Move>> moves() {
        return Arbitraries.of(Move.class).list().ofMaxSize(30);
    }

    @Property
    void everyReachedStateIsValidAndFinishedPartsNeverChange(
            @ForAll("moves") List<Move> moves, @ForAll boolean withDependency) {
        var part = AgentCoordination.begin(
                CoordinationId.of(new UUID(0, 1)),
                CoordinationSessionId.of(new UUID(0, 2)),
                AgentType.CREATION,
                "write caption",
                withDependency ? List.of(CoordinationId.of(new UUID(0, 3))) : List.of(),
                T0);
        long tick = 0;
        for (Move move : moves) {
            Instant now = T0.plusSeconds(++tick);
            AgentCoordination before = part;
            try {
                part = switch (move) {
                    case ACTIVATE -> part.activate(now);
                    case WAIT -> part.await();
                    case COMPLETE -> part.complete("caption written", now);
                    case FAIL -> part.fail("model unavailable", now);
                    case ADD_DATA -> part.withData("step", Long.toString(tick));
                };
                assertThat(part.status() == before.status() || AgentCoordination.allows(before.status(), part.status()))
                        .isTrue();
                assertThat(before.isFinished()).isFalse();
            } catch (CoordinationTransitionRefused refused) {
                assertThat(refused.from()).isEqualTo(before.status());
                assertThat(part).isSameAs(before);
            }
            if (before.startedAt().isPresent()) {
                assertThat(part.startedAt()).isEqualTo(before.startedAt());
            }
        }
    }
}
