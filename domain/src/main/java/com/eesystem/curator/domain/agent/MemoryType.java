package com.eesystem.curator.domain.agent;

import com.eesystem.curator.domain.stored.StoredEnum;

/** Kind of agent memory. Stored as text in agent_memory.memory_type. */
public enum MemoryType implements StoredEnum {
    SHORT_TERM("short_term"),
    LONG_TERM("long_term"),
    EPISODIC("episodic"),
    SEMANTIC("semantic");

    /** The column this enum is stored in, for error messages. */
    public static final String COLUMN = "agent_memory.memory_type";

    private final String storedValue;

    MemoryType(String storedValue) {
        this.storedValue = storedValue;
    }

    @Override
    public String storedValue() {
        return storedValue;
    }

    /** Parses stored text; a bad value fails naming agent_memory.memory_type. */
    public static MemoryType fromStored(String text) {
        return StoredEnum.parse(MemoryType.class, COLUMN, text);
    }
}
