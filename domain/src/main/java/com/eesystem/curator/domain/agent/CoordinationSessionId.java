package com.eesystem.curator.domain.agent;

import java.util.Objects;
import java.util.UUID;

/** A coordination session: the {@code session_id} of agent:{agent_type}:{session_id} and coord:{session_id}. */
public record CoordinationSessionId(UUID value) {

    public CoordinationSessionId {
        Objects.requireNonNull(value, "agent_coordination.session_id");
    }

    public static CoordinationSessionId of(UUID value) {
        return new CoordinationSessionId(value);
    }

    /** Parses the text form; a bad value fails naming agent_coordination.session_id. */
    public static CoordinationSessionId parse(String text) {
        try {
            return new CoordinationSessionId(
                    UUID.fromString(Objects.requireNonNull(text, "agent_coordination.session_id")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("agent_coordination.session_id: \"" + text + "\" is not a UUID", e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
