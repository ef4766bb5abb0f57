package com.eesystem.curator.domain.agent;

import java.util.Objects;
import java.util.UUID;

/** An agent_coordination row's id (one agent's part in a coordination session). */
public record CoordinationId(UUID value) {

    public CoordinationId {
        Objects.requireNonNull(value, "agent_coordination.id");
    }

    public static CoordinationId of(UUID value) {
        return new CoordinationId(value);
    }

    /** Parses the text form; a bad value fails naming agent_coordination.id. */
    public static CoordinationId parse(String text) {
        try {
            return new CoordinationId(UUID.fromString(Objects.requireNonNull(text, "agent_coordination.id")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("agent_coordination.id: \"" + text + "\" is not a UUID", e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
