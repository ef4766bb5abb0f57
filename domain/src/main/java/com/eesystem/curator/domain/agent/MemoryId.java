package com.eesystem.curator.domain.agent;

import java.util.Objects;
import java.util.UUID;

/** An agent_memory row's id. */
public record MemoryId(UUID value) {

    public MemoryId {
        Objects.requireNonNull(value, "agent_memory.id");
    }

    public static MemoryId of(UUID value) {
        return new MemoryId(value);
    }

    /** Parses the text form; a bad value fails naming agent_memory.id. */
    public static MemoryId parse(String text) {
        try {
            return new MemoryId(UUID.fromString(Objects.requireNonNull(text, "agent_memory.id")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("agent_memory.id: \"" + text + "\" is not a UUID", e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
